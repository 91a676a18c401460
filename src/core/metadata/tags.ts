import { endsTag, isDigit } from "./tag-chars";
import type { FrontMatter, NoteMetadata } from "./types";

/** True when `text` (without '#') is a valid Obsidian tag name: allowed characters only, at least one non-digit.
 * Lets the core judge frontmatter values and user input exactly as Obsidian judges body tags. */
export function isValidTagName(text: string): boolean {
	if (typeof text !== "string" || text.length === 0) return false;
	let hasNonDigit = false;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (endsTag(code)) return false;
		if (!isDigit(code)) hasNonDigit = true;
	}
	return hasNonDigit;
}

/** The frontmatter value Obsidian reads tags from: the first key spelled `tags` in any casing (`tag` no longer counts). */
export function findTagsKey(frontmatter: FrontMatter): string | undefined {
	for (const key of Object.keys(frontmatter)) if (key.toLowerCase() === "tags") return key;
	return undefined;
}

/** Like Obsidian's parseFrontMatterTags (1.9+): `#`-prefixed valid tags from the `tags` key, null when there is
 * no value at all. A whole string must itself be one valid tag, so `tags: a, b` gives `[]`. */
export function parseFrontMatterTags(frontmatter: FrontMatter | null | undefined): string[] | null {
	if (!frontmatter || typeof frontmatter !== "object") return null;
	const key = findTagsKey(frontmatter);
	if (key === undefined) return null;
	const value = frontmatter[key];
	if (value === null || value === undefined) return null;
	const items: unknown[] = Array.isArray(value) ? value : [value];
	const tags: string[] = [];
	for (const item of items) {
		if (typeof item !== "string") continue;
		const name = item.startsWith("#") ? item.slice(1) : item;
		if (isValidTagName(name)) tags.push("#" + name);
	}
	return tags;
}

/** Like Obsidian's getAllTags: frontmatter tags first, then body tags in document order, duplicates and casing kept.
 * Null only when there is no metadata at all; a note without tags gives `[]` (as the captures show). */
export function getAllTags(metadata: NoteMetadata | null | undefined): string[] | null {
	if (!metadata) return null;
	const tags = parseFrontMatterTags(metadata.frontmatter) ?? [];
	for (const t of metadata.tags ?? []) tags.push(t.tag);
	return tags;
}
