import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { articlesAt, noteComparator, sortArticles, sortPaths, type NoteOrder } from "./note-order";
import { inAll, intersect, type PathSets } from "./set-ops";
import { searchSorted } from "../sorted-search";
import type { Paths } from "../articles/path-set";

interface SortedList {
	paths: string[];
	/** The article each path had when sorted, to spot notes that changed since. */
	articles: Article[];
	/** The index version the list is true for. */
	version: number;
}

/** One index change as the lists need it: the path, and the article it had before (null: not known). */
interface LoggedChange {
	version: number;
	path: string;
	before: Article | null | undefined;
}

/** Above this many new or changed notes, a group is sorted afresh instead of patched. */
const PATCH_LIMIT = 256;
/** Index changes remembered for patching lists; a list older than the log is checked against the index in full. */
const LOG_LIMIT = 2048;

/**
 * The sorted notes of the groups that were shown, kept across index versions and filter keystrokes, each patched
 * only when it is next asked for. The index's changes are logged with their versions; a list made at version v is
 * brought up to date by taking out and re-inserting (binary search) the notes changed after v, so an edit costs
 * O(log n) comparisons plus one array copy per list actually shown, and nothing for lists not looked at. When the
 * log does not reach back far enough (or the model is not subscribed) the list is checked against the index (O(n)
 * lookups) and patched; only past PATCH_LIMIT changes is a group sorted again. Under a filter the group's full
 * sorted list is narrowed, never re-sorted. The caller clears the lists when the groups' definitions change.
 */
export class NoteLists {
	#lists = new Map<string, SortedList>();
	#orderKey = "";
	readonly #log: LoggedChange[] = [];
	/** Lists made at this version or later can be patched from the log. */
	#logFrom: number;
	readonly #unsubscribe: () => void;

	readonly #index: ArticleIndex;

