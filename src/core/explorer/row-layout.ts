import type { GroupSpec } from "./group-builder";
import type { Row } from "./types";
import { searchSorted } from "../sorted-search";

/** What a layout asks the model for: sub-groups, and a group's listed notes (counted without sorting when possible). */
export interface LayoutSource {
	children(spec: GroupSpec): GroupSpec[];
	/** How many notes the group lists as rows (the length `notes` would have). */
	noteCount(spec: GroupSpec): number;
	/** The group's listed notes, sorted. */
	notes(spec: GroupSpec): string[];
}

/**
 * The visible tree for one expanded set, as segments: a group's own row, or the block of notes an expanded group
 * lists. Each segment knows its first row index, so the row count and any window of rows cost O(visible groups +
 * window), not O(rows): a fully expanded 100k-note vault is laid out without sorting or materialising its notes.
 */
export class RowLayout {
	/** A group row, or the spec whose notes fill the segment. */
	readonly #segs: (Row | GroupSpec)[] = [];
	/** First row index of each segment, ascending; `starts[segs.length]` is the row count. */
	readonly #starts: number[] = [0];
	/** The group of each group-row segment (null for note blocks), and the segment after its shown sub-tree. */
	readonly #owners: (GroupSpec | null)[] = [];
	readonly #ends: number[] = [];
	/**
	 * Per segment, for `siblings`: a group row's place among its siblings (from 1), or for a note block the number of
	 * sub-groups listed before its notes; and how many siblings its rows have.
	 */
	readonly #places: number[] = [];
	readonly #sizes: number[] = [];
	/** Row index of each group and segment index of each note block, made on the first look-up. */
	#lookup: { groupAt: Map<string, number>; notesAt: Map<string, number> } | null = null;

	readonly #src: LayoutSource;

	constructor(
		top: GroupSpec[],
		expanded: ReadonlySet<string>,
		src: LayoutSource,
		/** The previous layout of the same expanded set and its groups made anew since: the others' segments are copied. */
		reuse: LayoutReuse | null = null,
	) {
		this.#src = src;
		this.#walk(top, expanded, reuse, 0, reuse ? reuse.old.#segs.length : 0);
	}

	/** Rows of the visible tree. */
	get rowCount(): number {
		return this.#starts[this.#segs.length];
	}

