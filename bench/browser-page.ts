/**
 * The page side of `npm run bench:browser`: the benchmark's start-up and cold-index measurement
 * (start-and-index.ts), the same code as in the Node run, inside Chromium on the test double, so the figures come
 * from the JavaScript engine and garbage collector Obsidian itself runs on. browser-bench.ts loads this bundle
 * into a blank page (with the double's DOM helpers) and calls `runInPage` once per vault size.
 */
import { plansFor } from "./measure";
import { generatedApp, stopPlugin } from "./plugin-harness";
import { startAndIndex, startAndIndexFigures, type StartAndIndexFigures } from "./start-and-index";

/** One vault size measured in the page. */
export interface PageResult extends StartAndIndexFigures {
	notes: number;
	/** Untimed preparation: generating the notes and the double parsing them. */
	setupMs: { generate: number; parse: number };
	/** Whether the page could force a full GC between runs (Chromium started with `--js-flags=--expose-gc`). */
	gc: boolean;
}

/** Generates the seeded vault of `n` notes, starts the plugin on it and times the cold index, as the Node run does. */
export async function runInPage(n: number, seed: number): Promise<PageResult> {
	const { app, setupMs } = generatedApp(n, seed);
	const started = await startAndIndex(app, plansFor(n).heavy);
	await stopPlugin(app, started.plugin);
	await app.dispose();
	const gc = typeof (globalThis as { gc?: unknown }).gc === "function";
	return { notes: n, setupMs, gc, ...startAndIndexFigures(started) };
}
