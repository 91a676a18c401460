/**
 * Everything measured on one vault size, in the order a user meets it: the plugin loads, the index fills, the tree
 * is built in each mode, a filter is typed, notes are edited, and the view is drawn. All of it runs the plugin's
 * own code on the test double; only what Obsidian itself does (parsing notes into its metadata cache) is done
 * once, up front, outside every timed region.
 */
import { performance } from "node:perf_hooks";

import type ArticleDeskPlugin from "../src/main";
import { ArticleCatalog, catalogOptionsFrom, type CatalogOptions } from "../src/core/articles/catalog";
import { ExplorerModel } from "../src/core/explorer/explorer-model";
import { explorerOptionsFrom } from "../src/core/explorer/types";
import type { GroupMode } from "../src/core/settings";
import type { NoteInput } from "../src/core/articles/types";
import { benchEdits, benchModeEdits, type EditResults, type ModeEditResults } from "./edit-bench";
import { indexChecksum, minimalIndex, readInputs } from "./index-floor";
import { collectGarbage, repeat, timeSync, type RunPlan } from "./measure";
import { EditProbe, startPlugin, stopPlugin, vaultApp, warmUpPlugin } from "./plugin-harness";
import { median, summarize, type Summary } from "./stats";
import { benchFilter, benchTrees, typicalExpanded, type FilterTiming, type TreeTiming } from "./tree-bench";
import { generateVault, type GeneratedNote } from "./vault-generator";
import { benchRender, type RenderTiming } from "./view-bench";

/** The filter typed in the filter benchmark: a topic word found in titles and tags. */
export const FILTER_QUERY = "pricing";

export interface SizeResult {
	notes: number;
	/** Untimed preparation, for the record: generating the notes and the double parsing them. */
	setupMs: { generate: number; parse: number };
	onload: Summary;
	/** The layout-ready callback: ArticleStore reads cached notes and fills the catalog's first slice. */
	layoutReady: Summary;
	/** From layout-ready until the catalog is full (all slices and the pauses between them), the plugin's path. */
	startupFill: Summary;
	/** The longest single task of that start-up: how long Obsidian stays blocked at most. */
	startupLongestTask: Summary;
	/** ArticleCatalog.fill over precomputed NoteInputs: the index build alone. */
	coldIndex: Summary;
	/** In the same runs as coldIndex: the least an index could do on those inputs, and reading them alone. */
	coldIndexFloor: Summary;
	coldIndexRead: Summary;
	/** Median over runs of coldIndex ÷ coldIndexFloor, each pair timed back to back. */
	coldIndexVsFloor: number;
	indexHeapMB: number;
	trees: Record<GroupMode, TreeTiming>;
	filter: FilterTiming;
	edits: EditResults;
	/** The same edits timed in the Type → tag mode (no naive pairing; the ratio is the tag mode's). */
	typeTagEdits: ModeEditResults;
	render: RenderTiming;
}

/** The store's catalog options for some settings (ArticleStore keeps the same mapping private). */
/** Rounds of edits per naive rebuild: edits are cheap, the rebuild is not. */
const EDITS_PER_ROUND = 3;

/**
 * Runs per measurement. Each has a time budget: past it no new run starts once three are done, so today's slow
 * operations cannot stretch the benchmark, and faster code automatically gets more runs.
 */
function plansFor(n: number): { heavy: RunPlan; edit: RunPlan; light: RunPlan; view: RunPlan } {
	const big = n >= 50_000;
	return {
		heavy: { warmup: 1, runs: 7, budgetMs: big ? 10_000 : 5_000 },
		edit: { warmup: 1, runs: 7, budgetMs: big ? 12_000 : 5_000 },
		light: { warmup: 3, runs: 15, budgetMs: big ? 3_000 : 2_000 },
		view: { warmup: 1, runs: 9, budgetMs: big ? 8_000 : 4_000 },
	};
}

/** A note worth editing: valid metadata, a few tags, a type and a date, so an edit touches several groups. */
function probeNote(notes: readonly GeneratedNote[]): GeneratedNote {
	const found = notes.find((n) => n.broken === null && n.tags.length >= 3 && n.types.length > 0 && n.date !== null);
	if (!found) throw new Error("bench: no suitable note to edit in the generated vault");
	return found;
}

function heapIndexMB(inputs: Parameters<ArticleCatalog["fill"]>[0], options: CatalogOptions): number {
	if (!collectGarbage()) return Number.NaN;
	const before = process.memoryUsage().heapUsed;
	const catalog = new ArticleCatalog(options);
	catalog.fill(inputs);
	collectGarbage();
	const after = process.memoryUsage().heapUsed;
	if (catalog.index.size < 0) throw new Error("unreachable: keeps the catalog alive until measured");
	return (after - before) / 2 ** 20;
}

