/**
 * What the garbled-text check learned about each note's body, kept across restarts in this device's IndexedDB, so a
 * start reads only the notes that changed since the last one instead of the whole vault.
 *
 * A record holds the note's path, its `stat.mtime` and `stat.size` when it was read, the answer, and the version of
 * the check that gave it; it is trusted only while all four still match. IndexedDB is per device and is not synced,
 * so one device's records never meet another's files. Two vaults with the same name on one device share a database;
 * since a record applies only to a note with the same path, mtime and size, they cost each other re-reads, not wrong
 * answers (short of two different texts of equal size saved in the same millisecond). Everything here fails soft: with no IndexedDB, a database
 * that will not open, or a request that fails, lookups answer "unknown" (the note is read, as without memory) and
 * writes are dropped.
 */

import { cancelLater, later } from "../timers";
import { isString } from "../../core/type-checks";

/** What a note looked like when its body was read, and what the check found. */
export interface BodyStamp {
	mtime: number;
	size: number;
	garbled: boolean;
}

interface BodyRecord extends BodyStamp {
	path: string;
	check: number;
}

/**
 * Bump when `bodyHasMojibake` changes what it finds: older records are then ignored, and replaced as notes are
 * read again.
 */
export const BODY_CHECK_VERSION = 1;
const STORE = "bodies";
/** Writes wait this long to be sent, unless WRITE_BATCH of them are waiting. */
const WRITE_DELAY_MS = 1000;
/**
 * Writes sent per transaction, one transaction after the other: a folder of 100,000 notes renamed makes 200,000
 * writes, and Chromium spends about 20 µs on each delete, so sent at once they blocked the app for 2 s.
 */
const WRITE_BATCH = 500;

/** The database for a vault: one per vault name on this device. */
export const bodyMemoryName = (vaultName: string): string => `article-desk-body-checks/${vaultName}`;

const stampOf = (record: BodyRecord | null | undefined): BodyStamp | undefined =>
	record ? { mtime: record.mtime, size: record.size, garbled: record.garbled } : undefined;

/** A request's result, or undefined when it fails: a failed lookup leaves the note unknown. */
const resultOf = <T>(request: IDBRequest<T>): Promise<T | undefined> =>
	new Promise((resolve) => {
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => resolve(undefined);
	});

/** The records' store, in a new transaction of its own. */
const recordStore = (db: IDBDatabase, mode: IDBTransactionMode): IDBObjectStore =>
	db.transaction(STORE, mode).objectStore(STORE);

const openDatabase = (factory: IDBFactory, name: string): Promise<IDBDatabase | null> =>
	new Promise((resolve) => {
		let request: IDBOpenDBRequest;
		try {
			request = factory.open(name, 1);
		} catch {
			resolve(null);
			return;
		}
		request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: "path" });
		request.onsuccess = () => {
			const db = request.result;
			// Another window upgrading or deleting the database: let it, and stop using ours.
			db.onversionchange = () => db.close();
			resolve(db);
		};
		request.onerror = () => resolve(null);
		request.onblocked = () => resolve(null);
	});

/** Where IndexedDB lives: the window in Obsidian; tests hand in another implementation. */
export interface IndexedDbScope {
	indexedDB?: IDBFactory;
}

export class BodyMemory {
	readonly #db: Promise<IDBDatabase | null>;
	/** Writes not yet sent: a record to put, or null to delete. The newest for a path wins. */
	readonly #pending = new Map<string, BodyRecord | null>();
	/** The timer of the next write; 0 when none is set. */
	#timer = 0;
	#closed = false;
	/** Renames waiting to be applied, in order. */
	#moves: [from: string, to: string][] = [];
	#moving: Promise<void> = Promise.resolve();

	private constructor(db: Promise<IDBDatabase | null>) {
		this.#db = db;
	}

	/** Opens the vault's memory; null where IndexedDB is missing (the caller then reads every note, as before). */
	static open(scope: IndexedDbScope, vaultName: string): BodyMemory | null {
		return scope.indexedDB ? new BodyMemory(openDatabase(scope.indexedDB, bodyMemoryName(vaultName))) : null;
	}