	/** Rows `start` (inclusive) to `end` (exclusive), clamped to the tree. */
	rowsInRange(start: number, end: number): Row[] {
		const from = Math.max(0, start);
		const to = Math.min(this.rowCount, end);
		const out: Row[] = [];
		if (from >= to) return out;
		for (let s = this.#segmentAt(from); s < this.#segs.length && this.#starts[s] < to; s++) {
			const seg = this.#segs[s];
			if (isRow(seg)) {
				out.push(seg);
				continue;
			}
			const base = this.#starts[s];
			const a = Math.max(from, base) - base;
			const b = Math.min(to, this.#starts[s + 1]) - base;
			const paths = this.#src.notes(seg);
			const depth = seg.node.depth + 1;
			const parentId = seg.node.id;
			for (let i = a; i < b; i++) out.push({ type: "note", path: paths[i], depth, parentId });
		}
		return out;
	}

	/**
	 * Where row `index` stands among its siblings (the top groups, or a group's sub-groups then its notes), from 1, and
	 * how many siblings there are: what `aria-posinset` and `aria-setsize` tell a screen reader, as only the rows in
	 * view exist. Laid out with the rows, so it costs no walk however big the tree.
	 */
	siblings(index: number): [number, number] {
		const s = this.#segmentAt(index);
		const place = this.#places[s];
		return [isRow(this.#segs[s]) ? place : place + index - this.#starts[s] + 1, this.#sizes[s]];
	}

	/** Where a row stands now: a group by id, a note by path within its group; -1 when it is not shown. */
	indexOf(row: Row): number {
		const { groupAt, notesAt } = this.#lookups();
		if (row.type === "group") return groupAt.get(row.group.id) ?? -1;
		const s = notesAt.get(row.parentId);
		if (s === undefined) return -1;
		const seg = this.#segs[s] as GroupSpec;
		const at = this.#src.notes(seg).indexOf(row.path);
		return at >= 0 ? this.#starts[s] + at : -1;
	}

	/** The first row showing a note, in whichever group; -1 when none does. */
	indexOfNote(path: string): number {
		for (let s = 0; s < this.#segs.length; s++) {
			const seg = this.#segs[s];
			if (isRow(seg)) continue;
			const at = this.#src.notes(seg).indexOf(path);
			if (at >= 0) return this.#starts[s] + at;
		}
		return -1;
	}

	#lookups(): { groupAt: Map<string, number>; notesAt: Map<string, number> } {
		if (!this.#lookup) {
			const groupAt = new Map<string, number>();
			const notesAt = new Map<string, number>();
			for (let s = 0; s < this.#segs.length; s++) {
				const seg = this.#segs[s];
				if (!isRow(seg)) notesAt.set(seg.node.id, s);
				else if (seg.type === "group") groupAt.set(seg.group.id, this.#starts[s]);
			}
			this.#lookup = { groupAt, notesAt };
		}
		return this.#lookup;
	}

	/** The segment holding row `index`, a row of the tree (binary search over the segment starts). */
	#segmentAt(index: number): number {
		// the segment before the first one starting after `index` (`starts` ends with the row count)
		return searchSorted(this.#starts, index, (start, i) => start - i, true) - 1;
	}

	/**
	 * Lays out one level. With `reuse`, segments `from` to `to` of the old layout hold the same level as it was: a
	 * group not made anew is found there (groups keep their order) and its whole sub-tree's segments are copied, so
	 * after an edit only the groups on the edited notes' paths are walked. A group made anew walks its sub-groups
	 * against its old version's. A group not found (or with no old layout) is walked.
	 */
	#walk(specs: GroupSpec[], expanded: ReadonlySet<string>, reuse: LayoutReuse | null, from: number, to: number, size = specs.length): void {
		const old = reuse?.old;
		let p = from;
		for (let k = 0; k < specs.length; k++) {
			const spec = specs[k];
			const at = this.#segs.length;
			let inner = -1;
			let innerEnd = -1;
			if (old && reuse) {
				let q = p;
				if (!reuse.remade.has(spec)) {
					while (q < to && old.#owners[q] !== spec) q = old.#ends[q];
					if (q < to) {
						// the sub-tree is as it was, but the group may stand elsewhere among siblings now
						this.#copy(old, q, old.#ends[q]);
						this.#places[at] = k + 1;
						this.#sizes[at] = size;
						p = old.#ends[q];
						continue;
					}
				} else {
					const id = spec.node.id;
					while (q < to && old.#owners[q]?.node.id !== id) q = old.#ends[q];
					if (q < to) {
						inner = q + 1;
						innerEnd = old.#ends[q];
					}
				}
			}
			const open = expanded.has(spec.node.id);
			this.#push({ type: "group", group: spec.node, expanded: open }, 1, spec, k + 1, size);
			if (open) {
				const kids = this.#src.children(spec);
				const n = spec.list ? this.#src.noteCount(spec) : 0;
				this.#walk(kids, expanded, inner >= 0 ? reuse : null, inner, innerEnd, kids.length + n);
				if (n > 0) this.#push(spec, n, null, kids.length, kids.length + n);
			}
			this.#ends[at] = this.#segs.length;
		}
	}

	/** Copies segments `from` to `to` of another layout to the end of this one. */
	#copy(old: RowLayout, from: number, to: number): void {
		const shift = this.#segs.length - from;
		for (let s = from; s < to; s++) {
			this.#push(old.#segs[s], old.#starts[s + 1] - old.#starts[s], old.#owners[s], old.#places[s], old.#sizes[s], old.#ends[s] + shift);
		}
	}

	/** Appends a segment of `size` rows; `end`, the segment after its sub-tree, is the next one unless copied. */
	#push(seg: Row | GroupSpec, size: number, owner: GroupSpec | null, place: number, siblings: number, end = this.#segs.length + 1): void {
		this.#segs.push(seg);
		this.#owners.push(owner);
		this.#places.push(place);
		this.#sizes.push(siblings);
		this.#ends.push(end);
		this.#starts.push(this.#starts[this.#starts.length - 1] + size);
	}
}

/** What a layout may take from the previous one of the same expanded set. */
export interface LayoutReuse {
	old: RowLayout;
	/** Groups made since `old` was laid out; every other group shown then is laid out as it was. */
	remade: ReadonlySet<GroupSpec>;
}

const isRow = (seg: Row | GroupSpec): seg is Row => (seg as Row).type !== undefined;
