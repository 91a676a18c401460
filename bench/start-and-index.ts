/**
 * The part of the benchmark that runs the same in Node (vault-bench.ts, on jsdom) and in Chromium
 * (browser-page.ts): the plugin started on a vault until the plan is done, then the cold index build paired with
 * the reference passes of index-floor.ts over the same inputs. Both report it through `startAndIndexFigures`.
 */
import type ArticleDeskPlugin from "../src/main";
import { ArticleCatalog, catalogOptionsFrom, type CatalogOptions } from "../src/core/articles/catalog";
import type { NoteInput } from "../src/core/articles/types";
import type { App } from "../tests/obsidian/app";
import { indexChecksum, minimalIndex, readInputs } from "./index-floor";
import { collectGarbage, repeat, timeSync, type RunPlan } from "./measure";
import { startPlugin, stopPlugin, warmUpPlugin, type PluginStart } from "./plugin-harness";
import { median, summarize, type Summary } from "./stats";

/** One cold index run and its reference passes, timed back to back. */
export interface ColdRun {
	fill: number;
	floor: number;
	read: number;
}

export interface StartAndIndex {
	/** The last start, left loaded for whatever the caller measures next. */
	plugin: ArticleDeskPlugin;
	starts: PluginStart[];
	/** Every note's input as the loaded plugin reads it from the metadata cache. */
	inputs: NoteInput[];
	catalogOptions: CatalogOptions;
	cold: ColdRun[];
}

/** The figures both runs report, as medians and spreads. */
export interface StartAndIndexFigures {
	onload: Summary;
	/** The layout-ready callback: ArticleStore reads cached notes and fills the catalog's first slice. */
	layoutReady: Summary;
	/** From layout-ready until the catalog is full (all slices and the pauses between them), the plugin's path. */
	startupFill: Summary;
	/** The longest single task of that start-up: how long Obsidian stays blocked at most. */
	startupLongestTask: Summary;
	/** filledCatalog over precomputed NoteInputs: the index build alone. */
	coldIndex: Summary;
	/** In the same runs as coldIndex: the least an index could do on those inputs, and reading them alone. */
	coldIndexFloor: Summary;
	coldIndexRead: Summary;
	/** Median over runs of coldIndex ÷ coldIndexFloor, each pair timed back to back. */
	coldIndexVsFloor: number;
}

/** A catalog filled from many notes at once, each through `update` as the plugin's store files them. */
export function filledCatalog(options: CatalogOptions, inputs: Iterable<NoteInput>): ArticleCatalog {
	const catalog = new ArticleCatalog(options);
	for (const input of inputs) catalog.update(input);
	return catalog;
}

/**
 * The cold index build, each run paired with the reference passes over the same inputs, so their ratio is
 * measured in the same seconds. One full GC starts each run, so no run pays for the last one's garbage.
 */
export async function coldIndexRuns(inputs: NoteInput[], options: CatalogOptions, plan: RunPlan): Promise<ColdRun[]> {
	let checksum = 0;
	const runs = await repeat(() => {
		collectGarbage();
		const fill = timeSync(() => filledCatalog(options, inputs));
		const floor = timeSync(() => (checksum += indexChecksum(minimalIndex(inputs))));
		const read = timeSync(() => (checksum += readInputs(inputs)));
		return { fill, floor, read };
	}, plan);
	if (!(checksum > 0)) throw new Error("bench: the reference passes read nothing");
	return runs;
}

/**
 * Warms the plugin's code up on an empty vault, starts it on `app` until the plan is done (the last start stays
 * loaded), then times the cold index over the notes as that plugin reads them.
 */
export async function startAndIndex(app: App, plan: RunPlan): Promise<StartAndIndex> {
	await warmUpPlugin();
	let loaded: ArticleDeskPlugin | null = null;
	const starts = await repeat(async () => {
		if (loaded) await stopPlugin(app, loaded);
		const start = await startPlugin(app);
		loaded = start.plugin;
		return start;
	}, { ...plan, warmup: 0 });
	const plugin = starts[starts.length - 1].plugin;
	const catalogOptions = catalogOptionsFrom(plugin.getSettings());
	// The double's TFile is typed apart from obsidian.d.ts's; at run time it is the class the plugin receives.
	const inputs = app.vault.getMarkdownFiles().map((f) => plugin.store.noteInput(f as never, app.metadataCache.getFileCache(f)));
	const cold = await coldIndexRuns(inputs, catalogOptions, plan);
	return { plugin, starts, inputs, catalogOptions, cold };
}

/** The medians and spreads of a startAndIndex run. */
export function startAndIndexFigures({ starts, cold }: StartAndIndex): StartAndIndexFigures {
	return {
		onload: summarize(starts.map((s) => s.onloadMs)),
		layoutReady: summarize(starts.map((s) => s.layoutReadyMs)),
		startupFill: summarize(starts.map((s) => s.fillMs)),
		startupLongestTask: summarize(starts.map((s) => s.longestSliceMs)),
		coldIndex: summarize(cold.map((r) => r.fill)),
		coldIndexFloor: summarize(cold.map((r) => r.floor)),
		coldIndexRead: summarize(cold.map((r) => r.read)),
		coldIndexVsFloor: median(cold.map((r) => r.fill / r.floor)),
	};
}
