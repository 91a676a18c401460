import { isMap, isPair, isScalar, isSeq, parseDocument } from "yaml";

import { findWikilinks, readWikilink } from "./link-text";
import type { LineIndex } from "./line-index";
import { isBlank } from "./line-index";
import type { FrontMatter, FrontmatterLinkCache, Pos } from "./types";

/** What the opening `---` block of a note yields, in Obsidian's terms. */
export interface FrontmatterBlock {
	/** Index of the closing `---` line; -1 when the note has no frontmatter block. */
	endLine: number;
	frontmatter?: FrontMatter;
	position?: Pos;
	links?: FrontmatterLinkCache[];
	/** One-line parser message when the block is not valid YAML (or not a mapping). */
	yamlError: string | null;
}

/** A line that opens or closes frontmatter: three dashes, trailing spaces tolerated. */
function isFence(line: string): boolean {
	return line.startsWith("---") && isBlank(line.slice(3));
}

/** Finds and parses the frontmatter, so a broken block is reported and never mistaken for body text. */
export function readFrontmatter(index: LineIndex): FrontmatterBlock {
	if (index.count < 2 || !isFence(index.lines[0])) return { endLine: -1, yamlError: null };
	let end = -1;
	for (let i = 1; i < index.count; i++) {
		if (isFence(index.lines[i])) {
			end = i;
			break;
		}
	}
	if (end === -1) return { endLine: -1, yamlError: null };
	const source = index.lines.slice(1, end).join("\n");
	if (isBlank(source.replace(/\n/g, ""))) return { endLine: end, yamlError: null };
	const parsed = parseYaml(source);
	if (parsed.error !== null) return { endLine: end, yamlError: parsed.error };
	if (parsed.value === null || parsed.value === undefined) return { endLine: end, yamlError: null };
	if (typeof parsed.value !== "object" || Array.isArray(parsed.value)) {
		return { endLine: end, yamlError: "Frontmatter is not a list of key: value properties" };
	}
	const frontmatter = parsed.value as FrontMatter;
	return {
		endLine: end,
		frontmatter,
		position: index.pos(0, 0, end, index.lines[end].trimEnd().length),
		links: frontmatterLinks(frontmatter),
		yamlError: null,
	};
}

/** YAML 1.2 core schema (dates stay strings), duplicate keys rejected; errors become one line, never thrown. */
function parseYaml(source: string): { value: unknown; error: string | null } {
	try {
		const doc = parseDocument(source, { schema: "core", version: "1.2", uniqueKeys: false, logLevel: "silent" });
		if (doc.errors.length > 0) return { value: undefined, error: oneLine(doc.errors[0].message) };
		const duplicate = firstDuplicateKey(doc.contents);
		if (duplicate !== null) return { value: undefined, error: `Map keys must be unique: "${duplicate}" appears twice` };
		return { value: doc.toJS({ maxAliasCount: 100 }), error: null };
	} catch (e) {
		return { value: undefined, error: oneLine(e instanceof Error ? e.message : String(e)) };
	}
}

/** The first key repeated within one mapping, found with sets (the `yaml` package's own check is quadratic). */
function firstDuplicateKey(root: unknown): string | null {
	const stack: unknown[] = [root];
	while (stack.length > 0) {
		const node = stack.pop();
		if (isMap(node)) {
			const seen = new Set<string>();
			for (const pair of node.items) {
				if (!isPair(pair)) continue;
				if (isScalar(pair.key)) {
					const key = String(pair.key.value);
					if (seen.has(key)) return key;
					seen.add(key);
				}
				stack.push(pair.value);
			}
		} else if (isSeq(node)) {
			for (const item of node.items) stack.push(item);
		}
	}
	return null;
}

function oneLine(message: string): string {
	const first = message.split("\n")[0].trim();
	return first.endsWith(":") ? first.slice(0, -1) : first;
}

/** Wikilinks inside string values, keyed like Obsidian (`key`, `key.0`, `key.sub`), in document order. */
export function frontmatterLinks(frontmatter: FrontMatter): FrontmatterLinkCache[] {
	const out: FrontmatterLinkCache[] = [];
	// A YAML alias can put a list or map inside itself (`a: &a [*a, *a]`): one met again on its own path is skipped,
	// or the walk would branch at every level until the depth cap (2^64 visits for that line).
	const open = new Set<object>();
	const visit = (value: unknown, key: string, depth: number): void => {
		if (depth > 64) return;
		if (typeof value === "string") {
			for (const found of findWikilinks(value)) {
				const parts = readWikilink(found.inner);
				if (parts) out.push({ key, link: parts.link, original: found.original, displayText: parts.displayText });
			}
		} else if (value !== null && typeof value === "object" && !open.has(value)) {
			open.add(value);
			if (Array.isArray(value)) value.forEach((item, i) => visit(item, `${key}.${i}`, depth + 1));
			else for (const k of Object.keys(value)) visit((value as Record<string, unknown>)[k], `${key}.${k}`, depth + 1);
			open.delete(value);
		}
	};
	for (const key of Object.keys(frontmatter)) visit(frontmatter[key], key, 0);
	return out;
}
