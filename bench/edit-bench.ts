/**
 * One note changed, renamed and deleted through the double's vault and metadata-cache events into the plugin's
 * article store, then what the sidebar draws (`drawView`: counts and two windows of rows): the incremental path,
 * interleaved with the naive one (a catalog rebuilt from every note and a fresh model drawing the same windows), so
 * the speed-up is a ratio measured under the same load. Every row (`allRows`) is timed apart as an extra figure.
 */
import type { CatalogOptions } from "../src/core/articles/catalog";
import type { NoteInput } from "../src/core/articles/types";
import { allRows, ExplorerModel } from "../src/core/explorer/explorer-model";
import type { ExplorerOptions, GroupMode } from "../src/core/explorer/types";
import type { App } from "../tests/obsidian/app";
import { flushAll } from "../tests/obsidian/app-factory";
import type { TFile } from "../tests/obsidian/files";
import { repeat, timeSync, type RunPlan } from "./measure";
import type { EditKind, EditProbe } from "./plugin-harness";
import { filledCatalog } from "./start-and-index";
import { median, summarize, type Summary } from "./stats";
import { drawView, typicalExpanded, VIEW_ROWS } from "./tree-bench";

const EDIT_KINDS: readonly EditKind[] = ["change", "rename", "delete"];

/** Timings of one kind of edit and of the naive rebuild run in the same rounds. */
export interface EditTiming {
	incremental: Summary;
	naive: Summary;
	/** Median over rounds of naive ÷ incremental. */
	ratio: number;
	/** The incremental edit plus `allRows` (every row of the open groups), which the view never asks for. */
	allRows: Summary;
}

export interface EditResults {
	change: EditTiming;
	rename: EditTiming;
	delete: EditTiming;
}

/** The same edits drawn by a model in another grouping mode (no naive side): each mode patches different groups. */
export interface ModeEditResults {
	mode: GroupMode;
	change: Summary;
	rename: Summary;
	delete: Summary;
}

/** What the edit benchmark works on: the app, the probe, the note to edit and the tree the user has open. */
export interface EditContext {
	app: App;
	probe: EditProbe;
	model: ExplorerModel;
	expanded: ReadonlySet<string>;
	/** The note's path and text as generated. */
	path: string;
	text: string;
	/** Every note's input, for the naive rebuild (computed once, outside the timed region). */
	inputs: readonly NoteInput[];
	catalogOptions: CatalogOptions;
	explorerOptions: ExplorerOptions;
}

/** A tag already in the vault, so a change moves the note between existing groups like most real edits. */
export const ADDED_TAG = "#sales/objections";

/** The naive way: every note through a new catalog, a new model, and the same view work. */
function naiveRebuild(ctx: EditContext, windows: readonly number[]): number {
	return timeSync(() => {
		const catalog = filledCatalog(ctx.catalogOptions, ctx.inputs);
		const model = new ExplorerModel(catalog.index, ctx.explorerOptions);
		drawView(model, ctx.expanded, windows);
		model.dispose();
	});
}

function fileAt(app: App, path: string): TFile {
	const file = app.vault.getFileByPath(path);
	if (!file) throw new Error(`bench: no note at ${path}`);
	return file;
}

/**
 * Rounds of: `perRound` changes, renames and deletes of the note (interleaved), then one naive rebuild. Each kind's
 * speed-up is the median over rounds of the naive time ÷ that round's median incremental time, so both sides of
 * every ratio ran within the same second. The view is scrolled to the note's row (found once, untimed) and stays
 * there, as a pane does while the note is edited: each edit draws the top window and that one.
 */
