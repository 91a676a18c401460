/**
 * Obsidian's `FileManager` for what plugins use: `processFrontMatter` (YAML parsed with the `yaml` package, mutated
 * by the callback, written back with `yaml.stringify`, the body kept byte for byte), `trashFile`, `renameFile`
 * and `generateMarkdownLink` with Obsidian's default link settings (wikilinks, shortest path).
 */
import type { DataWriteOptions } from "obsidian";
import { parse, stringify } from "yaml";
import { TFile, type TAbstractFile, type TFolder } from "./files";
import type { MetadataCache } from "./metadata-cache";
import type { Vault } from "./vault";

/** A note split at its frontmatter: `yaml` is the text between the fences, `body` everything after the closing one. */
export function splitFrontmatter(text: string): { exists: boolean; yaml: string; body: string } {
	const firstBreak = text.indexOf("\n");
	const firstLine = (firstBreak < 0 ? text : text.slice(0, firstBreak)).replace(/\r$/, "");
	if (firstLine !== "---" || firstBreak < 0) return { exists: false, yaml: "", body: text };
	let start = firstBreak + 1;
	while (start <= text.length) {
		const end = text.indexOf("\n", start);
		const line = (end < 0 ? text.slice(start) : text.slice(start, end)).replace(/\r$/, "");
		if (line === "---") {
			return { exists: true, yaml: text.slice(firstBreak + 1, start), body: end < 0 ? "" : text.slice(end + 1) };
		}
		if (end < 0) break;
		start = end + 1;
	}
	return { exists: false, yaml: "", body: text };
}

/** The file manager of the double; link updating on rename is not modelled. */
export class FileManager {
	constructor(
		private readonly vault: Vault,
		private readonly metadataCache: MetadataCache,
	) {}

	async processFrontMatter(file: TFile, fn: (frontmatter: any) => void, options?: DataWriteOptions): Promise<void> {
		await this.vault.process(file, (text) => {
			const block = splitFrontmatter(text);
			const parsed: unknown = block.exists ? parse(block.yaml) : null;
			if (parsed !== null && (typeof parsed !== "object" || Array.isArray(parsed))) {
				throw new Error("Frontmatter is not a YAML mapping.");
			}
			const data = (parsed ?? {}) as Record<string, unknown>;
			fn(data);
			if (Object.keys(data).length === 0) return block.exists ? block.body : text;
			return `---\n${stringify(data)}---\n${block.body}`;
		}, options);
	}

	async trashFile(file: TAbstractFile): Promise<void> {
		await this.vault.trash(file, true);
	}

	async promptForDeletion(file: TAbstractFile): Promise<boolean> {
		await this.trashFile(file);
		return true;
	}

	async renameFile(file: TAbstractFile, newPath: string): Promise<void> {
		await this.vault.rename(file, newPath);
	}

	getNewFileParent(_sourcePath: string, _newFilePath?: string): TFolder {
		return this.vault.getRoot();
	}

	async getAvailablePathForAttachment(filename: string, _sourcePath?: string): Promise<string> {
		const dot = filename.lastIndexOf(".");
		const stem = dot > 0 ? filename.slice(0, dot) : filename;
		const ext = dot > 0 ? filename.slice(dot) : "";
		let candidate = filename;
		for (let i = 1; this.vault.getAbstractFileByPath(candidate); i++) candidate = `${stem} ${i}${ext}`;
		return candidate;
	}

	generateMarkdownLink(file: TFile, sourcePath: string, subpath?: string, alias?: string): string {
		const linktext = this.metadataCache.fileToLinktext(file, sourcePath);
		const embed = file instanceof TFile && file.extension !== "md" ? "!" : "";
		return `${embed}[[${linktext}${subpath ?? ""}${alias ? `|${alias}` : ""}]]`;
	}
}
