/**
 * The plugin on the test double, started the way Obsidian starts it: the vault's metadata is cached from a previous
 * run, the plugin loads before the workspace layout is ready, and the article index is filled when it becomes ready.
 * Also the probe that times one vault edit from the moment Obsidian's event reaches the plugin until the explorer's
 * rows are recomputed, leaving out what Obsidian does before (parsing the note, updating its link graph).
 */
import { performance } from "node:perf_hooks";

import ArticleDeskPlugin from "../src/main";
import type { App } from "../tests/obsidian/app";
import { createApp, flushAll, loadPlugin, unloadPlugin } from "../tests/obsidian/app-factory";
import { generateVault, type GeneratedNote } from "./vault-generator";

/** A fixed clock for file times, so note order by mtime is the same on every run. */
const VAULT_CLOCK = Date.UTC(2025, 0, 1);

/** The double's app over the generated notes, every note already indexed (as when Obsidian reopens a vault). */
export function vaultApp(notes: readonly GeneratedNote[]): App {
	const files: Record<string, string> = {};
	for (const note of notes) files[note.path] = note.text;
	return createApp({ files, now: VAULT_CLOCK });
}

/** A generated vault on the double, with how long generating and parsing took (untimed setup, for the record). */
export function generatedApp(n: number, seed: number): { notes: GeneratedNote[]; app: App; setupMs: { generate: number; parse: number } } {
	let t = performance.now();
	const notes = generateVault(n, seed);
	const generate = performance.now() - t;
	t = performance.now();
	const app = vaultApp(notes);
	return { notes, app, setupMs: { generate, parse: performance.now() - t } };
}

/** The timings of one plugin start. */
export interface PluginStart {
	plugin: ArticleDeskPlugin;
	/** `onload`, awaited (settings read, views, commands and settings tab registered). */
	onloadMs: number;
	/** The layout-ready callback: the article store reads cached metadata and fills the index's first slice. */
	layoutReadyMs: number;
	/** From layout-ready until the index is full: every slice of the fill and the pauses between them. */
	fillMs: number;
	/** The longest timer callback until then (each later slice of the fill is one): how long Obsidian was blocked. */
	longestSliceMs: number;
}

/**
 * Loads the plugin with the layout not yet ready, then makes it ready. The double's `createApp` readies the
 * layout before any plugin loads; Obsidian loads plugins first, and `onload` defers the index to layout-ready,
 * so the flag is put back to "not ready" to time the two phases apart.
 */
export async function startPlugin(app: App): Promise<PluginStart> {
	app.workspace.layoutReady = false;
	const t0 = performance.now();
	const plugin = await loadPlugin(app, ArticleDeskPlugin);
	const t1 = performance.now();
	const slices: number[] = [];
	const restore = timeCallbacks(slices);
	try {
		app.workspace.triggerLayoutReady();
		const t2 = performance.now();
		await plugin.store.filled();
		const t3 = performance.now();
		await flushAll(app);
		return { plugin, onloadMs: t1 - t0, layoutReadyMs: t2 - t1, fillMs: t3 - t1, longestSliceMs: Math.max(t2 - t1, ...slices) };
	} finally {
		restore();
	}
}

/** Times every `window.setTimeout` callback into `out` until the returned function puts the original back. */
function timeCallbacks(out: number[]): () => void {
	const original = window.setTimeout;
	const timed = (fn: TimerHandler, ms?: number, ...args: unknown[]) =>
		original(
			(...a: unknown[]) => {
				const t = performance.now();
				try {
					if (typeof fn === "function") (fn as (...x: unknown[]) => void)(...a);
				} finally {
					out.push(performance.now() - t);
				}
			},
			ms,
			...args,
		);
	window.setTimeout = timed as typeof window.setTimeout;
	return () => {
		window.setTimeout = original;
	};
}

/** Starts and stops the plugin a few times on an empty vault, so the first timed start is not the JIT's first. */
export async function warmUpPlugin(times = 3): Promise<void> {
	for (let i = 0; i < times; i++) {
		const app = createApp({ files: { "Warm-up.md": "---\ntags: [warm]\n---\nBody" }, now: VAULT_CLOCK });
		const { plugin } = await startPlugin(app);
		await stopPlugin(app, plugin);
		await app.dispose();
	}
}

/** Disables the plugin as Obsidian does and waits for its views to close. */
export async function stopPlugin(app: App, plugin: ArticleDeskPlugin): Promise<void> {
	await unloadPlugin(app, plugin);
}

export type EditKind = "change" | "rename" | "delete";

/**
 * Times vault edits through the plugin's real listeners. Listeners registered by `listenFirst` (before the plugin
 * loads) run before the plugin's and start the clock; those of `listenLast` (after it started) run after the
 * plugin's, call `after` and stop the clock. Only an armed edit kind is timed.
 */
export class EditProbe {
	private armed: EditKind | null = null;
	private t0 = 0;
	private last: number | null = null;

	constructor(private readonly app: App) {}

	/** Register before the plugin loads. */
	listenFirst(): void {
		this.app.metadataCache.on("changed", () => this.start("change"));
		this.app.metadataCache.on("deleted", () => this.start("delete"));
		this.app.vault.on("rename", () => this.start("rename"));
	}

	/** Runs inside the timed region, after the plugin's listeners (e.g. `allRows` of the explorer model). */
	after: () => void = () => undefined;

	/** Register after the plugin's store started. */
	listenLast(): void {
		this.app.metadataCache.on("changed", () => this.stop("change"));
		// The store hears a delete from the metadata cache first and from the vault second: stop after both.
		this.app.vault.on("delete", () => this.stop("delete"));
		this.app.vault.on("rename", () => this.stop("rename"));
	}

	/** Runs one edit with its kind armed, waits until the double settles, and returns the timed milliseconds. */
	async time(kind: EditKind, edit: () => Promise<unknown>): Promise<number> {
		this.armed = kind;
		this.last = null;
		try {
			await edit();
			await flushAll(this.app);
		} finally {
			this.armed = null;
		}
		if (this.last === null) throw new Error(`the ${kind} edit did not reach the plugin`);
		return this.last;
	}

	private start(kind: EditKind): void {
		if (this.armed === kind) this.t0 = performance.now();
	}

	private stop(kind: EditKind): void {
		if (this.armed !== kind) return;
		this.after();
		this.last = performance.now() - this.t0;
	}
}
