import { tagKey } from "../articles/article";
import type { ArticleIndex } from "../articles/article-index";
import { parentTag, tagChain } from "./article-keys";
import { countedForest } from "./counted-forest";
import { FilterMatch } from "./filter-match";
import { cached, pushTo } from "../maps";
import { noteTable, type NoteTable } from "./note-table";
import { countIn } from "./set-ops";
import { grown } from "../typed-arrays";
import type { Paths } from "../articles/path-set";

/**
 * The tags present among some notes, as a tree, with distinct-note counts. Without a scope or filter it is read
 * straight from the index (counts are set sizes, O(1)); inside a scope (a type, in Type → tag) or under a filter it
 * comes from one pass over the scope's notes (`CountedForest`, then patched per edit), not O(tags × notes).
 */
export interface TagForest {
	/** Top-level tag keys (every used tag when tags are flattened). */
	roots: string[];
	/** Child tag keys of a key (none when flattened). */
	children(key: string): string[];
	/** Distinct notes with the tag or, when nested, any tag below it. */
	count(key: string): number;
	/** Distinct notes that carry exactly this tag. */
	direct(key: string): number;
	/** Notes of the scope with no grouping tag. */
	untagged: number;
}

interface TagTree {
	all: Set<string>;
	roots: string[];
	kids: Map<string, string[]>;
}

const treeOf = (keys: Iterable<string>, nested: boolean): TagTree => {
	const all = new Set(keys);
	const roots: string[] = [];
	const kids = new Map<string, string[]>();
	for (const k of all) {
		const parent = nested ? parentTag(k) : null;
		if (parent !== null && all.has(parent)) pushTo(kids, parent, k);
		else roots.push(k);
	}
	return { all, roots, kids };
};

interface TreeCache {
	nested: TagTree | null;
	flat: TagTree | null;
	version: number;
	/** Tag keys (with parents) of the notes changed since `version`; null when unknown. */
	touched: Set<string> | null;
}

const trees = new WeakMap<ArticleIndex, TreeCache>();

const cacheOf = (index: ArticleIndex): TreeCache =>
	cached(trees, index, () => {
		const c: TreeCache = { nested: null, flat: null, version: index.version, touched: new Set() };
		index.onChange((change) => {
			if (!c.touched || c.touched.size > 1000) {
				c.touched = null;
				return;
			}
			for (const a of [change.before, change.after]) {
				if (a) for (const t of index.groupTags(a)) for (const k of tagChain(tagKey(t))) c.touched.add(k);
			}
		});
		return c;
	});

/** The notes a tag key's group counts: with nested tags those below it too, else those tagged exactly with it. */
export const tagSet = (index: ArticleIndex, nested: boolean, key: string): Paths =>
	nested ? index.pathsUnderTag(key) : index.pathsWithTag(key);

/**
 * The index's tag tree, rebuilt only when its set of keys changed. The index reports each edit, so after an edit
 * only the edited notes' tag keys are checked (O(their tags)); when that report is missing, every key is checked.
 */
const indexTree = (index: ArticleIndex, nested: boolean): TagTree => {
	const cache = cacheOf(index);
	if (cache.version !== index.version) {
		const touched = cache.touched;
		for (const which of ["nested", "flat"] as const) {
			const tree = cache[which];
			if (tree && (!touched || [...touched].some((k) => (tagSet(index, which === "nested", k).size > 0) !== tree.all.has(k)))) cache[which] = null;
		}
		cache.version = index.version;
		cache.touched = new Set();
	}
	// a flattened tree has only the keys some note carries exactly (not the parents the index derives)
	return (cache[nested ? "nested" : "flat"] ??= treeOf(nested ? index.tagKeys() : [...index.tagKeys()].filter((k) => index.pathsWithTag(k).size > 0), nested));
};

/** A forest over the index's tag structure with the given counts. */
type Counted = (count: (key: string) => number, direct: (key: string) => number, untagged: number) => TagForest;

/**
 * The whole index's tags, structure from the index's keys. Without a filter counts are set sizes (O(1)); with one,
 * each count is one intersection with the matches, computed only for the keys actually shown and then kept.
 */
export const indexForest = (index: ArticleIndex, nested: boolean, match: Paths | null): TagForest => {
	const { roots, kids } = indexTree(index, nested);
	const forest: Counted = (count, direct, untagged) => ({ roots, children: (key) => kids.get(key) ?? [], count, direct, untagged });
	if (!match) return forest((key) => tagSet(index, nested, key).size, (key) => index.pathsWithTag(key).size, index.untagged().size);
	if (match instanceof FilterMatch && match.current) return slotForest(noteTable(index), nested, match, forest);
	if (match.size * ONE_PASS_SHARE <= index.size) {
		// counted in one pass over the matches
		const counted = countedForest(index, nested, match);
		return forest((key) => counted.count(key), (key) => counted.direct(key), counted.untagged);
	}
	const counts = new Map<string, number>();
	const direct = new Map<string, number>();
	return forest(
		(key) => cached(counts, key, (k) => countIn([tagSet(index, nested, k)], match)),
		(key) => cached(direct, key, (k) => countIn([index.pathsWithTag(k)], match)),
		countIn([index.untagged()], match),
	);
};

/**
 * Below this share of the vault (1 / n), filter matches are counted in one pass over the matches instead of one set
 * intersection per tag shown: a narrow filter then costs O(matches × their tags) however many tags the tree shows.
 */
const ONE_PASS_SHARE = 4;

/**
 * The index's tag structure with counts taken in one pass over a filter's matched slots, by integer tag id into
 * typed arrays: O(matches × their tags) with no string hashed per note, however many tags the tree shows.
 */
const slotForest = (table: NoteTable, nested: boolean, match: FilterMatch, forest: Counted): TagForest => {
	const flags = match.bytes;
	const alive = table.alive;
	const end = Math.min(table.length, flags.length);
	// ids may be handed out while counting: the counters grow when one is new
	let counts = new Int32Array(table.keyId.size + 64);
	let direct = new Int32Array(counts.length);
	let untagged = 0;
	for (let s = 0; s < end; s++) {
		if ((flags[s] & alive[s]) === 0) continue;
		const own = table.tagIds(s, false);
		if (own.length === 0) {
			untagged++;
			continue;
		}
		const withParents = nested ? table.tagIds(s, true) : own;
		if (table.keyId.size > counts.length) {
			counts = grown(counts, table.keyId.size * 2);
			direct = grown(direct, counts.length);
		}
		for (let j = 0; j < own.length; j++) direct[own[j]]++;
		for (let j = 0; j < withParents.length; j++) counts[withParents[j]]++;
	}
	const read = (list: Int32Array, key: string): number => {
		const id = table.keyId.get(key);
		return id === undefined || id >= list.length ? 0 : list[id];
	};
	return forest((key) => read(counts, key), (key) => read(direct, key), untagged);
};
