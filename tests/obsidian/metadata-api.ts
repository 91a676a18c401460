/**
 * Obsidian's metadata and YAML functions. `getAllTags` and `parseFrontMatterTags` delegate to the project's core,
 * which is checked against real Obsidian captures, so the double and the core cannot drift apart.
 */
import type { FrontMatterInfo } from "obsidian";
import { parse, stringify } from "yaml";
import { getAllTags as coreGetAllTags, parseFrontMatterTags as coreParseFrontMatterTags } from "../../src/core/metadata/tags";
import type { FrontMatter, NoteMetadata } from "../../src/core/metadata/types";
import { splitFrontmatter } from "./file-manager";

/** All tags of a cache, `#`-prefixed: frontmatter first, then body, as Obsidian returns them. */
export function getAllTags(cache: NoteMetadata): string[] | null {
	return coreGetAllTags(cache);
}

/** Tags from the frontmatter `tags` key, as Obsidian reads them. */
export function parseFrontMatterTags(frontmatter: FrontMatter | null): string[] | null {
	return coreParseFrontMatterTags(frontmatter);
}

/** The value of the first key equal to `key` (or matching the RegExp), or null. */
export function parseFrontMatterEntry(frontmatter: FrontMatter | null, key: string | RegExp): unknown {
	if (!frontmatter) return null;
	for (const k of Object.keys(frontmatter)) {
		if (typeof key === "string" ? k === key : key.test(k)) return frontmatter[k] ?? null;
	}
	return null;
}

/** Where a note's frontmatter is: offsets of the YAML text and of the body. */
export function getFrontMatterInfo(content: string): FrontMatterInfo {
	const block = splitFrontmatter(content);
	if (!block.exists) return { exists: false, frontmatter: "", from: 0, to: 0, contentStart: 0 };
	const from = content.indexOf("\n") + 1;
	return { exists: true, frontmatter: block.yaml, from, to: from + block.yaml.length, contentStart: content.length - block.body.length };
}

/** YAML text → value, with the `yaml` package (YAML 1.2 core schema, like Obsidian's frontmatter). */
export function parseYaml(yaml: string): any {
	return parse(yaml);
}

/** Value → YAML text, with the `yaml` package. */
export function stringifyYaml(obj: unknown): string {
	return stringify(obj);
}
