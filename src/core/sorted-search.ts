/** Binary search in a list kept sorted by a comparator: where an item goes, so edits insert instead of re-sorting. */

/**
 * The first position whose item sorts at or after `item` (`after`: strictly after it). `item` may be a bare key
 * (a version, an offset) that `cmp` compares list items with.
 */
export const searchSorted = <T, K = T>(list: readonly T[], item: K, cmp: (a: T, b: K) => number, after = false): number => {
	let lo = 0;
	let hi = list.length;
	while (lo < hi) {
		const mid = (lo + hi) >> 1;
		const c = cmp(list[mid], item);
		if (c < 0 || (after && c === 0)) lo = mid + 1;
		else hi = mid;
	}
	return lo;
};