/** The three edits of the note as timed operations, each drawing `model`'s view; `finish` undoes what is left. */
function editOps(ctx: EditContext, model: ExplorerModel, expanded: ReadonlySet<string>) {
	const { app, probe } = ctx;
	const windows = [0, Math.max(0, model.noteRowIndex(expanded, ctx.path) - VIEW_ROWS / 2)];
	probe.after = () => drawView(model, expanded, windows);
	const timeAllRows = () => timeSync(() => allRows(model, expanded));
	let edited = false;
	const change = () =>
		probe.time("change", async () => {
			edited = !edited;
			await app.vault.modify(fileAt(app, ctx.path), edited ? `${ctx.text}\n${ADDED_TAG}\n` : ctx.text);
		});
	const renamedPath = ctx.path.replace(/\.md$/, " renamed.md");
	let renamed = false;
	const rename = () =>
		probe.time("rename", async () => {
			const from = renamed ? renamedPath : ctx.path;
			renamed = !renamed;
			await app.vault.rename(fileAt(app, from), renamed ? renamedPath : ctx.path);
		});
	const remove = async () => {
		if (renamed) await rename();
		const ms = await probe.time("delete", () => app.fileManager.trashFile(fileAt(app, ctx.path)));
		const all = ms + timeAllRows();
		// Put the note back (untimed) and let the tree catch up, so the next run starts from the same state.
		await app.vault.create(ctx.path, edited ? `${ctx.text}\n${ADDED_TAG}\n` : ctx.text);
		await flushAll(app);
		drawView(model, expanded, windows);
		allRows(model, expanded);
		return { ms, all };
	};
	const withAllRows = (op: () => Promise<number>) => async () => {
		const ms = await op();
		return { ms, all: ms + timeAllRows() };
	};
	const ops: Record<EditKind, () => Promise<{ ms: number; all: number }>> = { change: withAllRows(change), rename: withAllRows(rename), delete: remove };
	const round = async (perRound: number) => {
		const times: Record<EditKind, number[]> = { change: [], rename: [], delete: [] };
		const all: Record<EditKind, number[]> = { change: [], rename: [], delete: [] };
		for (let i = 0; i < perRound; i++) {
			for (const kind of EDIT_KINDS) {
				const t = await ops[kind]();
				times[kind].push(t.ms);
				all[kind].push(t.all);
			}
		}
		return { round: times, all };
	};
	const finish = async () => {
		if (edited) await change();
		if (renamed) await rename();
		probe.after = () => undefined;
	};
	return { windows, round, finish };
}

export async function benchEdits(ctx: EditContext, plan: RunPlan, perRound: number): Promise<EditResults> {
	const { windows, round, finish } = editOps(ctx, ctx.model, ctx.expanded);
	// Warm up on edits alone (cheap); the naive rebuild is one long run that needs no warm-up of its own.
	for (let i = 0; i < plan.warmup; i++) await round(perRound);
	const rounds = await repeat(async () => ({ ...(await round(perRound)), naive: naiveRebuild(ctx, windows) }), { ...plan, warmup: 0 });
	await finish();

	const naive = rounds.map((r) => r.naive);
	const results = {} as EditResults;
	for (const kind of EDIT_KINDS) {
		const fast = rounds.flatMap((r) => r.round[kind]);
		const ratio = median(rounds.map((r) => r.naive / Math.max(median(r.round[kind]), 1e-6)));
		results[kind] = { incremental: summarize(fast), naive: summarize(naive), ratio, allRows: summarize(rounds.flatMap((r) => r.all[kind])) };
	}
	return results;
}

/**
 * The same rounds of edits drawn by a second model in `mode` (typical groups and the note's groups open, as in the
 * main model); the main model still hears every edit but draws nothing. Reported beside the main figures.
 */
export async function benchModeEdits(ctx: EditContext, mode: GroupMode, plan: RunPlan, perRound: number): Promise<ModeEditResults> {
	const model = new ExplorerModel(ctx.model.index, { ...ctx.explorerOptions, mode });
	const expanded = typicalExpanded(model, ctx.path);
	allRows(model, expanded);
	const { round, finish } = editOps(ctx, model, expanded);
	const rounds = await repeat(() => round(perRound), plan);
	await finish();
	model.dispose();
	const pick = (kind: EditKind) => summarize(rounds.flatMap((r) => r.round[kind]));
	return { mode, change: pick("change"), rename: pick("rename"), delete: pick("delete") };
}
