import { tagKey } from "../articles/article";
import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { compareNames, foldName } from "./natural-order";

/**
 * Per-article derived data the explorer needs again and again (tag keys with their parents, type keys, the folded
 * search text), cached by article object. Articles are immutable values: the index stores a new object on every
 * change, so a cache entry is valid exactly as long as the article version it was made from.
 */

/** The parent of a nested tag key (`a/b` → `a`), or null for a top-level tag. */
export function parentTag(key: string): string | null {
	const i = key.lastIndexOf("/");
	return i > 0 ? key.slice(0, i) : null;
}

/** The key and every parent key above it, outermost first (`a/b/c` → `a`, `a/b`, `a/b/c`). */
export function tagChain(key: string): string[] {
	const out: string[] = [];
	let i = key.indexOf("/", 1);
	while (i > 0) {
		out.push(key.slice(0, i));
		i = key.indexOf("/", i + 1);
	}
	out.push(key);
	return out;
}

/** Cached keys of the articles of one index (its tag source and hidden tags decide the group tags). */
export class ArticleKeys {
	readonly #own = new WeakMap<Article, string[]>();
	readonly #nested = new WeakMap<Article, string[]>();
	readonly #typeKeys = new WeakMap<Article, string[]>();
	readonly #hay = new WeakMap<Article, string>();

	readonly #index: ArticleIndex;

	constructor(index: ArticleIndex) {
		this.#index = index;
	}

	/** The article's grouping tag keys, de-duplicated. */
	tags(a: Article): string[] {
		let keys = this.#own.get(a);
		if (!keys) {
			keys = [...new Set(this.#index.groupTags(a).map(tagKey))].filter((k) => k.length > 0);
			this.#own.set(a, keys);
		}
		return keys;
	}

	/** The grouping tag keys plus all their parents, parents first, each once. */
	tagsWithParents(a: Article): string[] {
		let keys = this.#nested.get(a);
		if (!keys) {
			const seen = new Set<string>();
			for (const k of this.tags(a)) for (const c of tagChain(k)) seen.add(c);
			keys = [...seen];
			this.#nested.set(a, keys);
		}
		return keys;
	}

	/** The index's type keys this article is filed under, in name order (independent of the index's history). */
	types(a: Article): string[] {
		let keys = this.#typeKeys.get(a);
		if (!keys) {
			// the index files a type under its lower-cased value
			keys = [...new Set(a.types.map((t) => t.toLowerCase()))].filter((k) => this.#index.pathsWithType(k).has(a.path));
			keys.sort(compareNames);
			this.#typeKeys.set(a, keys);
		}
		return keys;
	}

	/** Title, tags and types, folded and newline-separated, so a free filter word is one `includes` per note. */
	haystack(a: Article): string {
		let text = this.#hay.get(a);
		if (text === undefined) {
			text = foldName([a.title, ...this.#index.groupTags(a), ...a.types].join("\n"));
			this.#hay.set(a, text);
		}
		return text;
	}
}

const cache = new WeakMap<ArticleIndex, ArticleKeys>();

/** The shared key cache of an index, so the filter and every model over one index reuse the same entries. */
export function articleKeys(index: ArticleIndex): ArticleKeys {
	let keys = cache.get(index);
	if (!keys) {
		keys = new ArticleKeys(index);
		cache.set(index, keys);
	}
	return keys;
}
