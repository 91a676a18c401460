/**
 * Finds notes whose body is garbled by a wrong text encoding. The metadata cache does not hold note bodies, and
 * reading every note at start-up would stall a large vault, so bodies are read lazily: a note that changes is
 * checked at once (one `cachedRead`), and the rest of the vault is worked through in small batches when the app is
 * idle. Until a note has been read it simply reports no body problem.
 *
 * With a BodyMemory, each answer is kept on the device with the note's mtime and size, and a start reads only the
 * notes whose stamp no longer matches (new, changed, or checked by an older version); the others take their kept
 * answer, a few hundred per idle slot.
 */
import type { TFile, Vault } from "obsidian";

import { bodyHasMojibake } from "../../core/health/encoding-repair";
import type { BodyMemory, BodyStamp } from "./body-memory";
import { cancelLater, later } from "../timers";

/** The pace of the idle-time work (an enum, so the bundler writes each as a plain number where it is used). */
enum Pace {
	/** Notes read per idle slot: the reads run off the main thread; the check itself is one linear pass per note. */
	batch = 25,
	/** Queued notes whose kept answer is looked up per idle slot (one IndexedDB transaction). */
	lookup = 250,
	/** Where `requestIdleCallback` is missing (Safari on iOS), the pause between batches in ms. */
	fallbackDelay = 50,
}

type IdleWindow = Window & {
	requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number;
	cancelIdleCallback?: (handle: number) => void;
};

/** A queued note whose kept answer is missing or stale: it waits to be read, under the token of its lookup. */
interface Miss {
	file: TFile;
	token: number;
}

/** A note taken from the queue for a lookup, with the path it had when taken. */
interface Taken extends Miss {
	path: string;
}

export class BodyScanner {
	readonly #flagged = new Set<string>();
	/**
	 * The token of the newest lookup or read still running for each path. One whose token is no longer there finished
	 * after a newer check, a rename or a delete, and is ignored. Entries go when their work ends, so memory stays small.
	 */
	readonly #running = new Map<string, number>();
	#nextToken = 0;
	#backlog: TFile[] = [];
	#head = 0;
	readonly #waiting = new Set<string>();
	/** Looked up and not known: read Pace.batch per idle slot before more are looked up. */
	#misses: Miss[] = [];
	#memory: BodyMemory | null = null;
	/** Cancels the idle slot (or timeout) the next batch waits for; null when none is booked. */
	#slot: (() => void) | null = null;
	#draining: Promise<void> | null = null;
	#stopped = false;

	/** `onFlagChange` is called when a note's body is found garbled, or found clean again. */
	readonly #vault: Vault;
	readonly #onFlagChange: (file: TFile) => void;

	constructor(
		vault: Vault,
		onFlagChange: (file: TFile) => void,
	) {
		this.#vault = vault;
		this.#onFlagChange = onFlagChange;
	}

	/** Keeps answers in `memory` from now on, and takes queued notes' answers from it when their stamp matches. */
	useMemory(memory: BodyMemory | null): void {
		this.#memory = memory;
	}

	/** Whether the note's body was found garbled (false while it has not been read). */
	has(path: string): boolean {
		return this.#flagged.has(path);
	}

