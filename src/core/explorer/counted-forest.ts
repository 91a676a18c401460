import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { articleKeys, parentTag, type ArticleKeys } from "./article-keys";
import { pushTo } from "../maps";
import type { Tally } from "./scope-tallies";
import type { TagForest } from "./tag-forest";

/**
 * The tag tree of some notes (a type's, in Type → tag) with distinct-note counts, counted one note at a time: filled
 * in one pass over the notes, then patched per edited note (`apply`), so an edit never rescans the group. A key whose
 * count falls to 0 stays in the structure; readers skip keys with no notes, as they do for every forest.
 */
export class CountedForest implements TagForest, Tally {
	// The public fields are set in the constructor, not where declared: a public field initialiser would make esbuild
	// move every initialiser into the constructor (useDefineForClassFields is off), the private Maps' too.
	readonly roots: string[];
	untagged: number;
	readonly #counts = new Map<string, number>();
	readonly #directs = new Map<string, number>();
	readonly #kids = new Map<string, string[]>();

	readonly #keys: ArticleKeys;
	readonly #nested: boolean;

	constructor(
		keys: ArticleKeys,
		nested: boolean,
	) {
		this.roots = [];
		this.untagged = 0;
		this.#keys = keys;
		this.#nested = nested;
	}

	children(key: string): string[] {
		return this.#kids.get(key) ?? [];
	}

	count(key: string): number {
		return this.#counts.get(key) ?? 0;
	}

	direct(key: string): number {
		return this.#directs.get(key) ?? 0;
	}

	/** Counts a note in (`sign` 1) or out (-1). */
	apply(a: Article, sign: 1 | -1): void {
		const own = this.#keys.tags(a);
		if (own.length === 0) {
			this.untagged += sign;
			return;
		}
		for (const k of own) this.#directs.set(k, this.direct(k) + sign);
		// parents come first in tagsWithParents, so a new key's parent is already placed when the key is
		for (const k of this.#nested ? this.#keys.tagsWithParents(a) : own) {
			const n = this.#counts.get(k);
			if (n === undefined) this.#place(k);
			this.#counts.set(k, (n ?? 0) + sign);
		}
	}

	#place(key: string): void {
		const parent = this.#nested ? parentTag(key) : null;
		if (parent !== null && this.#counts.has(parent)) pushTo(this.#kids, parent, key);
		else this.roots.push(key);
	}
}

/** The forest of the notes among `paths` that the index holds, counted in one pass. */
export const countedForest = (index: ArticleIndex, nested: boolean, paths: Iterable<string>): CountedForest => {
	const forest = new CountedForest(articleKeys(index), nested);
	for (const p of paths) {
		const a = index.get(p);
		if (a) forest.apply(a, 1);
	}
	return forest;
};
