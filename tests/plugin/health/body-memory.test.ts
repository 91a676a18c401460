// The body-check memory on a real IndexedDB implementation (fake-indexeddb): kept across reopenings, pending writes
// visible at once, stale versions ignored, the sweep of deleted notes, and soft failure when IndexedDB is missing or
// broken.
import { IDBFactory, IDBObjectStore } from "fake-indexeddb";

import { BODY_CHECK_VERSION, BodyMemory, bodyMemoryName, type IndexedDbScope } from "../../../src/plugin/health/body-memory";
import { keptPaths } from "./kept-bodies";

const VAULT = "Articles";

/** A new, empty IndexedDB for one test, as the window would offer it. */
function freshScope(): IndexedDbScope {
	return { indexedDB: new IDBFactory() };
}

function open(scope: IndexedDbScope): BodyMemory {
	const memory = BodyMemory.open(scope, VAULT);
	if (!memory) throw new Error("expected a memory");
	return memory;
}

/** Closes a memory and waits until its database has taken the last writes. */
async function closed(memory: BodyMemory): Promise<void> {
	await memory.flush();
	memory.close();
}

/** Writes records straight into the vault's database, as an older version of the plugin would have. */
async function writeRaw(scope: IndexedDbScope, records: object[]): Promise<void> {
	const memory = open(scope);
	await memory.lookup(["(opens the database)"]);
	memory.close();
	const db = await new Promise<IDBDatabase>((resolve, reject) => {
		const request = scope.indexedDB!.open(bodyMemoryName(VAULT));
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(new Error(String(request.error)));
	});
	await new Promise<void>((resolve, reject) => {
		const tx = db.transaction("bodies", "readwrite");
		for (const record of records) tx.objectStore("bodies").put(record);
		tx.oncomplete = () => resolve();
		tx.onerror = () => reject(new Error(String(tx.error)));
	});
	db.close();
}

