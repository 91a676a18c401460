/**
 * Tag identity and the frontmatter tag mistakes Obsidian silently ignores. Obsidian treats `#Selling` and
 * `#selling` as one tag and shows the casing it met first; `a/b` nests under `a`.
 */
import type { FrontMatter } from "../metadata/types";
import type { MetadataProblem } from "./types";
import { findKey } from "./frontmatter-keys";

/** Lower-cased tag identity without '#': Obsidian treats #Selling and #selling as one tag. */
export function tagKey(tag: string): string {
	return (tag.startsWith("#") ? tag.slice(1) : tag).toLowerCase();
}

/** The one empty list every article without tags, types or problems shares; frozen because articles are values. */
export const NO_STRINGS: string[] = Object.freeze([]) as unknown as string[];

/**
 * A tag as written without `#`, with its key: a vault writes the same few thousand tags in every note, so one
 * entry per raw spelling keeps 100 000 articles from holding 300 000 copies and from lower-casing each tag again.
 * Bounded: cleared when full.
 */
interface BareTag {
	tag: string;
	key: string;
}
const bare = new Map<string, BareTag>();
const BARE_LIMIT = 50_000;

function bareTag(raw: string): BareTag {
	let entry = bare.get(raw);
	if (entry === undefined) {
		const trimmed = raw.trim();
		const tag = trimmed.charCodeAt(0) === 35 ? trimmed.slice(1) : trimmed;
		entry = { tag, key: tag.toLowerCase() };
		if (bare.size >= BARE_LIMIT) bare.clear();
		bare.set(raw, entry);
	}
	return entry;
}

// Keys of the tags kept so far by uniqueTags (reused, as it never runs re-entrantly; only the first `kept` count).
const keptKeys: string[] = [];

function keptIncludes(key: string, kept: number): boolean {
	for (let i = 0; i < kept; i++) if (keptKeys[i] === key) return true;
	return false;
}

/** Tags without `#`, empty ones dropped, de-duplicated by tagKey keeping the first casing seen. */
export function uniqueTags(tags: readonly unknown[], more: readonly unknown[] = NO_STRINGS): string[] {
	const total = tags.length + more.length;
	if (total === 0) return NO_STRINGS;
	const out = new Array<string>(total);
	// Notes have a handful of tags, where a list beats a Set; a generated note with hundreds gets the Set.
	const seen = total > 32 ? new Set<string>() : null;
	let kept = 0;
	for (let i = 0; i < total; i++) {
		const raw = i < tags.length ? tags[i] : more[i - tags.length];
		if (typeof raw !== "string") continue;
		const { tag, key } = bareTag(raw);
		if (tag === "") continue;
		if (seen ? seen.has(key) : keptIncludes(key, kept)) continue;
		if (seen) seen.add(key);
		else keptKeys[kept] = key;
		out[kept++] = tag;
	}
	// Drop the references, so the scratch list holds no tag of a note once it is filed.
	if (!seen) for (let i = 0; i < kept; i++) keptKeys[i] = "";
	if (kept === 0) return NO_STRINGS;
	out.length = kept;
	return out;
}

/**
 * `unique` (the output of uniqueTags over the raw list `uniqueFrom`) followed by the tags of `more` it lacks,
 * compared by key. Returns `unique` itself when `more` adds nothing, which is most notes: their body has no tags
 * beyond their frontmatter's.
 */
export function withMoreTags(unique: string[], more: readonly unknown[], uniqueFrom: readonly unknown[] = NO_STRINGS): string[] {
	// getAllTags lists the frontmatter's tags first: a leading run equal to the raw list `unique` came from adds
	// nothing, and comparing strings costs less than looking each one up again.
	let start = 0;
	while (start < uniqueFrom.length && start < more.length && more[start] === uniqueFrom[start]) start++;
	if (start === more.length) return unique;
	let out: string[] | null = null;
	const n = unique.length;
	for (let i = 0; i < n; i++) keptKeys[i] = unique[i].toLowerCase();
	let kept = n;
	for (let i = start; i < more.length; i++) {
		const raw = more[i];
		if (typeof raw !== "string") continue;
		const { tag, key } = bareTag(raw);
		if (tag === "" || keptIncludes(key, kept)) continue;
		keptKeys[kept++] = key;
		(out ??= unique.slice()).push(tag);
	}
	for (let i = 0; i < kept; i++) keptKeys[i] = "";
	return out ? out.slice() : unique;
}

/** The list at its exact length (arrays grown by push keep spare room), or the shared empty list. */
export function exactList<T>(list: T[]): T[] {
	if (list.length === 0) return NO_STRINGS as unknown as T[];
	return list.slice();
}

