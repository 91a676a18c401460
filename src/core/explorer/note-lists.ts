import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { noteComparator, sortArticles, sortPaths, type NoteOrder } from "./note-order";
import { intersect, type PathSets } from "./set-ops";

interface SortedList {
	paths: string[];
	/** The article each path had when sorted, to spot notes that changed since. */
	articles: Article[];
	/** The index sets that defined the group; the same objects mean the same group definition. */
	sets: PathSets;
}

/**
 * How a patched list differs from the list it was patched from: its first `head` and last `tail` paths are the same
 * strings at the same places, so whoever derived something per path from `from` can keep those parts.
 */
export interface ListDiff {
	from: readonly string[];
	head: number;
	tail: number;
}

/** Above this many new or changed notes, a group is sorted afresh instead of patched. */
const PATCH_LIMIT = 256;

/**
 * The sorted notes of the groups that are shown, kept across index versions and filter keystrokes. After an edit
 * only the notes the index reported as changed are taken out and re-inserted (binary search); when that report is
 * missing or the group is now made of other sets (options changed), the previous list is checked against the index
 * (O(n) lookups) and patched; only past PATCH_LIMIT changes is a group sorted again. Under a filter the group's full
 * sorted list is narrowed, never re-sorted.
 */
export class NoteLists {
	private lists = new Map<string, SortedList>();
	private previous = new Map<string, SortedList>();
	private version = -1;
	private orderKey = "";
	/**
	 * Paths the index changed since `previous` was made, each with the article it had then (undefined: it had none;
	 * null: not known, e.g. the target of a rename that replaced a note); null when the log overflowed.
	 */
	private changedSincePrevious: Map<string, Article | null | undefined> | null = null;
	private changedSinceNow: Map<string, Article | null | undefined> | null = null;
	private readonly unsubscribe: () => void;
	private readonly diffs = new WeakMap<readonly string[], ListDiff>();

	constructor(private readonly index: ArticleIndex) {
		this.unsubscribe = index.onChange((c) => {
			const log = this.changedSinceNow;
			if (!log || log.size >= PATCH_LIMIT) {
				this.changedSinceNow = null;
				return;
			}
			// only the first change since the lists were made tells what they hold
			if (c.kind === "rename") {
				if (!log.has(c.oldPath)) log.set(c.oldPath, c.before);
				if (!log.has(c.path)) log.set(c.path, null);
			} else if (!log.has(c.path)) log.set(c.path, c.before);
		});
	}

	/** Stops listening to the index; lists are then checked in full after each edit. */
	dispose(): void {
		this.unsubscribe();
		this.changedSinceNow = null;
	}

	/** How a list `get` returned differs from an earlier one, when it was patched from it; undefined when unknown. */
	diffOf(paths: readonly string[]): ListDiff | undefined {
		return this.diffs.get(paths);
	}

	/** The sorted paths in every set of `sets` (and in `match` when given). */
	get(id: string, sets: PathSets, match: ReadonlySet<string> | null, o: NoteOrder): string[] {
		this.sync(o);
		if (sets.length === 0) return [];
		const smallest = Math.min(...sets.map((s) => s.size));
		if (match && match.size * 8 < smallest) return sortPaths(this.index, intersect(sets, match), o);
		const full = this.full(id, sets, o);
		return match ? full.paths.filter((p) => match.has(p)) : full.paths;
	}

	private sync(o: NoteOrder): void {
		const orderKey = `${o.noteSort}/${o.noteSortDesc}`;
		if (orderKey !== this.orderKey) {
			this.orderKey = orderKey;
			this.lists = new Map();
			this.previous = new Map();
		} else if (this.index.version !== this.version) {
			this.previous = this.lists;
			this.lists = new Map();
			this.changedSincePrevious = this.version >= 0 ? this.changedSinceNow : null;
			this.changedSinceNow = new Map();
		}
		if (this.version < 0) this.changedSinceNow = new Map();
		this.version = this.index.version;
	}

	private full(id: string, sets: PathSets, o: NoteOrder): SortedList {
		let list = this.lists.get(id);
		if (!list) {
			const prev = this.previous.get(id);
			list = (prev && (this.patchChanged(prev, sets, o) || this.patch(prev, sets, o))) || this.fresh(sets, o);
			this.lists.set(id, list);
		}
		return list;
	}

	private fresh(sets: PathSets, o: NoteOrder): SortedList {
		const found: Article[] = [];
		for (const p of intersect(sets, null)) {
			const a = this.index.get(p);
			if (a) found.push(a);
		}
		const articles = sortArticles(found, o);
		return { paths: articles.map((a) => a.path), articles, sets };
	}

