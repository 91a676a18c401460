import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { noteComparator, sortPaths, type NoteOrder } from "./note-order";
import { intersect, type PathSets } from "./set-ops";

interface SortedList {
	paths: string[];
	/** The article each path had when sorted, to spot notes that changed since. */
	articles: Article[];
}

/** Above this many new or changed notes, a group is sorted afresh instead of patched. */
const PATCH_LIMIT = 256;

/**
 * The sorted notes of the groups that are shown, kept across index versions and filter keystrokes. After an edit a
 * group's previous list is checked against the index (O(n) lookups) and only the notes that changed are re-inserted,
 * instead of sorting the group again; under a filter the group's full sorted list is narrowed, never re-sorted.
 * Checking membership against the index each time keeps this correct whatever changed, including the options that
 * decide which sets make a group.
 */
export class NoteLists {
	private lists = new Map<string, SortedList>();
	private previous = new Map<string, SortedList>();
	private version = -1;
	private orderKey = "";

	constructor(private readonly index: ArticleIndex) {}

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
		}
		this.version = this.index.version;
	}

	private full(id: string, sets: PathSets, o: NoteOrder): SortedList {
		let list = this.lists.get(id);
		if (!list) {
			const prev = this.previous.get(id);
			list = (prev && this.patch(prev, sets, o)) || this.fresh(intersect(sets, null), o);
			this.lists.set(id, list);
		}
		return list;
	}

	private fresh(paths: string[], o: NoteOrder): SortedList {
		const sorted = sortPaths(this.index, paths, o);
		const articles: Article[] = [];
		for (const p of sorted) articles.push(this.index.get(p) as Article);
		return { paths: sorted, articles };
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
		if (added.length === 0) return { paths, articles };
		if (added.length > PATCH_LIMIT) return null;
		const cmp = noteComparator(o);
		added.sort(cmp);
		return merge(articles, added, cmp);
	}
}

function merge(a: Article[], b: Article[], cmp: (x: Article, y: Article) => number): SortedList {
	const articles: Article[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (j >= b.length || (i < a.length && cmp(a[i], b[j]) <= 0)) articles.push(a[i++]);
		else articles.push(b[j++]);
	}
	return { paths: articles.map((x) => x.path), articles };
}
