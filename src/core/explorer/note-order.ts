import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { cached } from "../maps";
import { compareFolded, compareRaw, foldName } from "./natural-order";
import type { ExplorerOptions } from "./types";

/**
 * Note order inside a group. Notes without a publication date always come last when sorting by date, in either
 * direction; ties fall back to title (natural, ascending) and then path, so the order is total and stable.
 * Sort keys are read once per note into arrays before sorting (decorate, sort indices, undecorate), so a 50k-note
 * group sorts without a property or cache lookup per comparison.
 */

const folded = new WeakMap<Article, string>();

/** What a title sorts without: a run of emoji, symbols and punctuation before its first letter or digit ("📄 "). */
const LEADING_MARKS = /^[^\p{L}\p{N}]+(?=[\p{L}\p{N}])/u;

/**
 * The folded title of an article, cached per article object (articles are immutable values). A marker before the
 * first word does not sort the title: "📄 Coach" sits between "Busy" and "Maybe", not after every plain title.
 */
export const titleKey = (a: Article): string => cached(folded, a, (x) => foldName(x.title).replace(LEADING_MARKS, ""));

const byTitle = (a: Article, b: Article): number =>
	compareFolded(titleKey(a), titleKey(b)) || compareRaw(a.title, b.title) || compareRaw(a.path, b.path);

/** The options that decide note order. */
export type NoteOrder = Pick<ExplorerOptions, "noteSort" | "noteSortDesc">;

/** The numeric sort key of an article (smaller first), or null when the order is by title alone. */
const numericKey = (o: NoteOrder): ((a: Article) => number) | null => {
	const sign = o.noteSortDesc ? -1 : 1;
	if (o.noteSort === "mtime") return (a) => sign * a.mtime;
	if (o.noteSort === "date") return (a) => (a.pubTime === null ? Infinity : sign * a.pubTime);
	return null;
};

/** A comparator over articles for the given sort settings. */
export const noteComparator = (o: NoteOrder): (a: Article, b: Article) => number => {
	const key = numericKey(o);
	if (!key) return o.noteSortDesc ? (a, b) => byTitle(b, a) : byTitle;
	return (a, b) => {
		const ka = key(a);
		const kb = key(b);
		return ka < kb ? -1 : ka > kb ? 1 : byTitle(a, b);
	};
};

/** Sorts paths by their articles; paths the index no longer knows are dropped. */
export const sortPaths = (index: ArticleIndex, paths: Iterable<string>, o: NoteOrder): string[] =>
	sortArticles(articlesAt(index, paths), o).map((a) => a.path);

/** The articles of the paths the index holds, in the paths' order. */
export const articlesAt = (index: ArticleIndex, paths: Iterable<string>): Article[] => {
	const out: Article[] = [];
	for (const p of paths) {
		const a = index.get(p);
		if (a) out.push(a);
	}
	return out;
};

/** Sorts articles by the note order, each key computed once per article. Returns a new array. */
export const sortArticles = (articles: readonly Article[], o: NoteOrder): Article[] => {
	const n = articles.length;
	const titles: string[] = new Array<string>(n);
	for (let i = 0; i < n; i++) titles[i] = titleKey(articles[i]);
	const byTitleAt = (i: number, j: number): number =>
		compareFolded(titles[i], titles[j]) || compareRaw(articles[i].title, articles[j].title) || compareRaw(articles[i].path, articles[j].path);
	const order: number[] = new Array<number>(n);
	for (let i = 0; i < n; i++) order[i] = i;
	const key = numericKey(o);
	if (!key) order.sort(o.noteSortDesc ? (i, j) => byTitleAt(j, i) : byTitleAt);
	else {
		const keys = new Float64Array(n);
		for (let i = 0; i < n; i++) keys[i] = key(articles[i]);
		order.sort((i, j) => {
			const ki = keys[i];
			const kj = keys[j];
			return ki < kj ? -1 : ki > kj ? 1 : byTitleAt(i, j);
		});
	}
	const out: Article[] = new Array<Article>(n);
	for (let i = 0; i < n; i++) out[i] = articles[order[i]];
	return out;
};