	constructor(index: ArticleIndex) {
		this.#index = index;
		this.#logFrom = index.version;
		let seenSize = index.size;
		const log = this.#log;
		this.#unsubscribe = index.onChange((c) => {
			const version = index.version;
			const renamed = c.kind === "rename";
			// a rename that replaced a note at its new path shrinks the index; otherwise nothing was there before
			const displaced = renamed && index.size !== seenSize;
			seenSize = index.size;
			if (log.length >= LOG_LIMIT) {
				// forget the older half: lists made before it are checked in full when next asked for
				const kept = log.splice(0, LOG_LIMIT / 2);
				this.#logFrom = kept[kept.length - 1].version;
			}
			// a rename leaves its old path, and its new path held nothing, or the note it displaced (not known: null)
			if (renamed) log.push({ version, path: c.oldPath, before: c.before });
			log.push({ version, path: c.path, before: !renamed ? c.before : displaced ? null : undefined });
		});
	}

	/** Stops listening to the index; lists are then checked in full after each edit. */
	dispose(): void {
		this.#unsubscribe();
		this.#logFrom = Infinity;
		this.#log.length = 0;
	}

	/** Forgets every list: the groups now stand for other sets (options changed). */
	clear(): void {
		this.#lists = new Map();
	}

	/** The sorted paths in every set of `sets` (and in `match` when given); `id` names the group the sets define. */
	get(id: string, sets: PathSets, match: Paths | null, o: NoteOrder): string[] {
		const orderKey = `${o.noteSort}/${o.noteSortDesc}`;
		if (orderKey !== this.#orderKey) {
			this.#orderKey = orderKey;
			this.#lists = new Map();
		}
		if (sets.length === 0) return [];
		if (match && match.size * 8 < Math.min(...sets.map((s) => s.size))) return sortPaths(this.#index, intersect(sets, match), o);
		const { paths } = this.#full(id, sets, o);
		return match ? paths.filter((p) => match.has(p)) : paths;
	}

	#full(id: string, sets: PathSets, o: NoteOrder): SortedList {
		const version = this.#index.version;
		const prev = this.#lists.get(id);
		if (prev && prev.version === version) return prev;
		const list = (prev && (this.#patchChanged(prev, sets, o) || this.#patch(prev, sets, o))) || this.#fresh(sets, o);
		list.version = version;
		this.#lists.set(id, list);
		return list;
	}

	#fresh(sets: PathSets, o: NoteOrder): SortedList {
		return listOf(sortArticles(articlesAt(this.#index, intersect(sets, null)), o));
	}

	/** The paths changed after `version`, each with the article it had then; null when the log does not reach back. */
	#changedSince(version: number): Map<string, Article | null | undefined> | null {
		if (version < this.#logFrom) return null;
		const log = this.#log;
		// the first change made after `version`
		const lo = searchSorted(log, version, (entry, v) => entry.version - v, true);
		if (log.length - lo > PATCH_LIMIT * 2) return null;
		const changed = new Map<string, Article | null | undefined>();
		// only the first change after the list was made tells what it holds
		for (let i = lo; i < log.length; i++) if (!changed.has(log[i].path)) changed.set(log[i].path, log[i].before);
		return changed.size > PATCH_LIMIT ? null : changed;
	}

	/**
	 * The fast patch: when the index's log reaches back to the list, only the notes changed since are taken out and
	 * put back, both found by binary search on the old and new article, so a change costs O(log n) comparisons plus
	 * one array copy; a list the changes do not touch is kept as it was (same array).
	 */
	#patchChanged(prev: SortedList, sets: PathSets, o: NoteOrder): SortedList | null {
		const changed = this.#changedSince(prev.version);
		if (!changed) return null;
		let paths = prev.paths;
		// the articles are seen by nobody but this list, which `prev` no longer is once patched: changed in place
		const articles = prev.articles;
		let ownPaths = false;
		let changedArticles = false;
		const cmp = noteComparator(o);
		// the old paths may still be in use (a group's notes shown before the edit): copied before the first move
		const own = (): void => {
			if (!ownPaths) {
				paths = paths.slice();
				ownPaths = true;
			}
		};
		for (const [p, old] of changed) {
			let at = -1;
			if (old === null) at = paths.indexOf(p);
			else if (old !== undefined) {
				const i = searchSorted(articles, old, cmp);
				if (i < articles.length && articles[i] === old) at = i;
			}
			const a = this.#index.get(p);
			const member = a !== undefined && inAll(sets, p);
			if (at >= 0 && member && fitsAt(articles, at, a, cmp)) {
				// changed but still in the same place (most edits): only the article is replaced, the paths stay as they were
				articles[at] = a;
				changedArticles = true;
				continue;
			}
			if (at >= 0) {
				own();
				paths.splice(at, 1);
				articles.splice(at, 1);
			}
			if (!member) continue;
			const lo = searchSorted(articles, a, cmp, true);
			own();
			paths.splice(lo, 0, p);
			articles.splice(lo, 0, a);
		}
		if (!ownPaths && !changedArticles) return prev;
		return { paths, articles, version: prev.version };
	}

	/** The previous list with removed notes dropped and new or changed ones merged in; null when too much changed. */
	#patch(prev: SortedList, sets: PathSets, o: NoteOrder): SortedList | null {
		const members: Paths = sets.length === 1 ? sets[0] : new Set(intersect(sets, null));
		const paths: string[] = [];
		const articles: Article[] = [];
		const added: Article[] = [];
		for (let i = 0; i < prev.paths.length; i++) {
			const p = prev.paths[i];
			if (!members.has(p)) continue;
			const a = this.#index.get(p);
			if (a === prev.articles[i]) {
				paths.push(p);
				articles.push(a);
			} else if (a) added.push(a);
		}
		if (paths.length + added.length !== members.size) {
			const known = new Set(prev.paths);
			for (const p of members) {
				if (known.has(p)) continue;
				const a = this.#index.get(p);
				if (a) added.push(a);
				if (added.length > PATCH_LIMIT) return null;
			}
		}
		if (added.length === 0) return { paths, articles, version: -1 };
		if (added.length > PATCH_LIMIT) return null;
		const cmp = noteComparator(o);
		added.sort(cmp);
		return merge(articles, added, cmp);
	}
}

/** Whether `a` sorts between the neighbours of position `at`, so it can replace what is there without moving. */
const fitsAt = (list: Article[], at: number, a: Article, cmp: (x: Article, y: Article) => number): boolean =>
	(at === 0 || cmp(list[at - 1], a) <= 0) && (at + 1 >= list.length || cmp(list[at + 1], a) > 0);

const merge = (a: Article[], b: Article[], cmp: (x: Article, y: Article) => number): SortedList => {
	const articles: Article[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		articles.push(j >= b.length || (i < a.length && cmp(a[i], b[j]) <= 0) ? a[i++] : b[j++]);
	}
	return listOf(articles);
};

/** A list of sorted articles, not yet stamped with a version. */
const listOf = (articles: Article[]): SortedList => ({ paths: articles.map((a) => a.path), articles, version: -1 });
