import type { ArticleIndex } from "../articles/article-index";
import { PathSet } from "../articles/path-set";
import type { NoteTable } from "./note-table";
import { grown } from "../typed-arrays";

/**
 * The notes a filter keeps, as one byte per slot of the note table: made and narrowed without hashing a path, and
 * counted over in plain loops (`flagged`). It reads like a set of paths (`has`, `size`, iteration in slot order) and
 * is patched path by path after edits (`add`, `delete`). Valid while the table keeps its slot numbers (`current`).
 */
export class FilterMatch extends PathSet {
	#flags: Uint8Array;
	#n = 0;
	/** The flags by index note id, and the index version they were made at (ids move when the index compacts). */
	#byId: { flags: Uint8Array; version: number } | null = null;
	readonly epoch: number;

	readonly #table: NoteTable;

	constructor(table: NoteTable) {
		super();
		this.#table = table;
		this.#flags = new Uint8Array(table.length);
		this.epoch = table.epoch;
	}

	/** The index the match's table follows. */
	get index(): ArticleIndex {
		return this.#table.index;
	}

	/** Whether the table still numbers its slots as when this match was made. */
	get current(): boolean {
		return this.epoch === this.#table.epoch;
	}

	get size(): number {
		return this.#n;
	}

	/** One byte per slot, 1 when matched (a dead slot may still be 1: check the table's `alive` too); for hot loops. */
	get bytes(): Uint8Array {
		return this.#flags;
	}

	/**
	 * One byte per index note id, 1 when matched, so intersections with the index's id lists test a byte instead of
	 * hashing a path per note; made on first use (O(matches)) and again after any index edit.
	 */
	idFlags(): Uint8Array {
		const index = this.#table.index;
		if (this.#byId && this.#byId.version === index.version) return this.#byId.flags;
		const ids: number[] = [];
		let top = 0;
		const end = Math.min(this.#flags.length, this.#table.length);
		for (let s = 0; s < end; s++) {
			if (!this.flagged(s)) continue;
			const id = this.#table.idAt(s);
			if (id === undefined) continue;
			ids.push(id);
			if (id >= top) top = id + 1;
		}
		const flags = new Uint8Array(top);
		for (let i = 0; i < ids.length; i++) flags[ids[i]] = 1;
		this.#byId = { flags, version: index.version };
		return flags;
	}

	/** Marks a slot (when filling the match). */
	mark(s: number): void {
		if (this.#flags[s] === 0) {
			this.#flags[s] = 1;
			this.#n++;
			this.#byId = null;
		}
	}

	/** Whether a slot is in the match and still holds a note. */
	flagged(s: number): boolean {
		return s < this.#flags.length && this.#flags[s] === 1 && this.#table.alive[s] === 1;
	}

	has(path: string): boolean {
		const s = this.#table.slot.get(path);
		return s !== undefined && this.flagged(s);
	}

	/** Whether the path's slot is flagged, even when its note has just left: what the match said before an edit. */
	marked(path: string): boolean {
		const s = this.#table.slot.get(path);
		return s !== undefined && s < this.#flags.length && this.#flags[s] === 1;
	}

	add(path: string): void {
		const s = this.#table.slot.get(path);
		if (s === undefined) return;
		if (s >= this.#flags.length) this.#flags = grown(this.#flags, this.#table.length);
		this.mark(s);
	}

	delete(path: string): void {
		const s = this.#table.slot.get(path);
		if (s === undefined || s >= this.#flags.length || this.#flags[s] === 0) return;
		this.#flags[s] = 0;
		this.#n--;
		this.#byId = null;
	}

	*values(): SetIterator<string> {
		const end = Math.min(this.#flags.length, this.#table.length);
		for (let s = 0; s < end; s++) if (this.flagged(s)) yield this.#table.paths[s];
	}
}
