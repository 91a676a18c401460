/** `explore`: the explorer's tree for a vault folder, as text or as the JSON the view's tree would show. */
import { ArticleCatalog, catalogOptionsFrom } from "../core/articles/catalog";
import { noteInputFromMarkdown } from "../core/articles/from-markdown";
import { DEFAULT_EXPLORER_OPTIONS, ExplorerModel, exportTree, ExportedGroup, ExportedTree } from "../core/explorer";
import { DEFAULT_SETTINGS, GroupMode } from "../core/settings";
import type { DiskNote } from "./read-vault";
import { counted } from "../core/text/counted";

/** Builds the catalog from notes read off disk with the same core the plugin uses, default settings. */
export function catalogFromNotes(notes: readonly DiskNote[]): ArticleCatalog {
	const catalog = new ArticleCatalog(catalogOptionsFrom(DEFAULT_SETTINGS));
	for (const note of notes) catalog.update(noteInputFromMarkdown(note.path, note.text, note.mtime));
	return catalog;
}

/** The explorer's full tree for a grouping mode, exactly as the view groups, counts and orders it. */
export function exploreTree(catalog: ArticleCatalog, mode: GroupMode): ExportedTree {
	const model = new ExplorerModel(catalog.index, { ...DEFAULT_EXPLORER_OPTIONS, mode });
	return exportTree(model);
}

/**
 * Control characters (a line break in a file name, a terminal escape) written as escapes, so a name cannot fake a line
 * of the tree or talk to the terminal: C0 as JSON writes them (`\n`, `\u001b`); DEL and C1 (U+0080–U+009F, which a
 * terminal may take as escapes: U+009B is CSI), which JSON leaves raw, as `\u009b`.
 */
export function oneLine(text: string): string {
	return text.replace(/\p{Cc}/gu, (c) => (c < " " ? JSON.stringify(c).slice(1, -1) : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
}

/** Renders the tree as indented text for a terminal. */
export function renderTreeText(tree: ExportedTree): string {
	const lines: string[] = [counted(tree.notes, "note")];
	const walk = (group: ExportedGroup, depth: number): void => {
		const pad = "  ".repeat(depth);
		lines.push(`${pad}${oneLine(group.label)} (${group.count})`);
		for (const child of group.children) walk(child, depth + 1);
		for (const note of group.notes) lines.push(`${pad}  - ${oneLine(note.title)}${note.pubDate ? `  ${note.pubDate}` : ""}`);
	};
	for (const group of tree.groups) walk(group, 0);
	if (tree.problems.length > 0) {
		lines.push("", `Metadata problems (${counted(new Set(tree.problems.map((p) => p.path)).size, "note")})`);
		for (const p of tree.problems) lines.push(`  ${oneLine(p.path)}: ${oneLine(p.message)}`);
	}
	return lines.join("\n");
}
