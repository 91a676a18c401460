/**
 * A set of note ids kept as one ascending array of small integers. The index files every note under a dozen keys;
 * a native Set of path strings costs ~40 bytes and a string hash per membership, this costs 8 bytes and an
 * integer compare. Ids grow in entry order, so filling the index only ever appends; an edit inserts or removes
 * with one binary search and a native memmove. Ascending ids are also entry order, so `first()` is the note that
 * entered earliest: the index reads display labels off it instead of keeping its own bookkeeping.
 *
 * Removing is lazy: an id removed from inside the list is only noted, and the next read takes out all noted ids in
 * one pass. A folder of 50 000 notes deleted at once then costs one pass per list, not 50 000 memmoves of it.
 */
export class IdList {
	#ids: number[] = [];
	/** Ids removed but still in #ids (null: none), taken out by #settle before anything reads positions. */
	#gone: Set<number> | null = null;

	/** How many ids the list holds. */
	get size(): number {
		return this.#ids.length - (this.#gone ? this.#gone.size : 0);
	}

	/** The smallest id, or -1 when empty. */
	first(): number {
		const ids = this.#settle();
		return ids.length > 0 ? ids[0] : -1;
	}

	/** The id at `i` (ascending order); for loops that must not allocate an iterator. */
	at(i: number): number {
		return this.#settle()[i];
	}

	/** Adds an id; false when it was there already. */
	add(id: number): boolean {
		const ids = this.#settle();
		const n = ids.length;
		if (n === 0 || ids[n - 1] < id) {
			ids.push(id);
			return true;
		}
		const at = lowerBound(ids, id);
		if (ids[at] === id) return false;
		ids.splice(at, 0, id);
		return true;
	}

	/** Removes an id; false when it was not there. */
	remove(id: number): boolean {
		if (!this.has(id)) return false;
		const ids = this.#ids;
		if (ids[ids.length - 1] === id) ids.pop();
		else (this.#gone ??= new Set()).add(id);
		return true;
	}

	/** Adds or removes `id` as its membership went from `was` to `now`; nothing when they agree. */
	update(id: number, was: boolean, now: boolean): void {
		if (was && !now) this.remove(id);
		else if (!was && now) this.add(id);
	}

	has(id: number): boolean {
		const ids = this.#ids;
		const at = lowerBound(ids, id);
		return at < ids.length && ids[at] === id && !this.#gone?.has(id);
	}

	/**
	 * The position of the first id ≥ `id` at or after position `from`, found by galloping from `from`: walking two
	 * sorted lists together this way costs O(small × log(large / small)), not O(large).
	 */
	seek(id: number, from: number): number {
		const ids = this.#settle();
		const n = ids.length;
		if (from >= n || ids[from] >= id) return from;
		let step = 1;
		let lo = from;
		let hi = from + 1;
		while (hi < n && ids[hi] < id) {
			lo = hi;
			step *= 2;
			hi = from + step;
		}
		// ids[lo] < id, and ids[hi] ≥ id or hi ≥ n: binary search in between
		return lowerBound(ids, id, lo + 1, Math.min(hi, n));
	}

	/** A list with the same ids (for a key that starts needing a list of its own). */
	copy(): IdList {
		const out = new IdList();
		out.#ids = this.#settle().slice();
		return out;
	}

	/** Renumbers every id through `map` (which must keep their order), dropping the ones it maps to -1. */
	remap(map: Int32Array): void {
		const ids = this.#settle();
		let w = 0;
		for (let r = 0; r < ids.length; r++) {
			const next = map[ids[r]];
			if (next >= 0) ids[w++] = next;
		}
		ids.length = w;
	}

	[Symbol.iterator](): IterableIterator<number> {
		return this.#settle().values();
	}

	/** The ids with the removed ones taken out: one memmove for one, one pass for many. */
	#settle(): number[] {
		const ids = this.#ids;
		const gone = this.#gone;
		if (gone) {
			this.#gone = null;
			if (gone.size === 1) ids.splice(lowerBound(ids, gone.values().next().value!), 1);
			else {
				let w = 0;
				for (let r = 0; r < ids.length; r++) if (!gone.has(ids[r])) ids[w++] = ids[r];
				ids.length = w;
			}
		}
		return ids;
	}
}

/** Index of the first element of ascending `ids` that is ≥ `id`, searching positions `lo` to `hi` (exclusive). */
const lowerBound = (ids: readonly number[], id: number, lo = 0, hi = ids.length): number => {
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (ids[mid] < id) lo = mid + 1;
		else hi = mid;
	}
	return lo;
};
