import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { articleKeys, hasRegularTags, type ArticleKeys } from "./article-keys";
import { NO_TYPE, segment, UNTAGGED } from "./group-ids";
import { cached } from "../maps";

/** One note's net change since the groups were built, as the groups see it. */
export interface NoteChange {
	before: Article | undefined;
	after: Article | undefined;
	/** Whether the filter showed `before` (always true without a filter). */
	wasShown: boolean;
	/** Whether the filter shows `after`. */
	isShown: boolean;
}

/** Counts over one group's notes that can follow an edit: the old article taken out, the new one put in. */
export interface Tally {
	apply(a: Article, sign: 1 | -1): void;
}

interface Entry {
	tally: Tally;
	/** Exact membership of a note (any version of it) in the group the tally counts over. */
	holds: (a: Article) => boolean;
}

/**
 * Sub-group counts of top-level groups (a type's tag tree in Type → tag, a tag's types in Tag → type) kept across
 * index edits and patched per edited note instead of recounted: an edit to a note of a 6 000-note type costs
 * O(its tags), not a pass over the type. Keyed by group id; the model drops them all when groups are rebuilt.
 */
export class ScopeTallies {
	readonly #entries = new Map<string, Entry>();
	readonly #keys: ArticleKeys;

	readonly #index: ArticleIndex;

	constructor(index: ArticleIndex) {
		this.#index = index;
		this.#keys = articleKeys(index);
	}

	/** The tally of group `id`, made by `make` on first use; `holds` tells which notes the group counts over. */
	get<T extends Tally>(id: string, make: () => T, holds: (a: Article) => boolean): T {
		return cached(this.#entries, id, () => ({ tally: make(), holds })).tally as T;
	}

	/**
	 * Brings every tally up to date with some edits (each note's first article before them, and its current one).
	 * False, touching nothing, when a note has a tag whose key the index nests differently from `tagChain` (empty, or
	 * starting with `/`): then the caller recounts.
	 */
	apply(changes: readonly NoteChange[]): boolean {
		if (this.#entries.size === 0) return true;
		const index = this.#index;
		for (const c of changes) if ((c.before && !hasRegularTags(index, c.before)) || (c.after && !hasRegularTags(index, c.after))) return false;
		for (const c of changes) {
			if (c.before && c.wasShown) this.#move(c.before, -1);
			if (c.after && c.isShown) this.#move(c.after, 1);
		}
		return true;
	}

	/** Applies one article to the tallies of the groups it may be in (found from its keys, not by trying every tally). */
	#move(a: Article, sign: 1 | -1): void {
		const seen = new Set<string>();
		const visit = (id: string): void => {
			if (seen.has(id)) return;
			seen.add(id);
			const entry = this.#entries.get(id);
			if (entry && entry.holds(a)) entry.tally.apply(a, sign);
		};
		for (const t of a.types) visit(segment("type", t.toLowerCase()));
		visit(segment("none", NO_TYPE));
		for (const k of this.#keys.tagsWithParents(a)) visit(segment("tag", k));
		visit(segment("none", UNTAGGED));
	}
}

/** Notes per type (and without one) among a group's notes; a new type starts at 0. */
export class TypeTally implements Tally {
	readonly #counts = new Map<string, number>();
	// set in the constructor, so that the Map above stays a plain class field (see CountedForest)
	untyped: number;

	constructor() {
		this.untyped = 0;
	}

	/** Notes of type `key` (lower-cased, as the index files types). */
	count(key: string): number {
		return this.#counts.get(key) ?? 0;
	}

	/** Sets a count while the tally is first made. */
	set(key: string, n: number): void {
		this.#counts.set(key, n);
	}

	apply(a: Article, sign: 1 | -1): void {
		if (a.types.length === 0) {
			this.untyped += sign;
			return;
		}
		const done: string[] = [];
		for (const t of a.types) {
			const key = t.toLowerCase();
			if (done.includes(key)) continue;
			done.push(key);
			this.#counts.set(key, this.count(key) + sign);
		}
	}
}