	/** Queues notes for checking in idle time (start-up, or notes indexed before the first pass completed). */
	enqueue(files: readonly TFile[]): void {
		if (this.#stopped) return;
		for (const file of files) {
			if (this.#waiting.has(file.path)) continue;
			this.#waiting.add(file.path);
			this.#backlog.push(file);
		}
		this.#schedule();
	}

	/** Checks one note now, because it changed; it leaves the idle queue if it was waiting there. */
	check(file: TFile): void {
		if (this.#stopped) return;
		this.#waiting.delete(file.path);
		void this.#read(file, this.#begin(file.path));
	}

	/**
	 * Follows a rename: the answer moves with the note at once, and so does its kept record. Work running for the
	 * old path is dropped, so a note still waiting or being checked is queued again under its new path.
	 */
	rename(oldPath: string, file: TFile): void {
		const newPath = file.path;
		const wasRunning = this.#running.delete(oldPath);
		this.#running.delete(newPath);
		if (this.#flagged.delete(oldPath)) this.#flagged.add(newPath);
		const wasWaiting = this.#waiting.delete(oldPath);
		if (wasWaiting || wasRunning) {
			this.#memory?.forget(oldPath);
			this.enqueue([file]);
		} else this.#memory?.move(oldPath, newPath);
	}

	/** Forgets a deleted note. */
	forget(path: string): void {
		this.#running.delete(path);
		this.#flagged.delete(path);
		this.#waiting.delete(path);
		this.#memory?.forget(path);
	}

	/** Stops all work (the plugin unloads); pending reads finish but report nothing. */
	stop(): void {
		this.#stopped = true;
		this.#slot?.();
		this.#slot = null;
		this.#backlog = [];
		this.#head = 0;
		this.#misses = [];
		this.#waiting.clear();
	}

	/** Resolves once the idle backlog is worked through (tests and benchmarks; the plugin never waits). */
	async idle(): Promise<void> {
		while (!this.#stopped && (this.#draining || this.#slot || this.#hasWork())) {
			if (this.#draining) await this.#draining;
			else await new Promise<void>((resolve) => later(resolve, Pace.fallbackDelay));
		}
	}

	#hasWork(): boolean {
		return this.#misses.length > 0 || this.#head < this.#backlog.length;
	}

	/** Starts work on a path; whatever runs under an older token for it is now stale. */
	#begin(path: string): number {
		const token = ++this.#nextToken;
		this.#running.set(path, token);
		return token;
	}

	async #read(file: TFile, token: number): Promise<void> {
		const path = file.path;
		// The stamp is taken before the read: a change during it fires its own check, whose answer is kept instead.
		const { mtime, size } = file.stat;
		let garbled: boolean | null = null;
		try {
			garbled = bodyHasMojibake(await this.#vault.cachedRead(file));
		} catch {
			// Deleted or unreadable meanwhile: the note's own events handle it.
		}
		if (this.#settle(file, path, token, garbled) && garbled !== null) this.#memory?.remember(path, { mtime, size, garbled });
	}

	/** Ends the work of `token` on `path` with its answer; false when it is stale or there is none. */
	#settle(file: TFile, path: string, token: number, garbled: boolean | null): boolean {
		const current = this.#running.get(path) === token;
		if (current) this.#running.delete(path);
		if (garbled === null || !current || this.#stopped || file.path !== path) return false;
		if (garbled !== this.#flagged.has(path)) {
			if (garbled) this.#flagged.add(path);
			else this.#flagged.delete(path);
			this.#onFlagChange(file);
		}
		return true;
	}

	#schedule(): void {
		if (this.#stopped || this.#slot || this.#draining || !this.#hasWork()) return;
		const win = window as IdleWindow;
		const run = () => {
			this.#slot = null;
			this.#draining = this.#drain().finally(() => {
				this.#draining = null;
				this.#schedule();
			});
		};
		if (typeof win.requestIdleCallback === "function") {
			const handle = win.requestIdleCallback(run, { timeout: 2000 });
			this.#slot = () => win.cancelIdleCallback?.(handle);
		} else {
			const handle = later(run, Pace.fallbackDelay);
			this.#slot = () => cancelLater(handle);
		}
	}

	/** One idle slot's work: look up the next queued notes if no miss is waiting, then read up to Pace.batch misses. */
	async #drain(): Promise<void> {
		if (this.#misses.length === 0 && this.#head < this.#backlog.length) {
			const memory = this.#memory;
			const queued = this.#takeQueued(memory ? Pace.lookup : Pace.batch);
			// Without a memory every note is a miss, read in this same slot.
			this.#classify(queued, memory ? await memory.lookup(queued.map((q) => q.path)) : []);
		}
		if (this.#misses.length > 0) {
			const reads: Promise<void>[] = [];
			// A miss whose token is gone was checked, renamed or deleted since it was looked up.
			for (const { file, token } of this.#misses.splice(0, Pace.batch)) if (this.#running.get(file.path) === token) reads.push(this.#read(file, token));
			await Promise.all(reads);
		}
	}

	/** Takes up to `count` notes still waiting from the queue, each under a new token. */
	#takeQueued(count: number): Taken[] {
		const taken: Taken[] = [];
		const backlog = this.#backlog;
		while (!this.#stopped && this.#head < backlog.length && taken.length < count) {
			const file = backlog[this.#head++];
			// Skipped when checked since it was queued, or deleted.
			if (this.#waiting.delete(file.path)) taken.push({ file, path: file.path, token: this.#begin(file.path) });
		}
		if (this.#head >= backlog.length) {
			this.#backlog = [];
			this.#head = 0;
		}
		return taken;
	}

	/** Notes whose kept stamp still matches take its answer; the others, unless superseded meanwhile, become misses. */
	#classify(queued: Taken[], stamps: readonly (BodyStamp | undefined)[]): void {
		for (let i = 0; i < queued.length; i++) {
			const { file, path, token } = queued[i];
			const stamp = stamps[i];
			if (stamp && stamp.mtime === file.stat.mtime && stamp.size === file.stat.size) this.#settle(file, path, token, stamp.garbled);
			else if (this.#running.get(path) === token) this.#misses.push({ file, token });
		}
	}
}
