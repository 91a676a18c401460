/**
 * The index's id lists seen as read-only sets of paths, so the explorer and the CLI keep working with paths while
 * the index stores integers. A view is live: it reads its list through `list()` on every call, so a group that
 * holds a view across edits sees the index as it is now.
 */
import type { IdList } from "./id-list";
import { PathSet } from "./path-set";

/** What a view needs from the index: the id of a path, and the path of an id. */
export interface IdTable {
	idOf(path: string): number | undefined;
	pathOf(id: number): string;
}

export class PathView extends PathSet {
	readonly #table: IdTable;
	readonly #list: () => IdList | null;

	constructor(
		table: IdTable,
		list: () => IdList | null,
	) {
		super();
		this.#table = table;
		this.#list = list;
	}

	/** The ids behind the view (null: none), for intersections done on sorted ids instead of hashed paths. */
	idList(): IdList | null {
		return this.#list();
	}

	/** Whether two views number notes the same way (views of one index). */
	sharesIds(other: PathView): boolean {
		return other.#table === this.#table;
	}

	/** The path of an id from this view's index. */
	pathOf(id: number): string {
		return this.#table.pathOf(id);
	}

	get size(): number {
		return this.#list()?.size ?? 0;
	}

	has(path: string): boolean {
		const id = this.#table.idOf(path);
		return id !== undefined && (this.#list()?.has(id) ?? false);
	}

	*values(): SetIterator<string> {
		const list = this.#list();
		if (!list) return;
		// A snapshot of the size: a caller that edits the index mid-iteration gets what was there when it started.
		const n = list.size;
		for (let i = 0; i < n && i < list.size; i++) yield this.#table.pathOf(list.at(i));
	}
}
