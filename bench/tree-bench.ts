/**
 * The explorer's tree through the core's `ExplorerModel` over the plugin's live index: building each grouping
 * mode's tree from a fresh model, and the rows after each keystroke of a filter being typed.
 */
import type { ArticleIndex } from "../src/core/articles/article-index";
import { ExplorerModel } from "../src/core/explorer/explorer-model";
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
				rows = model.rows(typicalExpanded(model)).length;
			});
			model.dispose();
			return ms;
		}, plan);
		out[mode] = { time: summarize(samples), rows, topGroups };
	}
	return out;
}

export interface FilterTiming {
	/** The slowest keystroke position (by median over runs); the figure the target applies to. */
	slowest: Summary;
	/** Median of each keystroke, in typing order. */
	perKeystroke: number[];
	query: string;
}

/**
 * Types `query` one character at a time into the model's filter and times `setFilter` + `rows()` per keystroke,
 * then clears it (untimed). Each run starts from the unfiltered tree.
 */
export async function benchFilter(model: ExplorerModel, expanded: ReadonlySet<string>, query: string, plan: RunPlan): Promise<FilterTiming> {
	model.setFilter("");
	model.rows(expanded);
	const runs = await repeat(() => {
		const keystrokes: number[] = [];
		for (let k = 1; k <= query.length; k++) {
			keystrokes.push(
				timeSync(() => {
					model.setFilter(query.slice(0, k));
					model.rows(expanded);
				}),
			);
		}
		model.setFilter("");
		model.rows(expanded);
		return keystrokes;
	}, plan);
	const perPosition = Array.from(query, (_c, i) => runs.map((r) => r[i]));
	const medians = perPosition.map(median);
	const worst = medians.indexOf(Math.max(...medians));
	return { slowest: summarize(perPosition[worst]), perKeystroke: medians, query };
}