	/**
	 * The fast patch: when the group is defined by the same index sets and the index reported which notes changed,
	 * only those are taken out and put back, both found by binary search on the old and new article, so a change costs
	 * O(log n) comparisons plus one array copy; a list the changes do not touch is returned as it was (same object).
	 */
	private patchChanged(prev: SortedList, sets: PathSets, o: NoteOrder): SortedList | null {
		const changed = this.changedSincePrevious;
		if (!changed || prev.sets.length !== sets.length || prev.sets.some((s, i) => s !== sets[i])) return null;
		let paths = prev.paths;
		let articles = prev.articles;
		let ownPaths = false;
		let ownArticles = false;
		let head = prev.paths.length;
		let tail = prev.paths.length;
		const cmp = noteComparator(o);
		const edit = (at: number, length: number): void => {
			if (!ownPaths) {
				paths = paths.slice();
				ownPaths = true;
			}
			if (!ownArticles) {
				articles = articles.slice();
				ownArticles = true;
			}
			head = Math.min(head, at);
			tail = Math.min(tail, length - at - 1);
		};
		for (const [p, old] of changed) {
			let at = -1;
			if (old === null) at = paths.indexOf(p);
			else if (old !== undefined) {
				const i = lowerBound(articles, old, cmp);
				if (i < articles.length && articles[i] === old) at = i;
			}
			const a = this.index.get(p);
			const member = a !== undefined && inAll(sets, p);
			if (at >= 0 && member && fitsAt(articles, at, a, cmp)) {
				// changed but still in the same place (most edits): only the article is replaced, the paths stay as they were
				if (!ownArticles) {
					articles = articles.slice();
					ownArticles = true;
				}
				articles[at] = a;
				continue;
			}
			if (at >= 0) {
				edit(at, paths.length);
				paths.splice(at, 1);
				articles.splice(at, 1);
			}
			if (!member) continue;
			const lo = upperBound(articles, a, cmp);
			edit(lo, paths.length + 1);
			paths.splice(lo, 0, p);
			articles.splice(lo, 0, a);
		}
		if (!ownPaths && !ownArticles) return prev;
		if (ownPaths) this.diffs.set(paths, { from: prev.paths, head, tail: Math.max(0, tail) });
		return { paths, articles, sets };
	}

	/** The previous list with removed notes dropped and new or changed ones merged in; null when too much changed. */
	private patch(prev: SortedList, sets: PathSets, o: NoteOrder): SortedList | null {
		const members: ReadonlySet<string> = sets.length === 1 ? sets[0] : new Set(intersect(sets, null));
		const paths: string[] = [];
		const articles: Article[] = [];
		const added: Article[] = [];
		for (let i = 0; i < prev.paths.length; i++) {
			const p = prev.paths[i];
			if (!members.has(p)) continue;
			const a = this.index.get(p);
			if (a === prev.articles[i]) {
				paths.push(p);
				articles.push(a);
			} else if (a) added.push(a);
		}
		if (paths.length + added.length !== members.size) {
			const known = new Set(prev.paths);
			for (const p of members) {
				if (known.has(p)) continue;
				const a = this.index.get(p);
				if (a) added.push(a);
				if (added.length > PATCH_LIMIT) return null;
			}
		}
		if (added.length === 0) return { paths, articles, sets };
		if (added.length > PATCH_LIMIT) return null;
		const cmp = noteComparator(o);
		added.sort(cmp);
		return merge(articles, added, cmp, sets);
	}
}

/** Whether `a` sorts between the neighbours of position `at`, so it can replace what is there without moving. */
function fitsAt(list: Article[], at: number, a: Article, cmp: (x: Article, y: Article) => number): boolean {
	return (at === 0 || cmp(list[at - 1], a) <= 0) && (at + 1 >= list.length || cmp(list[at + 1], a) > 0);
}

function inAll(sets: PathSets, p: string): boolean {
	for (let i = 0; i < sets.length; i++) if (!sets[i].has(p)) return false;
	return true;
}

/** First position whose article sorts at or after `a`. */
function lowerBound(list: Article[], a: Article, cmp: (x: Article, y: Article) => number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cmp(list[mid], a) < 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/** First position whose article sorts after `a`. */
function upperBound(list: Article[], a: Article, cmp: (x: Article, y: Article) => number): number {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		if (cmp(list[mid], a) <= 0) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

function merge(a: Article[], b: Article[], cmp: (x: Article, y: Article) => number, sets: PathSets): SortedList {
	const articles: Article[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (j >= b.length || (i < a.length && cmp(a[i], b[j]) <= 0)) articles.push(a[i++]);
		else articles.push(b[j++]);
	}
	return { paths: articles.map((x) => x.path), articles, sets };
}
