import { tagKey } from "../articles/article";
import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { haystack } from "./article-keys";
import { FilterMatch } from "./filter-match";
import { foldName } from "./natural-order";
import { noteTable } from "./note-table";
import type { Paths } from "../articles/path-set";

/**
 * The explorer's filter box. Semantics:
 * - free words (and `"quoted phrases"`) must all occur in the note's title, tags or types (case- and
 *   accent-insensitive substring match);
 * - `#tag` keeps notes that have the tag or one of its nested tags (`#sales` keeps `sales/objections`), like
 *   Obsidian's own search, which also writes it `tag:sales` or `tag:#sales` (so does this box); several `#tags`
 *   must all hold;
 * - `-#tag` drops notes that have the tag or one of its nested tags;
 * - `type:value` (or `type:"two words"`) keeps notes of that type, compared case-insensitively; several `type:`
 *   tokens mean any of them, since a note usually has one type;
 * - `-` before a word, a phrase or `type:` drops the notes it would keep (`-draft`, `-"cold call"`, `-type:podcast`),
 *   as in Obsidian's search;
 * - a token with nothing after its prefix (`#`, `-#`, `type:`, `-` while typing) is ignored.
 */
export interface ParsedFilter {
	words: string[];
	tags: string[];
	notTags: string[];
	types: string[];
	notWords: string[];
	notTypes: string[];
}

const TOKEN = /(-?(?:type:|tag:#?|#)?)"([^"]*)"?|\S+/gi;

/** Parses filter text into its tokens; never throws, whatever is typed. */
export const parseFilter = (text: string): ParsedFilter => {
	const f: ParsedFilter = { words: [], tags: [], notTags: [], types: [], notWords: [], notTypes: [] };
	for (const m of text.matchAll(TOKEN)) {
		const quoted = m[2] !== undefined;
		const raw = quoted ? m[1] + m[2] : m[0];
		// A quoted token is what its prefix says (a phrase without one); a bare token, what it starts with (any case).
		const head = (quoted ? m[1] : raw).toLowerCase();
		const not = head[0] === "-";
		// the prefix's length: `#` 1, `tag:` 4, `type:` 5 (the tag's value may still start with `#`: tagKey drops it)
		const kind = head.startsWith("#", +not) ? 1 : head.startsWith("tag:", +not) ? 4 : head.startsWith("type:", +not) ? 5 : 0;
		const value = raw.slice(kind + +not).trim();
		if (kind === 5) add(not ? f.notTypes : f.types, value.toLowerCase());
		else if (kind) add(not ? f.notTags : f.tags, tagKey(value).replace(/\/+$/, ""));
		else add(not ? f.notWords : f.words, foldName(value));
	}
	return f;
};

/** Adds a token's key once; an empty key (a bare prefix while typing) is ignored. */
const add = (list: string[], key: string): void => {
	if (key && !list.includes(key)) list.push(key);
};

/** The token lists a narrower filter must keep as they are: all but the free words (see `refines`). */
const EXACT_LISTS = ["tags", "notTags", "types", "notWords", "notTypes"] as const;

/** True when the filter has no token, i.e. everything matches. */
export const isEmptyFilter = (f: ParsedFilter): boolean => f.words.length === 0 && EXACT_LISTS.every((key) => f[key].length === 0);

/** A canonical string for a parsed filter, so typing a space does not redo the work. */
export const filterSignature = (f: ParsedFilter): string => JSON.stringify(f);

/**
 * True when every note `next` keeps is also kept by `prev` (same tag and type tokens, and each old word inside some
 * new word), as when a word is typed on: the new matches can then be searched among the old ones only.
 */
export const refines = (next: ParsedFilter, prev: ParsedFilter): boolean => {
	if (isEmptyFilter(prev)) return false;
	const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
	if (!EXACT_LISTS.every((key) => same(next[key], prev[key]))) return false;
	return prev.words.every((w) => next.words.some((n) => n.includes(w)));
};

/**
 * The notes the filter keeps, or null when there is no filter. One pass over the candidates: the previous matches
 * when the caller knows this filter only narrows them (see `refines`), else the smallest `#tag` set, else the
 * `type:` sets, else every note's slot; free words are tested first, on the note table's haystacks, by slot.
 */
export const matchingPaths = (index: ArticleIndex, f: ParsedFilter, within: Paths | null = null): FilterMatch | null => {
	if (isEmptyFilter(f)) return null;
	const table = noteTable(index);
	const inSets = setsPredicate(index, f);
	const { alive, hays, paths } = table;
	const out = new FilterMatch(table);
	// words on the haystack first, then the tag and type sets
	const keep = (s: number): void => {
		if (wordsHold(hays[s], f) && (!inSets || inSets(paths[s]))) out.mark(s);
	};
	const keepPaths = (list: Iterable<string>): void => {
		for (const p of list) {
			const s = table.slot.get(p);
			if (s !== undefined && alive[s] === 1) keep(s);
		}
	};
	const end = table.length;
	if (within instanceof FilterMatch && within.current) {
		for (let s = 0; s < end; s++) if (within.flagged(s)) keep(s);
	} else if (within) keepPaths(within);
	else if (f.tags.length > 0) keepPaths(f.tags.map((k) => index.pathsUnderTag(k)).reduce((a, b) => (b.size < a.size ? b : a)));
	else if (f.types.length > 0) for (const k of f.types) keepPaths(index.pathsWithType(k));
	else for (let s = 0; s < end; s++) if (alive[s] === 1) keep(s);
	return out;
};

/** Whether a haystack holds every word of the filter and none of its `-words`. */
const wordsHold = (hay: string, { words, notWords }: ParsedFilter): boolean => {
	for (let w = 0; w < words.length; w++) if (!hay.includes(words[w])) return false;
	for (let w = 0; w < notWords.length; w++) if (hay.includes(notWords[w])) return false;
	return true;
};

/** Whether a path is in every `#tag` set, some `type:` set and no `-#tag` or `-type:` set; null when none. */
const setsPredicate = (index: ArticleIndex, f: ParsedFilter): ((path: string) => boolean) | null => {
	// the notes under each tag of `keys` (nested tags too), and with each type
	const tagged = (keys: string[]) => keys.map((k) => index.pathsUnderTag(k));
	const typed = (keys: string[]) => keys.map((k) => index.pathsWithType(k));
	const tagSets = tagged(f.tags);
	const typeSets = typed(f.types);
	const notSets = [...tagged(f.notTags), ...typed(f.notTypes)];
	if (tagSets.length + typeSets.length + notSets.length === 0) return null;
	return (path) => {
		for (const s of tagSets) if (!s.has(path)) return false;
		if (typeSets.length > 0 && !typeSets.some((s) => s.has(path))) return false;
		for (const s of notSets) if (s.has(path)) return false;
		return true;
	};
};

/** Whether the filter keeps one note, against the index as it is now; for re-checking only the notes that changed. */
export const filterPredicate = (index: ArticleIndex, f: ParsedFilter): (path: string, article?: Article) => boolean => {
	const table = noteTable(index);
	const inSets = setsPredicate(index, f);
	return (path, article) => {
		if (inSets && !inSets(path)) return false;
		if (f.words.length + f.notWords.length === 0) return index.get(path) !== undefined;
		if (article) return wordsHold(haystack(index, article), f);
		const at = table.slot.get(path);
		return at !== undefined && table.alive[at] === 1 && wordsHold(table.hays[at], f);
	};
};
