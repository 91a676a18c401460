/**
 * Loading and unloading the plugin 100 times, using it a little each time, leaves nothing behind: no listener on
 * the vault, cache, workspace, window or document, no registration, interval or timer, no DOM node, no editor
 * extension, and the user's own leaves stay exactly where they were.
 */
import type { MarkdownView } from "obsidian";

import ArticleDeskPlugin from "../../src/main";
import { EXPLORER_VIEW_TYPE } from "../../src/plugin/explorer/explorer-host";
import { openSnippetsModal } from "../../src/plugin/snippets/snippet-commands";
import type { App } from "../obsidian/app";
import { createApp, flushAll, loadPlugin, unloadPlugin } from "../obsidian/app-factory";
import { type Component, liveRegistrations } from "../obsidian/component";
import { domListenerCount } from "../obsidian/dom-listeners";
import { listenerErrors } from "../obsidian/events";
import { openModals } from "../obsidian/modal";
import { clearNotices } from "../obsidian/notice";
import { EXAMPLE_VAULT, ExplorerUi, NOTE } from "../plugin/explorer/harness";
import { fileAt } from "../plugin/snippets/fixtures";

const CYCLES = 100;

/** Intervals and timeouts the code under test started and has not cleared (fired timeouts count as done). */
class TimerLedger {
	readonly intervals = new Set<number>();
	readonly timeouts = new Set<number>();
	/** How many timers were started, to show the ledger really watched the plugin (the explorer coalesces with one). */
	started = 0;
	private readonly spies: jest.SpyInstance[] = [];

	install(): void {
		const realSetInterval = window.setInterval.bind(window);
		const realSetTimeout = window.setTimeout.bind(window);
		const realClearInterval = window.clearInterval.bind(window);
		const realClearTimeout = window.clearTimeout.bind(window);
		this.spies.push(
			jest.spyOn(window, "setInterval").mockImplementation(((fn: () => void, ms?: number, ...args: unknown[]) => {
				const id = realSetInterval(fn, ms, ...args);
				this.started++;
				this.intervals.add(id);
				return id;
			}) as typeof window.setInterval),
			jest.spyOn(window, "clearInterval").mockImplementation(((id?: number) => {
				if (id !== undefined) this.intervals.delete(id);
				realClearInterval(id);
			}) as typeof window.clearInterval),
			jest.spyOn(window, "setTimeout").mockImplementation(((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
				const id: number = realSetTimeout(
					(...a: unknown[]) => {
						this.timeouts.delete(id);
						fn(...a);
					},
					ms,
					...args,
				);
				this.started++;
				this.timeouts.add(id);
				return id;
			}) as typeof window.setTimeout),
			jest.spyOn(window, "clearTimeout").mockImplementation(((id?: number) => {
				if (id !== undefined) this.timeouts.delete(id);
				realClearTimeout(id);
			}) as typeof window.clearTimeout),
		);
	}

	restore(): void {
		for (const spy of this.spies) spy.mockRestore();
	}
}

interface Snapshot {
	vault: number;
	cache: number;
	workspace: number;
	window: number;
	document: number;
	body: number;
	extensions: number;
	live: typeof liveRegistrations;
}

function snapshot(app: App): Snapshot {
	return {
		vault: app.vault.listenerCount(),
		cache: app.metadataCache.listenerCount(),
		workspace: app.workspace.listenerCount(),
		window: domListenerCount(window),
		document: domListenerCount(document),
		body: document.body.childElementCount,
		extensions: app.workspace.editorExtensions.length,
		live: { ...liveRegistrations },
	};
}

/** Every element whose class names Article Desk (`article-desk-…`), anywhere in the document. */
const ownNodes = () => Array.from(document.querySelectorAll("*")).filter((el) => Array.from(el.classList).some((c) => c.startsWith("article-desk")));

let app: App;
const timers = new TimerLedger();

beforeAll(() => {
	// jsdom's selector engine adds two document listeners of its own on first use: start it before any baseline.
	document.querySelector("*");
	listenerErrors.splice(0);
	app = createApp({ files: EXAMPLE_VAULT });
});

afterAll(async () => {
	timers.restore();
	clearNotices();
	await app.dispose();
});

/** One session: load, open the explorer and use it, open and close the snippets dialog, then unload. */
async function session(): Promise<void> {
	const plugin = await loadPlugin(app, ArticleDeskPlugin);
	await flushAll(app);
	const view = await plugin.activateExplorer();
	expect(view).not.toBeNull();
	const ui = new ExplorerUi(view!);
	ui.expand("sales");
	ui.filter("#sales");
	await app.vault.append(app.vault.getFileByPath(NOTE.rejection)!, "\nA line added while the plugin runs.");
	const modal = openSnippetsModal(plugin, fileAt(app, NOTE.goodEgg));
	await modal.settled();
	modal.close();
	expect(ownNodes().length).toBeGreaterThan(0);
	await unloadPlugin(app, plugin);
	expect((plugin as unknown as Component).registrationCounts()).toEqual({ events: 0, domEvents: 0, intervals: 0, callbacks: 0 });
}

it(`leaves nothing behind after ${CYCLES} load/unload cycles, and the user's note leaf where it was`, async () => {
	const leaf = app.workspace.getLeaf("tab");
	await leaf.openFile(app.vault.getFileByPath(NOTE.goodEgg)!);
	const noteView = leaf.view as unknown as MarkdownView;
	const before = snapshot(app);
	const noteLeafState = { location: leaf.location, parent: leaf.containerEl.parentElement, type: leaf.view.getViewType(), file: noteView.file?.path };
	timers.install();

	await session();
	// After one session everything is back to the baseline; the explorer's leaf stays as a placeholder (Obsidian
	// restores it when the plugin comes back), inside the workspace, so the body's children are unchanged.
	const afterOne = snapshot(app);
	expect(afterOne).toEqual(before);

	for (let i = 1; i < CYCLES; i++) await session();
	await flushAll(app);

	expect(snapshot(app)).toEqual(afterOne);
	expect(ownNodes()).toEqual([]);
	expect(openModals()).toEqual([]);
	expect(timers.started).toBeGreaterThanOrEqual(CYCLES);
	expect(timers.intervals.size).toBe(0);
	expect(timers.timeouts.size).toBe(0);
	expect(app.workspace.getLeavesOfType(EXPLORER_VIEW_TYPE)).toHaveLength(1);
	expect(app.workspace.getLeavesOfType("markdown")).toEqual([leaf]);
	expect({ location: leaf.location, parent: leaf.containerEl.parentElement, type: leaf.view.getViewType(), file: (leaf.view as unknown as MarkdownView).file?.path }).toEqual(noteLeafState);
	expect(leaf.view).toBe(noteView);
	expect(listenerErrors).toEqual([]);
}, 60_000);
