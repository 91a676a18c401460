/**
 * Intersections of the index's path sets: the explorer never copies a group's notes to count them; it walks the
 * smallest set and probes the others, so counts cost O(smallest set) and plain counts O(1). Loops are written out
 * (no closures per path) because they run over up to 100k paths per keystroke.
 */

import type { IdList } from "../articles/id-list";
import { PathView } from "../articles/path-view";
import { FilterMatch } from "./filter-match";
import type { Paths } from "../articles/path-set";

/** A group's notes: the intersection of some index sets, further narrowed by the filter's matches (null = no filter). */
export type PathSets = readonly Paths[];

const smallestFirst = (sets: PathSets, match: Paths | null): Paths[] => {
	const all = match ? [...sets, match] : [...sets];
	let best = 0;
	for (let i = 1; i < all.length; i++) if (all[i].size < all[best].size) best = i;
	if (best !== 0) [all[0], all[best]] = [all[best], all[0]];
	return all;
};

/** Whether `p` is in every set. */
export const inAll = (sets: PathSets, p: string): boolean => {
	for (let i = 0; i < sets.length; i++) if (!sets[i].has(p)) return false;
	return true;
};

/**
 * The id lists behind the sets, smallest first, when every set is a view of the same index (the usual case): then
 * intersections walk sorted integers instead of hashing paths. Null when some set is anything else.
 */
const idListsOf = (all: readonly Paths[]): IdList[] | null => {
	const first = all[0];
	if (!(first instanceof PathView)) return null;
	const lists: IdList[] = [];
	for (const set of all) {
		if (!(set instanceof PathView) || !set.sharesIds(first)) return null;
		const list = set.idList();
		if (!list) return [];
		lists.push(list);
	}
	return lists.sort((a, b) => a.size - b.size);
};

/**
 * Calls `found` for each id in every list (smallest list first, all sorted ascending); each other list is walked
 * with one galloping cursor, so the cost is O(smallest × lists × log(ratio)).
 */
const eachCommonId = (lists: IdList[], found: (id: number) => void): void => {
	if (lists.length === 0) return;
	const first = lists[0];
	const at = new Array<number>(lists.length).fill(0);
	outer: for (let i = 0; i < first.size; i++) {
		const id = first.at(i);
		for (let k = 1; k < lists.length; k++) {
			const list = lists[k];
			const p = list.seek(id, at[k]);
			at[k] = p;
			if (p >= list.size) return;
			if (list.at(p) !== id) continue outer;
		}
		found(id);
	}
};

/**
 * The id lists of `sets` and the filter's flags by id, when the sets are views of the match's index: then a
 * filtered intersection walks sorted integers and tests a byte per id, hashing no path.
 */
const filteredIds = (sets: PathSets, match: Paths | null): { lists: IdList[]; flags: Uint8Array } | null => {
	if (!(match instanceof FilterMatch) || !match.current || sets.length === 0) return null;
	const first = sets[0];
	// any view the index hands out tells its numbering apart from another index's
	const anchor = match.index.untagged();
	if (!(first instanceof PathView) || !(anchor instanceof PathView) || !first.sharesIds(anchor)) return null;
	const lists = idListsOf(sets);
	return lists ? { lists, flags: match.idFlags() } : null;
};

/**
 * Walks the paths in every set (and in `match` when given): by id when the sets are views of one index (see
 * `filteredIds`, `idListsOf`), else by probing the others for each path of the smallest. Returns how many there
 * are, and appends them to `out` when given, in the smallest set's order.
 */
const common = (sets: PathSets, match: Paths | null, out: string[] | null): number => {
	if (sets.length === 0) return 0;
	const byId = filteredIds(sets, match);
	const all = byId ? sets : smallestFirst(sets, match);
	const lists = byId ? byId.lists : idListsOf(all);
	let n = 0;
	if (lists) {
		const flags = byId?.flags;
		const view = all[0] as PathView;
		eachCommonId(lists, (id) => {
			if (flags && flags[id] !== 1) return;
			n++;
			if (out) out.push(view.pathOf(id));
		});
		return n;
	}
	const rest = all.slice(1);
	for (const p of all[0]) {
		if (!inAll(rest, p)) continue;
		n++;
		if (out) out.push(p);
	}
	return n;
};

/** How many paths are in every set (and in `match` when given). */
export const countIn = (sets: PathSets, match: Paths | null): number =>
	sets.length === 1 && !match ? sets[0].size : common(sets, match, null);

/** The paths in every set (and in `match` when given), in the smallest set's order. */
export const intersect = (sets: PathSets, match: Paths | null): string[] => {
	const out: string[] = [];
	common(sets, match, out);
	return out;
};

/** The paths in every set, for scans that count sub-groups in one pass. */
export const eachIn = (sets: PathSets, match: Paths | null): Iterable<string> =>
	sets.length === 1 && !match ? sets[0] : intersect(sets, match);
