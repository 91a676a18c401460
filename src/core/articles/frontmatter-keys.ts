/**
 * Frontmatter key lookup. YAML keeps key casing (`Type:` and `type:` are different keys), while Obsidian and
 * users treat several keys case-insensitively, so lookups try the exact key first, then any casing.
 */
import type { FrontMatter } from "../metadata/types";

/** The key of `frontmatter` that stands for `wanted`: itself when present, else the first key equal ignoring case. */
export function findKey(frontmatter: FrontMatter, wanted: string): string | undefined {
	if (Object.prototype.hasOwnProperty.call(frontmatter, wanted)) return wanted;
	const lower = wanted.toLowerCase();
	// Runs for several keys of every note: compare lengths first, lower-case only the few candidates.
	for (const key in frontmatter) {
		if (key.length === lower.length && Object.prototype.hasOwnProperty.call(frontmatter, key) && key.toLowerCase() === lower) {
			return key;
		}
	}
	return undefined;
}

/** True for the values YAML gives an empty key: null, undefined, blank text, an empty list. */
export function isBlank(value: unknown): boolean {
	if (value === null || value === undefined) return true;
	if (typeof value === "string") return value.trim() === "";
	return Array.isArray(value) && value.length === 0;
}
