import { tagKey } from "../articles/article";
import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { cached } from "../maps";
import { compareNames, foldName } from "./natural-order";

/**
 * Per-article derived data the explorer needs again and again: tag keys with their parents, type keys (cached by
 * article object), the folded search text. Articles are immutable values: the index stores a new object on every
 * change, so a cache entry is valid exactly as long as the article version it was made from.
 */

/** The parent of a nested tag key (`a/b` → `a`), or null for a top-level tag. */
export const parentTag = (key: string): string | null => {
	const i = key.lastIndexOf("/");
	return i > 0 ? key.slice(0, i) : null;
};

/** The key and every parent key above it, outermost first (`a/b/c` → `a`, `a/b`, `a/b/c`). */
export const tagChain = (key: string): string[] => {
	const out: string[] = [];
	let i = key.indexOf("/", 1);
	while (i > 0) {
		out.push(key.slice(0, i));
		i = key.indexOf("/", i + 1);
	}
	out.push(key);
	return out;
};

/**
 * Whether every group tag of a note has a key the index nests as `tagChain` does (not empty, not starting with `/`):
 * only then do the groups an edit touches follow from the note's keys.
 */
export const hasRegularTags = (index: ArticleIndex, a: Article): boolean => {
	for (const t of index.groupTags(a)) {
		const key = tagKey(t);
		if (key === "" || key.charCodeAt(0) === 47) return false;
	}
	return true;
};

/** An article's grouping tag keys, de-duplicated, made anew (`ArticleKeys.tags` caches them). */
export const ownTagKeys = (index: ArticleIndex, a: Article): string[] => [...new Set(index.groupTags(a).map(tagKey))].filter((k) => k.length > 0);

/** Tag keys plus all their parents, parents first, each once. */
export const withParents = (keys: string[]): string[] => [...new Set(keys.flatMap(tagChain))];

/**
 * Title, tags and types, folded and newline-separated, so a free filter word is one `includes` per note. Not cached
 * per article: the filter's note table keeps one per note, and a second copy in a WeakMap cost 100k entries.
 */
export const haystack = (index: ArticleIndex, a: Article): string => foldName([a.title, ...index.groupTags(a), ...a.types].join("\n"));

/**
 * Keys of the articles of one index (its tag source and hidden tags decide the group tags). Tag keys are read off
 * the index's tag nodes on each call (a few map look-ups), so no per-article cache holds 100k entries; type keys
 * are cached per article.
 */
export class ArticleKeys {
	readonly #typeKeys = new WeakMap<Article, string[]>();

	readonly #index: ArticleIndex;

	constructor(index: ArticleIndex) {
		this.#index = index;
	}

	/** The article's grouping tag keys, de-duplicated. */
	tags(a: Article): string[] {
		return this.#index.groupKeys(a, false) ?? ownTagKeys(this.#index, a);
	}

	/** The grouping tag keys plus all their parents, parents first, each once. */
	tagsWithParents(a: Article): string[] {
		return this.#index.groupKeys(a, true) ?? withParents(this.tags(a));
	}

	/** The index's type keys this article is filed under, in name order (independent of the index's history). */
	types(a: Article): string[] {
		// the index files a type under its lower-cased value
		return cached(this.#typeKeys, a, (x) => [...new Set(x.types.map((t) => t.toLowerCase()))].filter((k) => this.#index.pathsWithType(k).has(x.path)).sort(compareNames));
	}
}

const cache = new WeakMap<ArticleIndex, ArticleKeys>();

/** The shared key cache of an index, so the filter and every model over one index reuse the same entries. */
export const articleKeys = (index: ArticleIndex): ArticleKeys => cached(cache, index, (i) => new ArticleKeys(i));
