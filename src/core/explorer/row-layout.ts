import type { GroupSpec } from "./group-builder";
import type { Row } from "./types";

/** What a layout asks the model for: sub-groups, and a group's listed notes (counted without sorting when possible). */
export interface LayoutSource {
	children(spec: GroupSpec): GroupSpec[];
	/** How many notes the group lists as rows (the length `notes` would have). */
	noteCount(spec: GroupSpec): number;
	/** The group's listed notes, sorted. */
	notes(spec: GroupSpec): string[];
	/** Row objects for all of the group's notes, cached by the model while its sorted list is unchanged. */
	noteRows(spec: GroupSpec): Row[];
}

/**
 * The visible tree for one expanded set, as segments: a group's own row, or the block of notes an expanded group
 * lists. Each segment knows its first row index, so the row count and any window of rows cost O(visible groups +
 * window), not O(rows): a fully expanded 100k-note vault is laid out without sorting or materialising its notes.
 */
export class RowLayout {
	/** A group row, or the spec whose notes fill the segment. */
	private readonly segs: (Row | GroupSpec)[] = [];
	/** First row index of each segment, ascending; `starts[segs.length]` is the row count. */
	private readonly starts: number[] = [0];
	private readonly groupAt = new Map<string, number>();
	/** Segment index of each expanded group's note block. */
	private readonly notesAt = new Map<string, number>();
	private all: Row[] | null = null;

	constructor(
		top: GroupSpec[],
		expanded: ReadonlySet<string>,
		private readonly src: LayoutSource,
	) {
		this.walk(top, expanded);
	}

	/** Rows of the visible tree. */
	get rowCount(): number {
		return this.starts[this.segs.length];
	}

	/** Rows `start` (inclusive) to `end` (exclusive), clamped to the tree. */
	rowsInRange(start: number, end: number): Row[] {
		const from = Math.max(0, start);
		const to = Math.min(this.rowCount, end);
		const out: Row[] = [];
		if (from >= to) return out;
		if (this.all) return this.all.slice(from, to);
		for (let s = this.segmentAt(from); s < this.segs.length && this.starts[s] < to; s++) {
			const seg = this.segs[s];
			if (isRow(seg)) {
				out.push(seg);
				continue;
			}
			const base = this.starts[s];
			const a = Math.max(from, base) - base;
			const b = Math.min(to, this.starts[s + 1]) - base;
			const paths = this.src.notes(seg);
			const depth = seg.node.depth + 1;
			const parentId = seg.node.id;
			for (let i = a; i < b; i++) out.push({ type: "note", path: paths[i], depth, parentId });
		}
		return out;
	}

	/** Every row, made once per layout (the cached note rows of unchanged groups are reused). */
	rows(): Row[] {
		if (this.all) return this.all;
		const out: Row[] = new Array<Row>(this.rowCount);
		let k = 0;
		for (const seg of this.segs) {
			if (isRow(seg)) out[k++] = seg;
			else {
				const rows = this.src.noteRows(seg);
				for (let i = 0; i < rows.length; i++) out[k++] = rows[i];
			}
		}
		this.all = out;
		return out;
	}

	/** Where a row stands now: a group by id, a note by path within its group; -1 when it is not shown. */
	indexOf(row: Row): number {
		if (row.type === "group") return this.groupAt.get(row.group.id) ?? -1;
		const s = this.notesAt.get(row.parentId);
		if (s === undefined) return -1;
		const seg = this.segs[s] as GroupSpec;
		const at = this.src.notes(seg).indexOf(row.path);
		return at >= 0 ? this.starts[s] + at : -1;
	}

	/** The first row showing a note, in whichever group; -1 when none does. */
	indexOfNote(path: string): number {
		for (let s = 0; s < this.segs.length; s++) {
			const seg = this.segs[s];
			if (isRow(seg)) continue;
			const at = this.src.notes(seg).indexOf(path);
			if (at >= 0) return this.starts[s] + at;
		}
		return -1;
	}

	/** The segment holding row `index` (binary search over the segment starts). */
	private segmentAt(index: number): number {
		let lo = 0;
		let hi = this.segs.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.starts[mid] <= index) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	private walk(specs: GroupSpec[], expanded: ReadonlySet<string>): void {
		for (const spec of specs) {
			const open = expanded.has(spec.node.id);
			this.groupAt.set(spec.node.id, this.starts[this.segs.length]);
			this.push({ type: "group", group: spec.node, expanded: open }, 1);
			if (!open) continue;
			this.walk(this.src.children(spec), expanded);
			if (!spec.list) continue;
			const n = this.src.noteCount(spec);
			if (n === 0) continue;
			this.notesAt.set(spec.node.id, this.segs.length);
			this.push(spec, n);
		}
	}

	private push(seg: Row | GroupSpec, size: number): void {
		this.segs.push(seg);
		this.starts.push(this.starts[this.starts.length - 1] + size);
	}
}

function isRow(seg: Row | GroupSpec): seg is Row {
	return (seg as Row).type !== undefined;
}
