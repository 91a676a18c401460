/**
 * The explorer view itself, in jsdom: open it, press "Expand all", and count the row elements in the DOM (only
 * the rows in view plus overscan may exist, whatever the vault's size). Also the redraw after an edit with the
 * whole tree expanded, which is what the view's coalesced refresh does.
 */
import { performance } from "node:perf_hooks";

import type ArticleDeskPlugin from "../src/main";
import { cloneSettings, DEFAULT_SETTINGS } from "../src/core/settings";
import { EXPLORER_VIEW_TYPE } from "../src/plugin/explorer/explorer-host";
import { COALESCE_MS, type ExplorerView } from "../src/plugin/explorer/explorer-view";
import type { App } from "../tests/obsidian/app";
import { flushAll } from "../tests/obsidian/app-factory";
import { sample, timeSync, type RunPlan } from "./measure";
import { summarize, type Summary } from "./stats";

export interface RenderTiming {
	/** Open the view and expand every group: header, model, tree rows, the visible window drawn. */
	open: Summary;
	/** `.article-desk-row` elements in the DOM after the full render. */
	domRows: number;
	/** Rows of the fully expanded tree (what a non-virtual view would draw). */
	treeRows: number;
	/** `refresh()` after one note changed, with the whole tree expanded. */
	refreshAfterEdit: Summary;
}

function click(el: Element): void {
	el.dispatchEvent(new window.MouseEvent("click", { bubbles: true, cancelable: true }));
}

async function closeExplorers(app: App, plugin: ArticleDeskPlugin): Promise<void> {
	app.workspace.detachLeavesOfType(EXPLORER_VIEW_TYPE);
	await flushAll(app);
	await plugin.updateSettings({ expanded: cloneSettings(DEFAULT_SETTINGS).expanded });
}

async function openExpanded(plugin: ArticleDeskPlugin): Promise<ExplorerView> {
	const view = await plugin.activateExplorer();
	if (!view) throw new Error("bench: the explorer did not open");
	const button = view.contentEl.querySelector('[aria-label="Expand all"]');
	if (!button) throw new Error("bench: no Expand all button");
	click(button);
	return view;
}

/** Times the full render from a closed view, then the redraw after an edit; closes the view at the end. */
export async function benchRender(app: App, plugin: ArticleDeskPlugin, edit: (run: number) => Promise<void>, plan: RunPlan): Promise<RenderTiming> {
	let domRows = 0;
	let treeRows = 0;
	const open = await sample(async () => {
		await closeExplorers(app, plugin);
		const t0 = performance.now();
		const view = await openExpanded(plugin);
		const ms = performance.now() - t0;
		domRows = view.contentEl.querySelectorAll(".article-desk-row").length;
		treeRows = view.visibleRows.length;
		return ms;
	}, plan);

	const view = plugin.explorerViews()[0];
	let run = 0;
	const refresh = await sample(async () => {
		await edit(run++);
		const ms = timeSync(() => view.refresh());
		// Let the view's own coalesced refresh fire now, not during a later measurement.
		await new Promise((resolve) => setTimeout(resolve, COALESCE_MS + 10));
		return ms;
	}, plan);
	await closeExplorers(app, plugin);
	return { open: summarize(open), domRows, treeRows, refreshAfterEdit: summarize(refresh) };
}