describe("BodyMemory", () => {
	it("keeps what was remembered across a close and a reopening, per vault", async () => {
		const scope = freshScope();
		const first = open(scope);
		first.remember("a.md", { mtime: 100, size: 20, garbled: true });
		first.remember("b.md", { mtime: 200, size: 30, garbled: false });
		await closed(first);
		const again = open(scope);
		expect(await again.lookup(["b.md", "missing.md", "a.md"])).toEqual([
			{ mtime: 200, size: 30, garbled: false },
			undefined,
			{ mtime: 100, size: 20, garbled: true },
		]);
		const otherVault = BodyMemory.open(scope, "Another vault")!;
		expect(await otherVault.lookup(["a.md"])).toEqual([undefined]);
	});

	it("answers from writes not yet sent, the newest for a path winning", async () => {
		const memory = open(freshScope());
		memory.remember("a.md", { mtime: 1, size: 2, garbled: false });
		memory.remember("a.md", { mtime: 5, size: 6, garbled: true });
		memory.remember("b.md", { mtime: 1, size: 2, garbled: false });
		memory.forget("b.md");
		expect(await memory.lookup(["a.md", "b.md"])).toEqual([{ mtime: 5, size: 6, garbled: true }, undefined]);
		await memory.flush();
		expect(await memory.lookup(["a.md", "b.md"])).toEqual([{ mtime: 5, size: 6, garbled: true }, undefined]);
	});

	it("forgets a path for good once the forgetting is written", async () => {
		const scope = freshScope();
		const memory = open(scope);
		memory.remember("a.md", { mtime: 1, size: 2, garbled: true });
		await memory.flush();
		memory.forget("a.md");
		await closed(memory);
		expect(await open(scope).lookup(["a.md"])).toEqual([undefined]);
	});

	it("moves a kept record to a renamed note's new path, written or still waiting", async () => {
		const scope = freshScope();
		const memory = open(scope);
		memory.remember("written.md", { mtime: 1, size: 10, garbled: true });
		await memory.flush();
		memory.remember("waiting.md", { mtime: 2, size: 20, garbled: false });
		memory.move("written.md", "Moved/written.md");
		memory.move("waiting.md", "Moved/waiting.md");
		await closed(memory);
		expect(await keptPaths(scope.indexedDB!, VAULT)).toEqual(["Moved/waiting.md", "Moved/written.md"]);
		expect(await open(scope).lookup(["Moved/written.md", "Moved/waiting.md", "written.md"])).toEqual([
			{ mtime: 1, size: 10, garbled: true },
			{ mtime: 2, size: 20, garbled: false },
			undefined,
		]);
	});

	it("carries a record through renames in a row, in one task or across several", async () => {
		const memory = open(freshScope());
		memory.remember("a.md", { mtime: 1, size: 1, garbled: true });
		memory.remember("x.md", { mtime: 9, size: 9, garbled: false });
		await memory.flush();
		memory.move("a.md", "b.md");
		memory.move("b.md", "c.md");
		memory.move("x.md", "y.md");
		await Promise.resolve();
		memory.move("y.md", "z.md");
		await memory.flush();
		expect(await memory.lookup(["a.md", "b.md", "c.md", "x.md", "y.md", "z.md"])).toEqual([
			undefined,
			undefined,
			{ mtime: 1, size: 1, garbled: true },
			undefined,
			undefined,
			{ mtime: 9, size: 9, garbled: false },
		]);
	});

	it("leaves nothing at the new path when nothing was kept for the old one", async () => {
		const memory = open(freshScope());
		// A record left at the new path by a note that was there before.
		memory.remember("b.md", { mtime: 5, size: 5, garbled: true });
		await memory.flush();
		memory.move("a.md", "b.md");
		await memory.flush();
		expect(await memory.lookup(["a.md", "b.md"])).toEqual([undefined, undefined]);
	});

	it("ignores records made by another version of the check", async () => {
		const scope = freshScope();
		await writeRaw(scope, [
			{ path: "old.md", mtime: 1, size: 2, garbled: true, check: BODY_CHECK_VERSION - 1 },
			{ path: "new.md", mtime: 1, size: 2, garbled: true, check: BODY_CHECK_VERSION },
		]);
		expect(await open(scope).lookup(["old.md", "new.md"])).toEqual([undefined, { mtime: 1, size: 2, garbled: true }]);
	});

	it("writes once 500 records wait, without waiting for the timer", async () => {
		jest.useFakeTimers();
		try {
			const scope = freshScope();
			const memory = open(scope);
			for (let i = 0; i < 499; i++) memory.remember(`n${i}.md`, { mtime: i, size: i, garbled: false });
			await memory.lookup(["(opens the database)"]);
			expect(await keptPaths(scope.indexedDB!, VAULT)).toEqual([]);
			memory.remember("n499.md", { mtime: 499, size: 499, garbled: false });
			// The write is under way: a flush with nothing left waiting resolves at once, so poll the database.
			let kept: string[] = [];
			for (let round = 0; round < 50 && kept.length < 500; round++) {
				await new Promise((resolve) => jest.requireActual<typeof globalThis>("timers").setImmediate(resolve));
				kept = await keptPaths(scope.indexedDB!, VAULT);
			}
			expect(kept).toHaveLength(500);
		} finally {
			jest.useRealTimers();
		}
	});

	it("sends many writes 500 to a transaction, one transaction after the other (a folder of notes renamed)", async () => {
		const scope = freshScope();
		const memory = open(scope);
		for (let i = 0; i < 1200; i++) memory.remember(`n${i}.md`, { mtime: i, size: i, garbled: false });
		await memory.flush();
		const writes = new Map<IDBTransaction, number>();
		const count = function (this: IDBObjectStore) {
			writes.set(this.transaction, (writes.get(this.transaction) ?? 0) + 1);
		};
		const put = IDBObjectStore.prototype.put;
		const del = IDBObjectStore.prototype.delete;
		IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
			count.call(this);
			return put.apply(this, args);
		};
		IDBObjectStore.prototype.delete = function (this: IDBObjectStore, ...args: Parameters<typeof del>) {
			count.call(this);
			return del.apply(this, args);
		};
		try {
			for (let i = 0; i < 1200; i++) memory.move(`n${i}.md`, `Moved/n${i}.md`);
			await memory.flush();
		} finally {
			IDBObjectStore.prototype.put = put;
			IDBObjectStore.prototype.delete = del;
		}
		// 1,200 moves are 2,400 writes: a forget and a remember each.
		expect([...writes.values()]).toEqual([500, 500, 500, 500, 400]);
		const kept = await keptPaths(scope.indexedDB!, VAULT);
		expect(kept).toHaveLength(1200);
		expect(kept.every((path) => path.startsWith("Moved/"))).toBe(true);
	});

	it("answers from writes still being sent, and lands a newer write for a path after an older one", async () => {
		const scope = freshScope();
		const memory = open(scope);
		for (let i = 0; i < 1500; i++) memory.remember(`n${i}.md`, { mtime: i, size: i, garbled: false });
		const first = memory.flush();
		// Once the first batch has landed, the rest is still being sent: a lookup must see it all the same.
		let kept = 0;
		while (kept === 0) {
			await new Promise((resolve) => setTimeout(resolve, 0));
			kept = (await keptPaths(scope.indexedDB!, VAULT)).length;
		}
		expect(kept).toBeLessThan(1500);
		expect(await memory.lookup(["n1499.md"])).toEqual([{ mtime: 1499, size: 1499, garbled: false }]);
		memory.remember("n1499.md", { mtime: 7, size: 7, garbled: true });
		memory.forget("n0.md");
		const second = memory.flush();
		await Promise.all([first, second]);
		await closed(memory);
		expect(await open(scope).lookup(["n1499.md", "n0.md", "n1.md"])).toEqual([{ mtime: 7, size: 7, garbled: true }, undefined, { mtime: 1, size: 1, garbled: false }]);
	});

	it("writes what waits after a second when fewer are waiting", async () => {
		jest.useFakeTimers();
		try {
			const scope = freshScope();
			const memory = open(scope);
			memory.remember("a.md", { mtime: 1, size: 1, garbled: false });
			await memory.lookup(["(opens the database)"]);
			jest.advanceTimersByTime(999);
			expect(await keptPaths(scope.indexedDB!, VAULT)).toEqual([]);
			jest.advanceTimersByTime(1);
			let kept: string[] = [];
			for (let round = 0; round < 50 && kept.length === 0; round++) {
				await new Promise((resolve) => jest.requireActual<typeof globalThis>("timers").setImmediate(resolve));
				kept = await keptPaths(scope.indexedDB!, VAULT);
			}
			expect(kept).toEqual(["a.md"]);
		} finally {
			jest.useRealTimers();
		}
	});

	it("sweeps out the records of paths the vault no longer has, in one walk", async () => {
		const scope = freshScope();
		const memory = open(scope);
		const all = Array.from({ length: 2500 }, (_, i) => `note ${String(i).padStart(4, "0")}.md`);
		for (const path of all) memory.remember(path, { mtime: 1, size: 1, garbled: false });
		await memory.flush();
		const asked: string[] = [];
		await memory.sweep((path) => {
			asked.push(path);
			return !path.endsWith("7.md");
		});
		expect(asked).toEqual(all);
		await memory.flush();
		expect(await keptPaths(scope.indexedDB!, VAULT)).toEqual(all.filter((p) => !p.endsWith("7.md")));
	});

	it("stops sweeping once closed", async () => {
		const scope = freshScope();
		const memory = open(scope);
		for (let i = 0; i < 100; i++) memory.remember(`n${String(i).padStart(3, "0")}.md`, { mtime: 1, size: 1, garbled: false });
		await memory.flush();
		let asked = 0;
		await memory.sweep(() => {
			if (++asked === 10) memory.close();
			return false;
		});
		expect(asked).toBe(10);
		await new Promise((resolve) => setTimeout(resolve, 0));
		// The nine forgotten before the close were written by it; the rest stay.
		expect(await keptPaths(scope.indexedDB!, VAULT)).toHaveLength(91);
	});

	it("sends what waits when closed, and answers or takes nothing after", async () => {
		const scope = freshScope();
		const memory = open(scope);
		memory.remember("a.md", { mtime: 1, size: 1, garbled: true });
		memory.close();
		memory.remember("b.md", { mtime: 1, size: 1, garbled: true });
		expect(await memory.lookup(["a.md"])).toEqual([undefined]);
		let found: unknown[] = [undefined];
		for (let round = 0; round < 50 && found[0] === undefined; round++) {
			await new Promise((resolve) => setTimeout(resolve, 0));
			found = await open(scope).lookup(["a.md"]);
		}
		expect(found).toEqual([{ mtime: 1, size: 1, garbled: true }]);
		expect(await open(scope).lookup(["b.md"])).toEqual([undefined]);
	});

	it("is not made where IndexedDB is missing", () => {
		expect(BodyMemory.open({}, VAULT)).toBeNull();
	});

	it("answers unknown and drops writes when the database will not open", async () => {
		const throwing = { open: () => { throw new DOMException("denied", "SecurityError"); } } as unknown as IDBFactory;
		const failing = {
			open: () => {
				const request = {} as IDBOpenDBRequest & { onerror: (() => void) | null };
				setTimeout(() => request.onerror?.(), 0);
				return request;
			},
		} as unknown as IDBFactory;
		for (const factory of [throwing, failing]) {
			const memory = BodyMemory.open({ indexedDB: factory }, VAULT)!;
			memory.remember("a.md", { mtime: 1, size: 1, garbled: true });
			await memory.flush();
			expect(await memory.lookup(["a.md"])).toEqual([undefined]);
			await expect(memory.sweep(() => false)).resolves.toBeUndefined();
			memory.close();
		}
	});

	it("answers unknown when a read fails, and survives a failed write", async () => {
		const scope = freshScope();
		const memory = open(scope);
		memory.remember("a.md", { mtime: 1, size: 1, garbled: true });
		await memory.flush();
		// A key IndexedDB refuses (not a valid key) makes the read fail: every path asked for is unknown.
		expect(await memory.lookup(["a.md", undefined as unknown as string])).toEqual([undefined, undefined]);
		// A record IndexedDB cannot clone makes the write transaction fail; the memory carries on.
		memory.remember("b.md", { mtime: 1, size: 1, garbled: (() => true) as unknown as boolean });
		await memory.flush();
		expect(await memory.lookup(["a.md", "b.md"])).toEqual([{ mtime: 1, size: 1, garbled: true }, undefined]);
	});
});