/**
 * The cold index build, each run paired with the reference passes of index-floor.ts over the same inputs, so their
 * ratio is measured in the same seconds. One full GC starts each run, so no run pays for the last one's garbage.
 */
async function coldIndexRuns(inputs: NoteInput[], options: CatalogOptions, plan: RunPlan): Promise<{ fill: number; floor: number; read: number }[]> {
	let checksum = 0;
	const runs = await repeat(() => {
		collectGarbage();
		const fill = timeSync(() => new ArticleCatalog(options).fill(inputs));
		const floor = timeSync(() => (checksum += indexChecksum(minimalIndex(inputs))));
		const read = timeSync(() => (checksum += readInputs(inputs)));
		return { fill, floor, read };
	}, plan);
	if (!(checksum > 0)) throw new Error("bench: the reference passes read nothing");
	return runs;
}

/** Measures one vault size; `log` receives progress lines. */
export async function benchVault(n: number, seed: number, log: (line: string) => void): Promise<SizeResult> {
	const plans = plansFor(n);
	let t = performance.now();
	const notes = generateVault(n, seed);
	const generate = performance.now() - t;
	t = performance.now();
	const app = vaultApp(notes);
	const parse = performance.now() - t;
	log(`  ${n} notes: generated in ${generate.toFixed(0)} ms, parsed by the double in ${parse.toFixed(0)} ms`);
	const probe = new EditProbe(app);
	probe.listenFirst();

	// Warm the plugin's code up on an empty vault, then start it on this one until the plan is done; the last
	// start stays loaded for everything after.
	await warmUpPlugin();
	let loaded: ArticleDeskPlugin | null = null;
	const starts = await repeat(async () => {
		if (loaded) await stopPlugin(app, loaded);
		const start = await startPlugin(app);
		loaded = start.plugin;
		return start;
	}, { ...plans.heavy, warmup: 0 });
	const plugin = starts[starts.length - 1].plugin;
	log(`  plugin started`);

	const settings = plugin.getSettings();
	const catalogOptions = catalogOptionsFrom(settings);
	const explorerOptions = explorerOptionsFrom(settings);
	// The double's TFile is typed apart from obsidian.d.ts's; at run time it is the class the plugin receives.
	const inputs = app.vault.getMarkdownFiles().map((f) => plugin.store.noteInput(f as never, app.metadataCache.getFileCache(f)));
	const cold = await coldIndexRuns(inputs, catalogOptions, plans.heavy);
	const indexHeapMB = heapIndexMB(inputs, catalogOptions);
	log(`  index built`);

	const trees = await benchTrees(plugin.store.index, explorerOptions, plans.light);
	log(`  trees built`);

	const target = probeNote(notes);
	const model = new ExplorerModel(plugin.store.index, { ...explorerOptions, mode: "tag" });
	const expanded = typicalExpanded(model, target.path);
	model.rows(expanded);
	const filter = await benchFilter(model, expanded, FILTER_QUERY, plans.light);
	log(`  filter typed`);

	probe.listenLast();
	const edits = await benchEdits(
		{ app, probe, model, expanded, path: target.path, text: target.text, inputs, catalogOptions, explorerOptions },
		plans.edit,
		EDITS_PER_ROUND,
	);
	const typeTagEdits = await benchModeEdits(
		{ app, probe, model, expanded, path: target.path, text: target.text, inputs, catalogOptions, explorerOptions },
		"type-tag",
		plans.edit,
		EDITS_PER_ROUND,
	);
	log(`  edits timed`);

	// The view refreshes at once (not coalesced) for an edit to the open note: time that through the probe.
	const render = await benchRender(app, plugin, probe, target, plans.view);
	log(`  view rendered`);

	model.dispose();
	await stopPlugin(app, plugin);
	await app.dispose();
	return {
		notes: n,
		setupMs: { generate, parse },
		onload: summarize(starts.map((s) => s.onloadMs)),
		layoutReady: summarize(starts.map((s) => s.layoutReadyMs)),
		startupFill: summarize(starts.map((s) => s.fillMs)),
		startupLongestTask: summarize(starts.map((s) => s.longestSliceMs)),
		coldIndex: summarize(cold.map((r) => r.fill)),
		coldIndexFloor: summarize(cold.map((r) => r.floor)),
		coldIndexRead: summarize(cold.map((r) => r.read)),
		coldIndexVsFloor: median(cold.map((r) => r.fill / r.floor)),
		indexHeapMB,
		trees,
		filter,
		edits,
		typeTagEdits,
		render,
	};
}