	/** The stamps kept for `paths`, in order; undefined where none is kept, or it is from another version of the check. */
	async lookup(paths: readonly string[]): Promise<(BodyStamp | undefined)[]> {
		const found: (BodyStamp | undefined)[] = new Array<BodyStamp | undefined>(paths.length);
		if (this.#closed) return found;
		const asked: number[] = [];
		for (let i = 0; i < paths.length; i++) {
			const pending = this.#pending.get(paths[i]);
			if (pending !== undefined) found[i] = stampOf(pending);
			else asked.push(i);
		}
		const db = asked.length > 0 ? await this.#db : null;
		if (!db) return found;
		try {
			const store = recordStore(db, "readonly");
			const records = await Promise.all(asked.map((i) => resultOf(store.get(paths[i]) as IDBRequest<BodyRecord | undefined>)));
			for (let k = 0; k < asked.length; k++) {
				const record = records[k];
				const i = asked[k];
				// A write made while the lookup ran is newer than what it read.
				const pending = this.#pending.get(paths[i]);
				found[i] = pending !== undefined ? stampOf(pending) : record?.check === BODY_CHECK_VERSION ? stampOf(record) : undefined;
			}
		} catch {
			// Unreadable: every note asked for is read again.
		}
		return found;
	}

	/** Keeps what a read of `path` found. */
	remember(path: string, stamp: BodyStamp): void {
		this.#queue(path, { ...stamp, path, check: BODY_CHECK_VERSION });
	}

	/** Drops what is kept for `path` (the note was deleted, or renamed while it was being checked). */
	forget(path: string): void {
		this.#queue(path, null);
	}

	/**
	 * Follows a rename: what is kept for `from` is kept for `to` instead, with its stamp, since a rename leaves the
	 * text alone. Moves made in one task (a folder renamed) are looked up together. A move can never give a wrong
	 * answer: a moved stamp that no longer fits the file is a miss, and the note is read. Moves still being looked
	 * up when the memory closes are dropped: those notes are read at the next start.
	 */
	move(from: string, to: string): void {
		if (this.#closed) return;
		// Batches run one after another, so a note renamed again before its first move landed still carries its record.
		if (this.#moves.length === 0) this.#moving = this.#moving.then(() => this.#applyMoves());
		this.#moves.push([from, to]);
	}

	/**
	 * Forgets the records of paths `keep` rejects: notes deleted while the app was closed. One walk over the kept
	 * paths, a cursor step per task; it ends early if the memory is closed, and resolves when done or failed.
	 */
	sweep(keep: (path: string) => boolean): Promise<void> {
		return this.#db.then(
			(db) =>
				new Promise<void>((resolve) => {
					if (!db || this.#closed) return resolve();
					try {
						const walk = recordStore(db, "readonly").openKeyCursor();
						walk.onsuccess = () => {
							const cursor = walk.result;
							if (!cursor || this.#closed) return resolve();
							if (isString(cursor.key) && !keep(cursor.key)) this.forget(cursor.key);
							cursor.continue();
						};
						walk.onerror = () => resolve();
					} catch {
						resolve();
					}
				}),
		);
	}

	/**
	 * Sends the waiting writes now, once the renames made so far are applied: WRITE_BATCH to a transaction, the next
	 * batch once one has landed; resolves when none is left waiting. A write waits in #pending until its batch is
	 * sent (lookups see it there), and IndexedDB runs transactions in the order they were made, so a newer write for
	 * a path always lands after an older one.
	 */
	async flush(): Promise<void> {
		await this.#moving;
		cancelLater(this.#timer);
		this.#timer = 0;
		const db = await this.#db;
		const pending = this.#pending;
		if (!db) {
			pending.clear();
			return;
		}
		if (pending.size === 0) return;
		const batch: [string, BodyRecord | null][] = [];
		for (const write of pending) if (batch.push(write) === WRITE_BATCH) break;
		try {
			const store = recordStore(db, "readwrite");
			const tx = store.transaction;
			for (const [path, record] of batch) {
				pending.delete(path);
				if (record) store.put(record);
				else store.delete(path);
			}
			// Aborted (full, or a record that cannot be stored): these notes are read again at the next start.
			await new Promise<void>((resolve) => (tx.oncomplete = tx.onabort = () => resolve()));
		} catch {
			// The database is closing or gone: the same, for all that waits.
			pending.clear();
		}
		return this.flush();
	}

	/** Sends what is waiting and closes the database (the plugin unloads); later calls do nothing. */
	close(): void {
		if (this.#closed) return;
		const flushed = this.flush();
		this.#closed = true;
		// IndexedDB closes a database once its running transactions end, so the last writes still land.
		void flushed.then(() => this.#db).then((db) => db?.close());
	}

	/**
	 * Applies the renames made so far, in order. A note checked under its new path while its move was looked up gets
	 * the moved (older) stamp: that costs a read at the next start, never a wrong answer.
	 */
	async #applyMoves(): Promise<void> {
		const moves = this.#moves;
		this.#moves = [];
		const stamps = await this.lookup(moves.map(([from]) => from));
		moves.forEach(([from, to], i) => {
			// An earlier move of this batch may have carried a record to `from`: a note renamed twice (a→b→c).
			const stamp = this.#pending.has(from) ? this.#pending.get(from) : stamps[i];
			this.forget(from);
			if (stamp) this.remember(to, stamp);
			else this.forget(to);
		});
	}

	#queue(path: string, record: BodyRecord | null): void {
		if (this.#closed) return;
		this.#pending.set(path, record);
		// Once per batch: a flush goes on, batch after batch, until nothing waits.
		if (this.#pending.size === WRITE_BATCH) void this.flush();
		else this.#timer ||= later(() => void this.flush(), WRITE_DELAY_MS);
	}
}
