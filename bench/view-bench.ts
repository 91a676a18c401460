/**
 * The explorer view itself, in jsdom: open it, press "Expand all", and count the row elements in the DOM (only
 * the rows in view plus overscan may exist, whatever the vault's size). Also the redraw after an edit with the
 * whole tree expanded.
 */
import { performance } from "node:perf_hooks";

import type ArticleDeskPlugin from "../src/main";
import { cloneSettings, DEFAULT_SETTINGS } from "../src/core/settings";
import { EXPLORER_VIEW_TYPE } from "../src/plugin/explorer/explorer-host";
import { TreeView, type ExplorerView } from "../src/plugin/explorer/explorer-view";
import type { App } from "../tests/obsidian/app";
import { flushAll } from "../tests/obsidian/app-factory";
import { ADDED_TAG } from "./edit-bench";
import { sample, timeSync, type RunPlan } from "./measure";
import type { EditProbe } from "./plugin-harness";
import { summarize, type Summary } from "./stats";
import type { GeneratedNote } from "./vault-generator";

export interface RenderTiming {
	/** Open the view and expand every group: header, model, tree rows, the visible window drawn. */
	open: Summary;
	/** `.article-desk-row` elements in the DOM after the full render. */
	domRows: number;
	/** Rows of the fully expanded tree (what a non-virtual view would draw). */
	treeRows: number;
	/** One change to the open note, whole tree expanded: store patch, model rows, window redrawn. */
	refreshAfterEdit: Summary;
	/** `refresh()` with nothing changed: the rows are cached, so this is the DOM window redraw (in jsdom). */
	redraw: Summary;
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

/**
 * Times the full render from a closed view; then, with the whole tree expanded and the edited note open in the
 * editor (the view redraws at once for the active note instead of coalescing), one change to that note from the
 * metadata-cache event to the redrawn window; and a redraw with nothing changed (jsdom's share of a redraw).
 * Closes the view and the note at the end.
 */
export async function benchRender(app: App, plugin: ArticleDeskPlugin, probe: EditProbe, note: GeneratedNote, plan: RunPlan): Promise<RenderTiming> {
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
	const file = app.vault.getFileByPath(note.path);
	if (!file) throw new Error("bench: the edited note is gone");
	const editor = app.workspace.getLeaf(false);
	await editor.openFile(file);
	// Scrolled to the middle of the tree: each redraw then keeps the row at the top of the pane in place (finds it
	// again among the new rows), the costlier case a user is most often in.
	const scroller = view.contentEl.querySelector<HTMLElement>(".article-desk-scroller");
	if (!scroller) throw new Error("bench: no scroller");
	scroller.scrollTop = Math.floor(treeRows / 2) * TreeView.rowHeight + 5;
	scroller.dispatchEvent(new Event("scroll"));
	let edited = false;
	const refresh = await sample(
		() =>
			probe.time("change", async () => {
				edited = !edited;
				await app.vault.modify(file, edited ? `${note.text}\n${ADDED_TAG}\n` : note.text);
			}),
		plan,
	);
	if (edited) await app.vault.modify(file, note.text);
	await flushAll(app);
	const redraw = await sample(() => timeSync(() => view.refresh()), plan);
	editor.detach();
	await closeExplorers(app, plugin);
	return { open: summarize(open), domRows, treeRows, refreshAfterEdit: summarize(refresh), redraw: summarize(redraw) };
}
