/**
 * The explorer's tree through the core's `ExplorerModel` over the plugin's live index: building each grouping
 * mode's tree from a fresh model, and what the sidebar draws after each keystroke of a filter being typed.
 */
import type { ArticleIndex } from "../src/core/articles/article-index";
import { allRows, ExplorerModel } from "../src/core/explorer/explorer-model";
import { warmFilter } from "../src/core/explorer/note-table";
import type { ExplorerOptions } from "../src/core/explorer/types";
import { GROUP_MODES, type GroupMode } from "../src/core/settings";
import { repeat, sample, timeSync, type RunPlan } from "./measure";
import { median, summarize, type Summary } from "./stats";

/**
 * The groups a user typically has open: the first three top-level groups and the first two sub-groups of each,
 * plus (when given) the groups holding the note being edited, as "reveal active note" leaves them.
 */
export function typicalExpanded(model: ExplorerModel, notePath?: string): Set<string> {
	const ids = new Set<string>();
	for (const g of model.topGroups().slice(0, 3)) {
		ids.add(g.id);
		for (const c of model.childGroups(g.id).slice(0, 2)) ids.add(c.id);
	}
	if (notePath !== undefined) for (const id of model.pathToGroups(notePath)) ids.add(id);
	return ids;
}

/** Rows the sidebar draws at once: a tall pane's worth plus overscan (row-window.ts makes about this many). */
export const VIEW_ROWS = 40;

/**
 * What the sidebar view does after an edit or a keystroke (explorer-view.ts): the header's note count, the empty
 * check, the row count for the scroll height, and `rowsInRange` for the window in view; never `allRows`. `starts`
 * are the first rows of the windows to draw (the top of the tree, and for edits the window around the note).
 */
export function drawView(model: ExplorerModel, expanded: ReadonlySet<string>, starts: readonly number[]): number {
	let drawn = model.noteCount;
	if (model.emptyReason !== null) return drawn;
	const count = model.rowCount(expanded);
	for (const start of starts) {
		const from = Math.max(0, Math.min(start, count - VIEW_ROWS));
		drawn += model.rowsInRange(expanded, from, from + VIEW_ROWS).length;
	}
	return drawn;
}

export interface TreeTiming {
	/** A fresh model: top-level groups, the typical groups opened, their rows. */
	time: Summary;
	rows: number;
	topGroups: number;
}

/** Builds each mode's tree from scratch (new model, same warm index) and times it. */
export async function benchTrees(index: ArticleIndex, options: ExplorerOptions, plan: RunPlan): Promise<Record<GroupMode, TreeTiming>> {
	const out = {} as Record<GroupMode, TreeTiming>;
	for (const mode of GROUP_MODES) {
		let rows = 0;
		let topGroups = 0;
		const samples = await sample(() => {
			const model = new ExplorerModel(index, { ...options, mode });
			const ms = timeSync(() => {
				topGroups = model.topGroups().length;
				rows = allRows(model, typicalExpanded(model)).length;
			});
			model.dispose();
			return ms;
		}, plan);
		out[mode] = { time: summarize(samples), rows, topGroups };
	}
	return out;
}

export interface FilterTiming {
	/** The slowest keystroke position (by median over runs): `setFilter` + what the view draws; the target's figure. */
	slowest: Summary;
	/** Median of each keystroke, in typing order. */
	perKeystroke: number[];
	/** The same keystrokes followed by `allRows` (every row of the open groups), which the view never asks for. */
	allRowsSlowest: Summary;
	allRowsPerKeystroke: number[];
	query: string;
}

/**
 * Types `query` one character at a time into the model's filter and times `setFilter` + `drawView` (the top window)
 * per keystroke; then, separately timed, `allRows`, reported added to it as the all-rows figure. The filter is then
 * cleared (untimed). Each run starts from the unfiltered tree.
 */
export async function benchFilter(model: ExplorerModel, expanded: ReadonlySet<string>, query: string, plan: RunPlan): Promise<FilterTiming> {
	model.setFilter("");
	allRows(model, expanded);
	const runs = await repeat(() => {
		const view: number[] = [];
		const all: number[] = [];
		for (let k = 1; k <= query.length; k++) {
			const ms = timeSync(() => {
				model.setFilter(query.slice(0, k));
				drawView(model, expanded, [0]);
			});
			view.push(ms);
			all.push(ms + timeSync(() => allRows(model, expanded)));
		}
		model.setFilter("");
		allRows(model, expanded);
		return { view, all };
	}, plan);
	const slowest = (pick: (r: { view: number[]; all: number[] }) => number[]) => {
		const perPosition = Array.from(query, (_c, i) => runs.map((r) => pick(r)[i]));
		const medians = perPosition.map(median);
		return { worst: summarize(perPosition[medians.indexOf(Math.max(...medians))]), medians };
	};
	const view = slowest((r) => r.view);
	const all = slowest((r) => r.all);
	return { slowest: view.worst, perKeystroke: view.medians, allRowsSlowest: all.worst, allRowsPerKeystroke: all.medians, query };
}

/** The first filter keystroke on a fresh index, with and without the view's idle-time warm-up of the filter table. */
export interface FirstKeystrokeTiming {
	/** The note table made by the keystroke itself (as before the warm-up existed, or if typed during it). */
	cold: Summary;
	/** The table filled first by `warmFilter`, as the open view does in slices after start-up. */
	warm: Summary;
	/** That warm-up in one piece: the idle-time work the view spreads over 16 ms slices. */
	warmUp: Summary;
}

/**
 * The first keystroke of `query` (its first character) on a model over a fresh index each run, timed as
 * `benchFilter` times a keystroke: once on a cold index, once after `warmFilter` filled the table.
 */
export async function benchFirstKeystroke(fresh: () => ArticleIndex, options: ExplorerOptions, query: string, plan: RunPlan): Promise<FirstKeystrokeTiming> {
	const firstKey = (index: ArticleIndex): number => {
		const model = new ExplorerModel(index, { ...options, mode: "tag" });
		const expanded = typicalExpanded(model);
		drawView(model, expanded, [0]);
		const ms = timeSync(() => {
			model.setFilter(query.slice(0, 1));
			drawView(model, expanded, [0]);
		});
		model.dispose();
		return ms;
	};
	const runs = await repeat(() => {
		const cold = firstKey(fresh());
		const index = fresh();
		const warmUp = timeSync(() => warmFilter(index, () => true));
		return { cold, warm: firstKey(index), warmUp };
	}, plan);
	return { cold: summarize(runs.map((r) => r.cold)), warm: summarize(runs.map((r) => r.warm)), warmUp: summarize(runs.map((r) => r.warmUp)) };
}
