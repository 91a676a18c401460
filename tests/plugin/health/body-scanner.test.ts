// The lazy body check: idle-time batches at start-up, at once for a changed note, stale reads ignored.
import type { TFile, Vault } from "obsidian";

import { IDBFactory } from "fake-indexeddb";

import { BodyMemory, type IndexedDbScope } from "../../../src/plugin/health/body-memory";
import { BodyScanner } from "../../../src/plugin/health/body-scanner";
import { keptPaths } from "./kept-bodies";

const GARBLED = "Itâ€™s garbled.";
const CLEAN = "It’s fine.";

/** A vault whose reads resolve only when the test says so. */
class SlowVault {
	readonly pending = new Map<string, ((text: string) => void)[]>();
	readonly reads: string[] = [];

	cachedRead(file: TFile): Promise<string> {
		this.reads.push(file.path);
		return new Promise((resolve) => {
			const list = this.pending.get(file.path) ?? [];
			list.push(resolve);
			this.pending.set(file.path, list);
		});
	}

	/** Resolves the oldest pending read of a path. */
	answer(path: string, text: string): void {
		this.pending.get(path)!.shift()!(text);
	}

	/** Resolves the newest pending read of a path. */
	answerLatest(path: string, text: string): void {
		this.pending.get(path)!.pop()!(text);
	}
}

const tfile = (path: string) => ({ path, stat: { ctime: 0, mtime: 0, size: 0 } }) as TFile;
const microtasks = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The window's idle-callback slots, loosely typed so a test can install and remove its own. */
const slots = window as unknown as Record<string, unknown>;

describe("BodyScanner", () => {
	let idle: (() => void)[];
	beforeEach(() => {
		idle = [];
		slots.requestIdleCallback = (cb: () => void) => idle.push(cb);
		slots.cancelIdleCallback = () => undefined;
	});
	afterEach(() => {
		delete slots.requestIdleCallback;
		delete slots.cancelIdleCallback;
	});

	it("reads nothing when notes are queued, then 25 per idle slot", async () => {
		const vault = new SlowVault();
		const scanner = new BodyScanner(vault as unknown as Vault, () => undefined);
		scanner.enqueue(Array.from({ length: 60 }, (_, i) => tfile(`n${i}.md`)));
		expect(vault.reads).toHaveLength(0);
		expect(idle).toHaveLength(1);
		idle.shift()!();
		expect(vault.reads).toHaveLength(25);
		for (const path of vault.reads) vault.answer(path, CLEAN);
		await microtasks();
		expect(idle).toHaveLength(1); // the next slot is asked for only once this batch is done
		idle.shift()!();
		expect(vault.reads).toHaveLength(50);
	});

	it("reports a garbled body once, and again when it is clean", async () => {
		const vault = new SlowVault();
		const changed: string[] = [];
		const scanner = new BodyScanner(vault as unknown as Vault, (f) => changed.push(f.path));
		scanner.check(tfile("a.md"));
		vault.answer("a.md", `---\ntitle: x\n---\n${GARBLED}`);
		await microtasks();
		expect(scanner.has("a.md")).toBe(true);
		scanner.check(tfile("a.md"));
		vault.answer("a.md", `Still ${GARBLED}`);
		await microtasks();
		scanner.check(tfile("a.md"));
		vault.answer("a.md", CLEAN);
		await microtasks();
		expect(scanner.has("a.md")).toBe(false);
		expect(changed).toEqual(["a.md", "a.md"]);
	});

	it("ignores a read that finishes after a newer one was started", async () => {
		const vault = new SlowVault();
		const scanner = new BodyScanner(vault as unknown as Vault, () => undefined);
		const file = tfile("a.md");
		scanner.check(file); // reads the old, garbled text…
		scanner.check(file); // …the note changed again and was fixed; this read finishes first
		vault.answerLatest("a.md", CLEAN);
		await microtasks();
		vault.answer("a.md", GARBLED);
		await microtasks();
		expect(scanner.has("a.md")).toBe(false);
	});

	it("skips a queued note that was checked since, or deleted", async () => {
		const vault = new SlowVault();
		const scanner = new BodyScanner(vault as unknown as Vault, () => undefined);
		scanner.enqueue([tfile("a.md"), tfile("b.md"), tfile("c.md")]);
		scanner.check(tfile("a.md"));
		scanner.forget("b.md");
		idle.shift()!();
		expect(vault.reads).toEqual(["a.md", "c.md"]);
	});

	it("reports nothing after stop, and asks for no more idle time", async () => {
		const vault = new SlowVault();
		const changed: string[] = [];
		const scanner = new BodyScanner(vault as unknown as Vault, (f) => changed.push(f.path));
		scanner.check(tfile("a.md"));
		scanner.enqueue([tfile("b.md")]);
		scanner.stop();
		vault.answer("a.md", GARBLED);
		await microtasks();
		expect(changed).toEqual([]);
		scanner.enqueue([tfile("c.md")]);
		expect(idle).toHaveLength(1); // the slot asked for before stop; running it does nothing
		idle.shift()!();
		expect(vault.reads).toEqual(["a.md"]);
	});
});

