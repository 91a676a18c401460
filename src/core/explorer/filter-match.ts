import type { NoteTable } from "./note-table";

/**
 * The notes a filter keeps, as one byte per slot of the note table: made and narrowed without hashing a path, and
 * counted over in plain loops (`flagged`). It reads like a set of paths (`has`, `size`, iteration in slot order) and
 * is patched path by path after edits (`add`, `delete`). Valid while the table keeps its slot numbers (`current`).
 */
export class FilterMatch implements ReadonlySet<string> {
	private flags: Uint8Array;
	private n = 0;
	readonly epoch: number;

	constructor(private readonly table: NoteTable) {
		this.flags = new Uint8Array(table.length);
		this.epoch = table.epoch;
	}

	/** Whether the table still numbers its slots as when this match was made. */
	get current(): boolean {
		return this.epoch === this.table.epoch;
	}

	get size(): number {
		return this.n;
	}

	/** One byte per slot, 1 when matched (a dead slot may still be 1: check the table's `alive` too); for hot loops. */
	get bytes(): Uint8Array {
		return this.flags;
	}

	/** Marks a slot (when filling the match). */
	mark(s: number): void {
		if (this.flags[s] === 0) {
			this.flags[s] = 1;
			this.n++;
		}
	}

	/** Whether a slot is in the match and still holds a note. */
	flagged(s: number): boolean {
		return s < this.flags.length && this.flags[s] === 1 && this.table.alive[s] === 1;
	}

	has(path: string): boolean {
		const s = this.table.slot.get(path);
		return s !== undefined && this.flagged(s);
	}

	add(path: string): void {
		const s = this.table.slot.get(path);
		if (s === undefined) return;
		if (s >= this.flags.length) {
			const grown = new Uint8Array(Math.max(this.table.length, this.flags.length * 2));
			grown.set(this.flags);
			this.flags = grown;
		}
		this.mark(s);
	}

	delete(path: string): void {
		const s = this.table.slot.get(path);
		if (s === undefined || s >= this.flags.length || this.flags[s] === 0) return;
		this.flags[s] = 0;
		this.n--;
	}

	// Set's iterators are typed SetIterator; a generator satisfies that type.
	values(): SetIterator<string> {
		return this.walk();
	}

	keys(): SetIterator<string> {
		return this.walk();
	}

	entries(): SetIterator<[string, string]> {
		return this.pairs();
	}

	[Symbol.iterator](): SetIterator<string> {
		return this.walk();
	}

	forEach(fn: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
		for (const p of this.walk()) fn.call(thisArg, p, p, this);
	}

	private *walk(): Generator<string> {
		const end = Math.min(this.flags.length, this.table.length);
		for (let s = 0; s < end; s++) if (this.flagged(s)) yield this.table.paths[s];
	}

	private *pairs(): Generator<[string, string]> {
		for (const p of this.walk()) yield [p, p];
	}

	/** The slots in the match, in order (a fresh list). */
	slots(): number[] {
		const out: number[] = [];
		const end = Math.min(this.flags.length, this.table.length);
		for (let s = 0; s < end; s++) if (this.flagged(s)) out.push(s);
		return out;
	}
}
