// The lazy body check: idle-time batches at start-up, at once for a changed note, stale reads ignored.
import type { TFile, Vault } from "obsidian";

import { BodyScanner } from "../../../src/plugin/health/body-scanner";

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

const tfile = (path: string) => ({ path }) as TFile;
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
