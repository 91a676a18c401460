/**
 * Finds notes whose body is garbled by a wrong text encoding. The metadata cache does not hold note bodies, and
 * reading every note at start-up would stall a large vault, so bodies are read lazily: a note that changes is
 * checked at once (one `cachedRead`), and the rest of the vault is worked through in small batches when the app is
 * idle. Until a note has been read it simply reports no body problem.
 */
import type { TFile, Vault } from "obsidian";

import { bodyHasMojibake } from "../../core/health/encoding-repair";

/** Notes read per idle slot: the reads run off the main thread; the check itself is one linear pass per note. */
const BATCH_SIZE = 25;
/** Where `requestIdleCallback` is missing (Safari on iOS), the pause between batches. */
const FALLBACK_DELAY_MS = 50;

type IdleWindow = Window & {
	requestIdleCallback?: (cb: () => void, options?: { timeout: number }) => number;
	cancelIdleCallback?: (handle: number) => void;
};

export class BodyScanner {
	readonly #flagged = new Set<string>();
	/**
	 * The token of the newest read still running for each path. A read whose token is no longer there finished after
	 * a newer check, a rename or a delete, and is ignored. Entries go when their read ends, so memory stays small.
	 */
	readonly #running = new Map<string, number>();
	#nextToken = 0;
	#backlog: TFile[] = [];
	#head = 0;
	readonly #waiting = new Set<string>();
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
		void this.#read(file);
	}

	/** Follows a rename: the result moves with the note, and a read still running for the old path is dropped. */
	rename(oldPath: string, newPath: string): void {
		this.#running.delete(oldPath);
		this.#running.delete(newPath);
		if (this.#flagged.delete(oldPath)) this.#flagged.add(newPath);
		if (this.#waiting.delete(oldPath)) this.#waiting.add(newPath);
	}

	/** Forgets a deleted note. */
	forget(path: string): void {
		this.#running.delete(path);
		this.#flagged.delete(path);
		this.#waiting.delete(path);
	}

	/** Stops all work (the plugin unloads); pending reads finish but report nothing. */
	stop(): void {
		this.#stopped = true;
		this.#cancelSlot();
		this.#backlog = [];
		this.#head = 0;
		this.#waiting.clear();
	}

	/** Resolves once the idle backlog is worked through (for tests and benchmarks; the plugin never waits). */
	async idle(): Promise<void> {
		while (!this.#stopped && (this.#draining || this.#slot || this.#head < this.#backlog.length)) {
			if (this.#draining) await this.#draining;
			else await new Promise((resolve) => window.setTimeout(resolve, FALLBACK_DELAY_MS));
		}
	}

	async #read(file: TFile): Promise<void> {
		const path = file.path;
		const token = ++this.#nextToken;
		this.#running.set(path, token);
		let garbled: boolean | null = null;
		try {
			garbled = bodyHasMojibake(await this.#vault.cachedRead(file));
		} catch {
			// Deleted or unreadable meanwhile: the note's own events handle it.
		}
		const current = this.#running.get(path) === token;
		if (current) this.#running.delete(path);
		if (garbled === null || !current || this.#stopped || file.path !== path) return;
		if (garbled === this.#flagged.has(path)) return;
		if (garbled) this.#flagged.add(path);
		else this.#flagged.delete(path);
		this.#onFlagChange(file);
	}

	#schedule(): void {
		if (this.#stopped || this.#slot || this.#draining || this.#head >= this.#backlog.length) return;
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
			const handle = window.setTimeout(run, FALLBACK_DELAY_MS);
			this.#slot = () => window.clearTimeout(handle);
		}
	}

	#cancelSlot(): void {
		this.#slot?.();
		this.#slot = null;
	}

	/** One batch: up to BATCH_SIZE waiting notes, read together. */
	async #drain(): Promise<void> {
		const batch: Promise<void>[] = [];
		while (!this.#stopped && this.#head < this.#backlog.length && batch.length < BATCH_SIZE) {
			const file = this.#backlog[this.#head++];
			// Skipped when checked since it was queued, or deleted.
			if (this.#waiting.delete(file.path)) batch.push(this.#read(file));
		}
		await Promise.all(batch);
		if (this.#head >= this.#backlog.length) {
			this.#backlog = [];
			this.#head = 0;
		}
	}
}
