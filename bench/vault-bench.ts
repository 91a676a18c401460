/**
 * Everything measured on one vault size, in the order a user meets it: the plugin loads, the index fills, the tree
 * is built in each mode, a filter is typed, notes are edited, and the view is drawn. All of it runs the plugin's
 * own code on the test double; only what Obsidian itself does (parsing notes into its metadata cache) is done
 * once, up front, outside every timed region.
 */
import type { CatalogOptions } from "../src/core/articles/catalog";
import type { NoteInput } from "../src/core/articles/types";
import { allRows, ExplorerModel } from "../src/core/explorer/explorer-model";
import { explorerOptionsFrom } from "../src/core/explorer/types";
import { warmFilter } from "../src/core/explorer/note-table";
import type { GroupMode } from "../src/core/settings";
import { benchEdits, benchModeEdits, type EditResults, type ModeEditResults } from "./edit-bench";
import { collectGarbage, plansFor } from "./measure";
import { EditProbe, generatedApp, stopPlugin } from "./plugin-harness";
import { filledCatalog, startAndIndex, startAndIndexFigures, type StartAndIndexFigures } from "./start-and-index";
import { benchFilter, benchFirstKeystroke, benchTrees, typicalExpanded, type FilterTiming, type FirstKeystrokeTiming, type TreeTiming } from "./tree-bench";
import type { GeneratedNote } from "./vault-generator";
import { benchRender, type RenderTiming } from "./view-bench";

/** The filter typed in the filter benchmark: a topic word found in titles and tags. */
export const FILTER_QUERY = "pricing";

export interface SizeResult extends StartAndIndexFigures {
	notes: number;
	/** Untimed preparation, for the record: generating the notes and the double parsing them. */
	setupMs: { generate: number; parse: number };
	indexHeapMB: number;
	/** The filter's note table (haystacks, slots, tag ids) of the same notes, filled. */
	filterTableHeapMB: number;
	trees: Record<GroupMode, TreeTiming>;
	filter: FilterTiming;
	firstKeystroke: FirstKeystrokeTiming;
	edits: EditResults;
	/** The same edits timed in the Type → tag mode (no naive pairing; the ratio is the tag mode's). */
	typeTagEdits: ModeEditResults;
	render: RenderTiming;
}

/** Rounds of edits per naive rebuild: edits are cheap, the rebuild is not. */
const EDITS_PER_ROUND = 3;

/** A note worth editing: valid metadata, a few tags, a type and a date, so an edit touches several groups. */
function probeNote(notes: readonly GeneratedNote[]): GeneratedNote {
	const found = notes.find((n) => n.broken === null && n.tags.length >= 3 && n.types.length > 0 && n.date !== null);
	if (!found) throw new Error("bench: no suitable note to edit in the generated vault");
	return found;
}

function heapIndexMB(inputs: readonly NoteInput[], options: CatalogOptions): number {
	if (!collectGarbage()) return Number.NaN;
	const before = process.memoryUsage().heapUsed;
	const catalog = filledCatalog(options, inputs);
	collectGarbage();
	const after = process.memoryUsage().heapUsed;
	if (catalog.index.size < 0) throw new Error("unreachable: keeps the catalog alive until measured");
	return (after - before) / 2 ** 20;
}

/** Heap held by the filter's note table of a fresh index once `warmFilter` has filled it, as the open view does. */
function heapFilterTableMB(inputs: readonly NoteInput[], options: CatalogOptions): number {
	const index = filledCatalog(options, inputs).index;
	if (!collectGarbage()) return Number.NaN;
	const before = process.memoryUsage().heapUsed;
	warmFilter(index, () => true);
	collectGarbage();
	const after = process.memoryUsage().heapUsed;
	if (index.size < 0) throw new Error("unreachable: keeps the index and its table alive until measured");
	return (after - before) / 2 ** 20;
}

/** Measures one vault size; `log` receives progress lines. */
export async function benchVault(n: number, seed: number, log: (line: string) => void): Promise<SizeResult> {
	const plans = plansFor(n);
	const { notes, app, setupMs } = generatedApp(n, seed);
	log(`  ${n} notes: generated in ${setupMs.generate.toFixed(0)} ms, parsed by the double in ${setupMs.parse.toFixed(0)} ms`);
	const probe = new EditProbe(app);
	probe.listenFirst();

	// The plugin started until the plan is done (the last start stays loaded for everything after), then the
	// cold index over the notes as it reads them.
	const started = await startAndIndex(app, plans.heavy);
	const { plugin, inputs, catalogOptions } = started;
	const explorerOptions = explorerOptionsFrom(plugin.getSettings());
	const indexHeapMB = heapIndexMB(inputs, catalogOptions);
	const filterTableHeapMB = heapFilterTableMB(inputs, catalogOptions);
	log(`  plugin started, index built`);

	const trees = await benchTrees(plugin.store.index, explorerOptions, plans.light);
	log(`  trees built`);

	const target = probeNote(notes);
	const model = new ExplorerModel(plugin.store.index, { ...explorerOptions, mode: "tag" });
	const expanded = typicalExpanded(model, target.path);
	allRows(model, expanded);
	const filter = await benchFilter(model, expanded, FILTER_QUERY, plans.light);
	const firstKeystroke = await benchFirstKeystroke(() => filledCatalog(catalogOptions, inputs).index, explorerOptions, FILTER_QUERY, { warmup: 0, runs: 3 });
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
		setupMs,
		...startAndIndexFigures(started),
		indexHeapMB,
		filterTableHeapMB,
		trees,
		filter,
		firstKeystroke,
		edits,
		typeTagEdits,
		render,
	};
}