/** Notes with text and a stat, read at once; counts every read. */
class StampedVault {
	readonly files = new Map<string, { file: TFile; text: string }>();
	reads: string[] = [];
	#clock = 1000;

	write(path: string, text: string): TFile {
		const entry = this.files.get(path);
		const file = entry?.file ?? ({ path } as TFile);
		file.stat = { ctime: 0, mtime: ++this.#clock, size: Buffer.byteLength(text) };
		this.files.set(path, { file, text });
		return file;
	}

	rename(oldPath: string, newPath: string): TFile {
		const entry = this.files.get(oldPath)!;
		this.files.delete(oldPath);
		entry.file.path = newPath;
		this.files.set(newPath, entry);
		return entry.file;
	}

	all(): TFile[] {
		return [...this.files.values()].map((e) => e.file);
	}

	cachedRead(file: TFile): Promise<string> {
		this.reads.push(file.path);
		const entry = this.files.get(file.path);
		return entry ? Promise.resolve(entry.text) : Promise.reject(new Error("gone"));
	}
}

describe("BodyScanner with a memory", () => {
	let scope: IndexedDbScope;
	let vault: StampedVault;
	let running: { scanner: BodyScanner; memory: BodyMemory }[];

	beforeEach(() => {
		scope = { indexedDB: new IDBFactory() };
		vault = new StampedVault();
		running = [];
		slots.requestIdleCallback = (cb: () => void) => setTimeout(cb, 0);
		slots.cancelIdleCallback = (handle: number) => clearTimeout(handle);
	});
	afterEach(async () => {
		for (const { scanner, memory } of running) {
			scanner.stop();
			await memory.flush();
			memory.close();
		}
		delete slots.requestIdleCallback;
		delete slots.cancelIdleCallback;
	});

	/** A scanner as the plugin starts one: over the vault, with the vault's memory, every note queued. */
	function start(changed: string[] = []): BodyScanner {
		const memory = BodyMemory.open(scope, "Vault")!;
		const scanner = new BodyScanner(vault as unknown as Vault, (f) => changed.push(f.path));
		scanner.useMemory(memory);
		running.push({ scanner, memory });
		scanner.enqueue(vault.all());
		return scanner;
	}

	/** Stops the last scanner and lets its memory write, as the plugin does when it unloads. */
	async function restart(): Promise<void> {
		const { scanner, memory } = running.pop()!;
		scanner.stop();
		await memory.flush();
		memory.close();
		vault.reads = [];
	}

	/** Restarts, then starts a scanner again and waits until it has accounted for every note. */
	async function startAgain(changed: string[] = []): Promise<BodyScanner> {
		await restart();
		const again = start(changed);
		await again.idle();
		return again;
	}

	it("reads every note on the first start, and on the next only the new and changed ones", async () => {
		for (let i = 0; i < 300; i++) vault.write(`n${i}.md`, i % 100 === 7 ? GARBLED : CLEAN);
		await start().idle();
		expect(vault.reads).toHaveLength(300);
		await restart();

		vault.write("n1.md", GARBLED); // changed while the app was closed
		vault.write("n8.md", "Longer, clean text now."); // n7's neighbour: changed, still clean
		vault.write("new.md", CLEAN);
		const changed: string[] = [];
		const again = start(changed);
		await again.idle();
		expect(vault.reads.sort()).toEqual(["n1.md", "n8.md", "new.md"]);
		// Garbled notes known from the last start are reported without a read, with the newly garbled one.
		expect(changed.sort()).toEqual(["n1.md", "n107.md", "n207.md", "n7.md"]);
		for (const path of ["n1.md", "n7.md", "n107.md", "n207.md"]) expect(again.has(path)).toBe(true);
		expect(again.has("n8.md")).toBe(false);
	});

	it("reads a note again when its size changed but its mtime did not", async () => {
		const file = vault.write("a.md", CLEAN);
		await start().idle();
		await restart();
		vault.files.set("a.md", { file, text: GARBLED });
		file.stat = { ...file.stat, size: file.stat.size + 1 };
		const again = start();
		await again.idle();
		expect(vault.reads).toEqual(["a.md"]);
		expect(again.has("a.md")).toBe(true);
	});

	it("keeps the answer of a note checked because it changed", async () => {
		const file = vault.write("a.md", CLEAN);
		const first = start();
		await first.idle();
		vault.write("a.md", GARBLED);
		first.check(file);
		await first.idle();
		await new Promise((resolve) => setTimeout(resolve, 0));
		const again = await startAgain();
		expect(vault.reads).toEqual([]);
		expect(again.has("a.md")).toBe(true);
	});

	it("takes a note's newer check over its kept answer looked up meanwhile", async () => {
		const file = vault.write("a.md", GARBLED);
		await start().idle();
		await restart();
		// Same stamp as kept, so the lookup says garbled; the note changes while it runs, and its check reads the
		// fixed text.
		vault.files.set("a.md", { file, text: CLEAN });
		const memory = BodyMemory.open(scope, "Vault")!;
		const lookup = memory.lookup.bind(memory);
		const scanner = new BodyScanner(vault as unknown as Vault, () => undefined);
		let looked: string[] = [];
		memory.lookup = async (paths) => {
			const stamps = await lookup(paths);
			looked = [...paths];
			scanner.check(file);
			return stamps;
		};
		scanner.useMemory(memory);
		running.push({ scanner, memory });
		scanner.enqueue([file]);
		await scanner.idle();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(looked).toEqual(["a.md"]);
		expect(vault.reads).toEqual(["a.md"]);
		expect(scanner.has("a.md")).toBe(false);
	});

	it("moves an answer with a renamed note and keeps it under the new path only", async () => {
		vault.write("a.md", GARBLED);
		const first = start();
		await first.idle();
		const file = vault.rename("a.md", "b.md");
		first.rename("a.md", file);
		expect(first.has("b.md")).toBe(true);
		expect(first.has("a.md")).toBe(false);
		await first.idle();
		expect(vault.reads).toEqual(["a.md"]); // the record moved: no second read
		const again = await startAgain();
		expect(vault.reads).toEqual([]);
		expect(again.has("b.md")).toBe(true);
		expect(await running[0].memory.lookup(["a.md"])).toEqual([undefined]);
	});

	it("moves the records of a renamed folder without reading its notes, now or at the next start", async () => {
		for (let i = 0; i < 200; i++) vault.write(`Drafts/n${i}.md`, i % 50 === 3 ? GARBLED : CLEAN);
		const first = start();
		await first.idle();
		vault.reads = [];
		for (let i = 0; i < 200; i++) first.rename(`Drafts/n${i}.md`, vault.rename(`Drafts/n${i}.md`, `Published/n${i}.md`));
		await first.idle();
		expect(vault.reads).toEqual([]);
		const changed: string[] = [];
		await startAgain(changed);
		expect(vault.reads).toEqual([]);
		expect(changed.sort()).toEqual(["Published/n103.md", "Published/n153.md", "Published/n3.md", "Published/n53.md"]);
		const kept = await keptPaths(scope.indexedDB!, "Vault");
		expect(kept).toHaveLength(200);
		expect(kept.every((path) => path.startsWith("Published/"))).toBe(true);
	});

	it("reads a note renamed after it changed on disk, as its moved stamp no longer fits", async () => {
		const file = vault.write("a.md", CLEAN);
		const first = start();
		await first.idle();
		// Changed without an event reaching the scanner (another device synced it while the app was closed), then renamed.
		vault.write("a.md", GARBLED);
		first.rename("a.md", vault.rename("a.md", "b.md"));
		await first.idle();
		const again = await startAgain();
		expect(vault.reads).toEqual(["b.md"]);
		expect(again.has("b.md")).toBe(true);
		expect(file.path).toBe("b.md");
	});

	it("never takes a renamed note that changed at once for its old answer", async () => {
		vault.write("a.md", CLEAN);
		const first = start();
		await first.idle();
		const file = vault.rename("a.md", "b.md");
		first.rename("a.md", file);
		// Edited under its new name before the move was applied: its check and the moved stamp race.
		vault.write("b.md", GARBLED);
		first.check(file);
		await first.idle();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(first.has("b.md")).toBe(true);
		const again = await startAgain();
		expect(again.has("b.md")).toBe(true);
		expect(vault.reads.length).toBeLessThanOrEqual(1);
	});

	it("checks a note again under its new name when it was renamed while being read", async () => {
		const file = vault.write("a.md", CLEAN);
		const first = start();
		await first.idle();
		vault.reads = [];
		vault.write("a.md", GARBLED);
		first.check(file); // the read of a.md starts; the rename drops its answer
		first.rename("a.md", vault.rename("a.md", "b.md"));
		await first.idle();
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(vault.reads).toEqual(["a.md", "b.md"]);
		expect(first.has("b.md")).toBe(true);
		const again = await startAgain();
		expect(vault.reads).toEqual([]);
		expect(again.has("b.md")).toBe(true);
	});

	it("forgets a deleted note", async () => {
		for (let i = 0; i < 30; i++) vault.write(`n${i}.md`, CLEAN);
		const first = start();
		await first.idle();
		first.forget("n0.md");
		vault.files.delete("n0.md");
		await restart();
		const kept = await keptPaths(scope.indexedDB!, "Vault");
		expect(kept).toHaveLength(29);
		expect(kept).not.toContain("n0.md");
	});

	it("reads everything, as without a memory, when IndexedDB will not open", async () => {
		vault.write("a.md", GARBLED);
		vault.write("b.md", CLEAN);
		scope = { indexedDB: { open: () => { throw new Error("denied"); } } as unknown as IDBFactory };
		const first = start();
		await first.idle();
		const again = await startAgain();
		expect(vault.reads.sort()).toEqual(["a.md", "b.md"]);
		expect(again.has("a.md")).toBe(true);
	});
});
