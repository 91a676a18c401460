import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { haystack, ownTagKeys, withParents } from "./article-keys";
import { cached } from "../maps";
import { grown } from "../typed-arrays";

/** Dead slots tolerated before the table is compacted (and every filter match made on it is dropped). */
const MAX_DEAD = 4096;

/**
 * Every indexed note in a numbered slot, beside its folded haystack, article and grouping-tag ids, kept in step with
 * the index through its change events. A filter scans the haystacks in a plain loop and marks matching slots in a
 * byte array (no path is hashed), and counts tags with integer ids. A note keeps its slot while it exists; a removed
 * note's slot stays reserved for its path (so a match can still unmark it) until enough are dead to compact, which
 * bumps `epoch`.
 */
export class NoteTable {
	/** Path of each slot, also for dead slots. */
	paths!: string[];
	/** Folded title, tags and types of each live slot ("" when dead). */
	hays!: string[];
	articles!: (Article | undefined)[];
	/** 1 for a live slot. */
	alive!: Uint8Array;
	slot!: Map<string, number>;
	live!: number;
	// The public fields are set in the constructor, not where declared: an initialiser here would make esbuild move
	// the private fields' initialisers into the constructor as well (useDefineForClassFields is off).
	/** Changes when slots are renumbered. */
	epoch: number;
	/** Integer ids of tag keys, for counting in typed arrays; only grows. */
	readonly keyId: Map<string, number>;
	/** The index's note id of each live slot, as of the index's `renumbered` count `#idsAt`. */
	#ids!: (number | undefined)[];
	#idsAt: number;
	#ownIds!: (readonly number[] | undefined)[];
	#nestedIds!: (readonly number[] | undefined)[];

	/** The index's notes when the table was made, filed by `fill` from `#next` on; changes come by the listener. */
	readonly #todo: Article[];
	#next = 0;

	constructor(readonly index: ArticleIndex) {
		this.epoch = 0;
		this.keyId = new Map();
		this.#idsAt = index.renumbered;
		this.#clear(1024);
		this.#todo = [...index.articles()];
		index.onChange((c) => {
			if (c.kind === "rename") this.#drop(c.oldPath);
			const now = index.get(c.path);
			if (now) this.#put(now);
			else this.#drop(c.path);
		});
	}

	/**
	 * Files the notes still to do, with their tag ids, while `more()` says so (asked every 256 notes); true once all
	 * are in. A note changed, renamed or deleted since the table was made is skipped: the change listener filed it.
	 */
	fill(more = (): boolean => true): boolean {
		const todo = this.#todo;
		while (this.#next < todo.length) {
			const a = todo[this.#next++];
			if (this.index.get(a.path) === a && !this.slot.has(a.path)) {
				const s = this.#put(a);
				this.tagIds(s, false);
				this.tagIds(s, true);
			}
			if ((this.#next & 255) === 0 && !more()) return false;
		}
		todo.length = 0;
		return true;
	}

	/** Slots in use (live or dead); slot numbers are below this. */
	get length(): number {
		return this.paths.length;
	}

	/** The grouping tag ids of a live slot, in no particular order: its own tags, or with `nested` also their parents. */
	tagIds(s: number, nested: boolean): readonly number[] {
		const cache = nested ? this.#nestedIds : this.#ownIds;
		let ids = cache[s];
		if (!ids) {
			const a = this.articles[s] as Article;
			// made anew, not through the key cache: a table of every note would keep 100k such lists alive (~38 MB)
			const own = ownTagKeys(this.index, a);
			const keys = nested ? withParents(own) : own;
			// a note whose tags add no parent (none nested, or each parent tagged too) has the same keys both ways,
			// only perhaps in another order, which counting ignores: one array serves both
			ids = nested && keys.length === own.length ? this.tagIds(s, false) : keys.map((k) => this.#idOf(k));
			cache[s] = ids;
		}
		return ids;
	}

	/**
	 * The index's note id of a live slot, so a filter's matches become ids without hashing a path per note; read
	 * again for every slot (once) after the index renumbered its notes.
	 */
	idAt(s: number): number | undefined {
		const index = this.index;
		if (this.#idsAt !== index.renumbered) {
			this.#idsAt = index.renumbered;
			for (let t = 0; t < this.paths.length; t++) if (this.alive[t] === 1) this.#ids[t] = index.idOf(this.paths[t]);
		}
		return this.#ids[s];
	}

	#idOf(key: string): number {
		return cached(this.keyId, key, () => this.keyId.size);
	}

	#put(a: Article): number {
		let s = this.slot.get(a.path);
		if (s === undefined) {
			s = this.paths.length;
			this.slot.set(a.path, s);
			this.paths.push(a.path);
			this.hays.push("");
			this.articles.push(undefined);
			this.#ownIds.push(undefined);
			this.#nestedIds.push(undefined);
			if (s >= this.alive.length) this.alive = grown(this.alive, s + 1);
		}
		this.hays[s] = haystack(this.index, a);
		this.articles[s] = a;
		this.#ids[s] = this.index.idOf(a.path);
		this.#forgetIds(s);
		if (this.alive[s] === 0) {
			this.alive[s] = 1;
			this.live++;
		}
		return s;
	}

	#forgetIds(s: number): void {
		this.#ownIds[s] = undefined;
		this.#nestedIds[s] = undefined;
	}

	#drop(path: string): void {
		const s = this.slot.get(path);
		if (s === undefined || this.alive[s] === 0) return;
		this.alive[s] = 0;
		this.live--;
		this.hays[s] = "";
		this.articles[s] = undefined;
		this.#forgetIds(s);
		const dead = this.paths.length - this.live;
		if (dead > MAX_DEAD && dead > this.live) this.#compact();
	}

	/** Renumbers the live notes from 0, in slot order (their haystacks made again). */
	#compact(): void {
		const live = this.articles.filter((a) => a !== undefined);
		this.#clear(this.alive.length);
		for (const a of live) this.#put(a);
		this.epoch++;
	}

	/** Empties every slot, with room for `capacity` of them before `alive` grows. */
	#clear(capacity: number): void {
		this.paths = [];
		this.hays = [];
		this.articles = [];
		this.#ids = [];
		this.#ownIds = [];
		this.#nestedIds = [];
		this.slot = new Map();
		this.alive = new Uint8Array(capacity);
		this.live = 0;
	}
}

const tables = new WeakMap<ArticleIndex, NoteTable>();

/**
 * Fills the shared note table of an index (made on first use) while `more()` says so; true once it is full. The view
 * calls it in idle time after start-up, as filling it costs about a second at 100k notes, which the first filter
 * keystroke would otherwise wait for.
 */
export const warmFilter = (index: ArticleIndex, more?: () => boolean): boolean => cached(tables, index, (i) => new NoteTable(i)).fill(more);

/** The shared note table of an index, full. */
export const noteTable = (index: ArticleIndex): NoteTable => (warmFilter(index), tables.get(index)!);