/** Ancestors of a nested tag, nearest last: `a/b/c` → `a`, `a/b`. */
export function parentTags(tag: string): string[] {
	const parts = tag.split("/");
	const out: string[] = [];
	for (let i = 1; i < parts.length; i++) out.push(parts.slice(0, i).join("/"));
	return out;
}

const DIGITS_ONLY = /^#?\d+$/;
/** DIGITS_ONLY on the trimmed text, without trimming (`\s` is exactly what trim removes). */
const DIGITS_ONLY_PADDED = /^\s*#?\d+\s*$/;

/** A list item Obsidian reads as a tag with nothing to report: text, without `#`, not only digits. */
function plainTag(item: unknown): boolean {
	if (typeof item !== "string" || item.includes("#")) return false;
	// Nearly every tag starts with a letter: only text starting with a digit or a space can be digits only.
	const first = item.charCodeAt(0);
	return !((first >= 48 && first <= 57) || first <= 32 || first === 160 || first > 127) || !DIGITS_ONLY_PADDED.test(item);
}

/** Longest quoted value, and most values listed, in one problem message. */
const MAX_SHOWN = 60;
const MAX_LISTED = 5;

/** A frontmatter value as a problem message quotes it: JSON, cut short (a message is one tooltip line). */
export function show(value: unknown): string {
	let text: string;
	try {
		text = JSON.stringify(value) ?? String(value);
	} catch {
		// A value that contains itself (through a YAML alias), or whose `toString` key is not a function.
		text = Array.isArray(value) ? "[…]" : typeof value === "object" && value !== null ? "{…}" : "…";
	}
	if (text.length <= MAX_SHOWN) return text;
	const cut = /[\uD800-\uDBFF]/.test(text[MAX_SHOWN - 2]) ? MAX_SHOWN - 2 : MAX_SHOWN - 1;
	return `${text.slice(0, cut)}…`;
}

/** Values as a message lists them: the first few, then how many more. */
function showList(values: readonly unknown[]): string {
	const shown = values.slice(0, MAX_LISTED).map(show).join(", ");
	return values.length > MAX_LISTED ? `${shown} and ${values.length - MAX_LISTED} more` : shown;
}

/**
 * Adds to `problems` the ways this frontmatter's tags are misread by Obsidian: legacy key, one string, numbers,
 * `#`, non-strings. Appends instead of returning a list, as nearly every note has none and needs no array.
 */
export function tagProblems(frontmatter: FrontMatter, problems: MetadataProblem[]): void {
	const tagsKey = findKey(frontmatter, "tags");
	if (tagsKey === undefined) {
		// The legacy key only matters when `tags:` is missing (looking it up walks every key of the note).
		const legacyKey = findKey(frontmatter, "tag");
		if (legacyKey !== undefined) {
			problems.push({
				code: "legacy-tag-key",
				message: `"${legacyKey}:" is no longer read by Obsidian; rename it to "tags:"`,
			});
		}
		return;
	}
	const value = frontmatter[tagsKey];
	if (typeof value === "string") {
		if (/[,\s]/.test(value.trim())) {
			problems.push({
				code: "string-tags",
				message: `${tagsKey}: ${show(value)} is a single string; Obsidian ignores it (write a list)`,
			});
		} else if (DIGITS_ONLY.test(value.trim())) {
			problems.push({ code: "numeric-tag", message: `tag ${show(value)} is only digits; Obsidian ignores it` });
		} else if (value.includes("#")) {
			problems.push({ code: "hash-in-yaml-tag", message: `tag ${show(value)} contains "#"; write it without "#"` });
		}
		return;
	}
	if (value === null || value === undefined) return;
	if (Array.isArray(value) && value.every(plainTag)) return;
	if (!Array.isArray(value)) {
		problems.push({
			code: "non-string-tag",
			message: `${tagsKey}: ${show(value)} is neither a list nor a text; Obsidian ignores it`,
		});
		return;
	}
	const numeric = value.filter((v) => typeof v === "number" || (typeof v === "string" && DIGITS_ONLY.test(v.trim())));
	const hashed = value.filter((v) => typeof v === "string" && v.includes("#") && !DIGITS_ONLY.test(v.trim()));
	const other = value.filter((v) => typeof v !== "string" && typeof v !== "number");
	if (numeric.length > 0) {
		problems.push({
			code: "numeric-tag",
			message: `tags ${showList(numeric)} are only digits; Obsidian ignores them`,
		});
	}
	if (hashed.length > 0) {
		problems.push({
			code: "hash-in-yaml-tag",
			message: `tags ${showList(hashed)} contain "#"; write them without "#"`,
		});
	}
	if (other.length > 0) {
		const hint = other.includes(null) ? ' (an unquoted "- #tag" is a YAML comment)' : "";
		problems.push({
			code: "non-string-tag",
			message: `tags list has non-text items ${showList(other)}; Obsidian drops them${hint}`,
		});
	}
}
