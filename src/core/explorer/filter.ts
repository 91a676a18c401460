import { tagKey } from "../articles/article";
import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { articleKeys } from "./article-keys";
import { foldName } from "./natural-order";

/**
 * The explorer's filter box. Semantics:
 * - free words (and `"quoted phrases"`) must all occur in the note's title, tags or types (case- and
 *   accent-insensitive substring match);
 * - `#tag` keeps notes that have the tag or one of its nested tags (`#sales` keeps `sales/objections`), like
 *   Obsidian's own search; several `#tags` must all hold;
 * - `-#tag` drops notes that have the tag or one of its nested tags;
 * - `type:value` (or `type:"two words"`) keeps notes of that type, compared case-insensitively; several `type:`
 *   tokens mean any of them, since a note usually has one type;
 * - a token with nothing after its prefix (`#`, `-#`, `type:` while typing) is ignored.
 */
export interface ParsedFilter {
	words: string[];
	tags: string[];
	notTags: string[];
	types: string[];
}

const TOKEN = /(type:|-#|#)?"([^"]*)"?|\S+/gi;

/** Parses filter text into its tokens; never throws, whatever is typed. */
export function parseFilter(text: string): ParsedFilter {
	const f: ParsedFilter = { words: [], tags: [], notTags: [], types: [] };
	for (const m of text.matchAll(TOKEN)) {
		const quoted = m[2] !== undefined;
		const prefix = quoted ? (m[1] ?? "").toLowerCase() : "";
		const raw = quoted ? prefix + m[2] : m[0];
		const lower = raw.toLowerCase();
		if (quoted && !prefix) addWord(f.words, raw);
		else if (lower.startsWith("-#")) addKey(f.notTags, raw.slice(2));
		else if (lower.startsWith("#")) addKey(f.tags, raw.slice(1));
		else if (lower.startsWith("type:")) addType(f.types, raw.slice(5));
		else addWord(f.words, raw);
	}
	return f;
}

function addKey(list: string[], text: string): void {
	const key = tagKey(text.trim()).replace(/\/+$/, "");
	if (key && !list.includes(key)) list.push(key);
}

function addType(list: string[], text: string): void {
	const key = text.trim().toLowerCase();
	if (key && !list.includes(key)) list.push(key);
}

function addWord(list: string[], text: string): void {
	const word = foldName(text.trim());
	if (word && !list.includes(word)) list.push(word);
}

/** True when the filter has no token, i.e. everything matches. */
export function isEmptyFilter(f: ParsedFilter): boolean {
	return f.words.length + f.tags.length + f.notTags.length + f.types.length === 0;
}

/** A canonical string for a parsed filter, so typing a space does not redo the work. */
export function filterSignature(f: ParsedFilter): string {
	return JSON.stringify([f.words, f.tags, f.notTags, f.types]);
}

/**
 * True when every note `next` keeps is also kept by `prev` (same tag and type tokens, and each old word inside some
 * new word), as when a word is typed on: the new matches can then be searched among the old ones only.
 */
export function refines(next: ParsedFilter, prev: ParsedFilter): boolean {
	if (isEmptyFilter(prev)) return false;
	const same = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
	if (!same(next.tags, prev.tags) || !same(next.notTags, prev.notTags) || !same(next.types, prev.types)) return false;
	return prev.words.every((w) => next.words.some((n) => n.includes(w)));
}

/**
 * The paths of the notes the filter keeps, or null when there is no filter. One pass over the candidates: the
 * previous matches when the caller knows this filter only narrows them (see `refines`), else the smallest `#tag` set,
 * else the `type:` sets, else every article.
 */
export function matchingPaths(
	index: ArticleIndex,
	f: ParsedFilter,
	within: ReadonlySet<string> | null = null,
): Set<string> | null {
	if (isEmptyFilter(f)) return null;
	const keeps = filterPredicate(index, f);
	const out = new Set<string>();
	if (within) {
		for (const p of within) if (keeps(p)) out.add(p);
	} else if (f.tags.length > 0) {
		const smallest = f.tags.map((k) => index.pathsUnderTag(k)).reduce((a, b) => (b.size < a.size ? b : a));
		for (const p of smallest) if (keeps(p)) out.add(p);
	} else if (f.types.length > 0) {
		for (const k of f.types) for (const p of index.pathsWithType(k)) if (!out.has(p) && keeps(p)) out.add(p);
	} else {
		// Free words and `-#tag`s only: one tight pass over the flat table of folded haystacks.
		const { paths, hays } = haystackTable(index);
		const notSets = f.notTags.map((k) => index.pathsUnderTag(k));
		const words = f.words;
		next: for (let i = 0; i < paths.length; i++) {
			const hay = hays[i];
			for (let w = 0; w < words.length; w++) if (!hay.includes(words[w])) continue next;
			const p = paths[i];
			for (let s = 0; s < notSets.length; s++) if (notSets[s].has(p)) continue next;
			out.add(p);
		}
	}
	return out;
}

/**
 * Every indexed note's path beside its folded haystack, in two flat arrays kept in step with the index through its
 * change events (a removed note's slot is filled by the last one), so a filter word scans 100k strings in a plain
 * loop instead of iterating the index and looking each note's haystack up.
 */
interface HaystackTable {
	paths: string[];
	hays: string[];
	slot: Map<string, number>;
}

const tables = new WeakMap<ArticleIndex, HaystackTable>();

function haystackTable(index: ArticleIndex): HaystackTable {
	let table = tables.get(index);
	if (table) return table;
	const keys = articleKeys(index);
	const t: HaystackTable = { paths: [], hays: [], slot: new Map() };
	const put = (a: Article): void => {
		const at = t.slot.get(a.path);
		if (at !== undefined) t.hays[at] = keys.haystack(a);
		else {
			t.slot.set(a.path, t.paths.length);
			t.paths.push(a.path);
			t.hays.push(keys.haystack(a));
		}
	};
	const drop = (path: string): void => {
		const at = t.slot.get(path);
		if (at === undefined) return;
		const last = t.paths.length - 1;
		if (at !== last) {
			t.paths[at] = t.paths[last];
			t.hays[at] = t.hays[last];
			t.slot.set(t.paths[at], at);
		}
		t.paths.pop();
		t.hays.pop();
		t.slot.delete(path);
	};
	for (const a of index.articles()) put(a);
	index.onChange((c) => {
		if (c.kind === "rename") drop(c.oldPath);
		const now = index.get(c.path);
		if (now) put(now);
		else drop(c.path);
	});
	tables.set(index, t);
	table = t;
	return table;
}

/** Whether the filter keeps one note, against the index as it is now; for re-checking only the notes that changed. */
export function filterPredicate(index: ArticleIndex, f: ParsedFilter): (path: string, article?: Article) => boolean {
	const keys = articleKeys(index);
	const table = haystackTable(index);
	const tagSets = f.tags.map((k) => index.pathsUnderTag(k));
	const typeSets = f.types.map((k) => index.pathsWithType(k));
	const notSets = f.notTags.map((k) => index.pathsUnderTag(k));
	const words = f.words;
	return (path, article) => {
		for (const s of tagSets) if (!s.has(path)) return false;
		if (typeSets.length > 0 && !typeSets.some((s) => s.has(path))) return false;
		for (const s of notSets) if (s.has(path)) return false;
		if (words.length === 0) return index.get(path) !== undefined;
		let hay: string;
		if (article) hay = keys.haystack(article);
		else {
			const at = table.slot.get(path);
			if (at === undefined) return false;
			hay = table.hays[at];
		}
		for (const w of words) if (!hay.includes(w)) return false;
		return true;
	};
}
