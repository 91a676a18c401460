import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { compareFolded, compareRaw, foldName } from "./natural-order";
import type { ExplorerOptions } from "./types";

/**
 * Note order inside a group. Notes without a publication date always come last when sorting by date, in either
 * direction; ties fall back to title (natural, ascending) and then path, so the order is total and stable.
 * Numeric keys are read once into an array before sorting, so a 50k-note group sorts without property lookups.
 */

const folded = new WeakMap<Article, string>();

function titleKey(a: Article): string {
	let k = folded.get(a);
	if (k === undefined) {
		k = foldName(a.title);
		folded.set(a, k);
	}
	return k;
}

function byTitle(a: Article, b: Article): number {
	return compareFolded(titleKey(a), titleKey(b)) || compareRaw(a.title, b.title) || compareRaw(a.path, b.path);
}

/** The options that decide note order. */
export type NoteOrder = Pick<ExplorerOptions, "noteSort" | "noteSortDesc">;

/** The numeric sort key of an article (smaller first), or null when the order is by title alone. */
function numericKey(o: NoteOrder): ((a: Article) => number) | null {
	const sign = o.noteSortDesc ? -1 : 1;
	if (o.noteSort === "mtime") return (a) => sign * a.mtime;
	if (o.noteSort === "date") return (a) => (a.pubTime === null ? Infinity : sign * a.pubTime);
	return null;
}

/** A comparator over articles for the given sort settings. */
export function noteComparator(o: NoteOrder): (a: Article, b: Article) => number {
	const key = numericKey(o);
	if (!key) return o.noteSortDesc ? (a, b) => byTitle(b, a) : byTitle;
	return (a, b) => {
		const ka = key(a);
		const kb = key(b);
		return ka < kb ? -1 : ka > kb ? 1 : byTitle(a, b);
	};
}

/** Sorts paths by their articles; paths the index no longer knows are dropped. */
export function sortPaths(index: ArticleIndex, paths: Iterable<string>, o: NoteOrder): string[] {
	const articles: Article[] = [];
	for (const p of paths) {
		const a = index.get(p);
		if (a) articles.push(a);
	}
	const key = numericKey(o);
	if (!key) return articles.sort(noteComparator(o)).map((a) => a.path);
	const keys = new Float64Array(articles.length);
	for (let i = 0; i < articles.length; i++) keys[i] = key(articles[i]);
	const order = Array.from({ length: articles.length }, (_, i) => i);
	order.sort((i, j) => keys[i] - keys[j] || (keys[i] === keys[j] ? byTitle(articles[i], articles[j]) : 0));
	return order.map((i) => articles[i].path);
}
