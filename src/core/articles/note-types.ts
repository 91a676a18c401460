/**
 * A note's types (`type:` or the key the options name): link text for links, de-duplicated ignoring case, and
 * one shared frozen list per distinct list, as a vault uses a dozen types.
 */
import type { FrontMatter } from "../metadata/types";
import { addProblem, exactList, NO_STRINGS } from "./tags";
import type { MetadataProblem } from "./types";
import { sameStrings } from "./same-article";
import { isArray, isNumber, isString } from "../type-checks";

const WIKILINK = /^\[\[([^\]|]*)(?:\|([^\]]*))?\]\]$/;

/** One type value as text: `[[Link|Text]]` → `Text`, `[[Link]]` → `Link`, numbers and booleans as written. */
const typeText = (value: unknown): string | null => {
	if (isNumber(value) || typeof value === "boolean") return String(value);
	if (!isString(value)) return null;
	const text = value.trim();
	// Only text opening with `[` can be a link: most types skip the pattern.
	const link = text.charCodeAt(0) === 91 ? WIKILINK.exec(text) : null;
	const shown = link ? (link[2]?.trim() || link[1].trim()) : text;
	return shown === "" ? null : shown;
};

/** The note's types, read from `key` (the key found for the option's `typeKey`); adds a problem when its casing differs. */
export const readTypes = (frontmatter: FrontMatter, key: string, typeKey: string, problems: MetadataProblem[]): string[] => {
	if (key !== typeKey) {
		addProblem(problems, "type-key-case", `"${key}:" is read as "${typeKey}:", but Obsidian's properties treat it as a different key`);
	}
	const value = frontmatter[key];
	if (!isArray(value)) {
		// One type, as nearly every note has: its shared list, without building a list to look it up.
		const text = typeText(value);
		if (text === null) return NO_STRINGS;
		const shared = typeLists.get(text);
		return shared && shared.length === 1 && shared[0] === text ? shared : sharedTypes([text]);
	}
	const items: unknown[] = value;
	const types: string[] = [];
	for (const item of items) {
		const text = typeText(item);
		if (text === null) continue;
		const key = text.toLowerCase();
		if (!types.some((kept) => kept.toLowerCase() === key)) types.push(text);
	}
	return sharedTypes(types);
};

/**
 * One frozen list per distinct list of types: a vault uses a dozen types, so 100 000 articles share a few dozen
 * lists instead of holding one each. Bounded: cleared when full.
 */
const typeLists = new Map<string, string[]>();
const TYPE_LISTS_LIMIT = 10_000;

const sharedTypes = (types: string[]): string[] => {
	if (types.length === 0) return NO_STRINGS;
	const key = types.length === 1 ? types[0] : types.join("\n");
	let shared = typeLists.get(key);
	// A type may itself hold a line break, so a hit is checked item by item.
	if (shared && !sameStrings(shared, types)) return exactList(types);
	if (!shared) {
		if (typeLists.size >= TYPE_LISTS_LIMIT) typeLists.clear();
		shared = Object.freeze(types.slice()) as string[];
		typeLists.set(key, shared);
	}
	return shared;
};


