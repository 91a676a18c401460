import ArticleDeskPlugin from "../../src/main";
import type { ArticleIndex } from "../../src/core/articles/article-index";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { EXPLORER_VIEW_TYPE } from "../../src/plugin/explorer/explorer-host";
import type { App } from "../obsidian/app";
import { createApp, flushAll, loadPlugin, startApp, unloadPlugin } from "../obsidian/app-factory";
import { type Component, liveRegistrations } from "../obsidian/component";
import { domListenerCount } from "../obsidian/dom-listeners";
import { listenerErrors } from "../obsidian/events";
import { lastMenu, resetMenus } from "../obsidian/menu";
import { clearNotices, noticeMessages } from "../obsidian/notice";
import { contextMenuEvent } from "../obsidian/user-events";
import { EXAMPLE_VAULT, ExplorerUi, NOTE } from "./explorer/harness";

const DATA = ".obsidian/plugins/article-desk/data.json";
const apps: App[] = [];

function app(options: Parameters<typeof createApp>[0] = {}): App {
	const a = createApp({ files: EXAMPLE_VAULT, ...options });
	apps.push(a);
	return a;
}

beforeEach(() => {
	clearNotices();
	resetMenus();
	listenerErrors.splice(0);
});

afterEach(async () => {
	for (const a of apps.splice(0)) await a.dispose();
	expect(listenerErrors).toEqual([]);
});

describe("settings at load", () => {
	it("uses the defaults when nothing was saved, without a notice", async () => {
		const plugin = await loadPlugin(app(), ArticleDeskPlugin);
		expect(plugin.settings).toEqual(DEFAULT_SETTINGS);
		expect(plugin.settings).not.toBe(DEFAULT_SETTINGS);
		expect(noticeMessages()).toEqual([]);
	});

	it("keeps each valid saved field, resets each invalid one, and says so once", async () => {
		const a = app({
			pluginData: {
				"article-desk": {
					groupMode: "date",
					noteSort: "bogus",
					mastodonLimit: 7,
					hiddenTags: ["Articles"],
					relativeDates: "yes",
					expanded: { tag: ["tag:sales"], type: "oops" },
					someOldSetting: true,
				},
			},
		});
		const plugin = await loadPlugin(a, ArticleDeskPlugin);
		expect(plugin.settings).toEqual({
			...DEFAULT_SETTINGS,
			groupMode: "date",
			hiddenTags: ["Articles"],
			expanded: { ...DEFAULT_SETTINGS.expanded, tag: ["tag:sales"] },
		});
		const messages = noticeMessages();
		expect(messages).toHaveLength(1);
		for (const field of ["noteSort", "mastodonLimit", "relativeDates", "expanded.type"]) expect(messages[0]).toContain(field);
		expect(messages[0]).not.toContain("groupMode");
	});

	it("saves the repaired settings, so the notice is not repeated at the next start", async () => {
		const a = app({ pluginData: { "article-desk": { groupMode: "by-colour", noteSortDesc: false } } });
		const first = await loadPlugin(a, ArticleDeskPlugin);
		await flushAll(a);
		expect(noticeMessages()).toHaveLength(1);
		expect(JSON.parse(await a.vault.adapter.read(DATA))).toMatchObject({ groupMode: "tag", noteSortDesc: false });
		await unloadPlugin(a, first);
		clearNotices();
		const second = await loadPlugin(a, ArticleDeskPlugin);
		expect(noticeMessages()).toEqual([]);
		expect(second.settings.noteSortDesc).toBe(false);
	});

	it.each<[string, string]>([
		["a list instead of an object", "[1, 2, 3]"],
		["text that is not JSON", "{ groupMode: date"],
	])("falls back to the defaults when data.json holds %s", async (_name, text) => {
		const a = app();
		await a.vault.adapter.write(DATA, text);
		const plugin = await loadPlugin(a, ArticleDeskPlugin);
		expect(plugin.settings).toEqual(DEFAULT_SETTINGS);
		expect(noticeMessages()).toHaveLength(1);
	});
});

describe("start-up", () => {
	it("does no indexing in onload: the store stays empty until the layout is ready", async () => {
		const a = app({ layoutReady: false });
		const getMarkdownFiles = jest.spyOn(a.vault, "getMarkdownFiles");
		const vaultListeners = a.vault.listenerCount();
		const cacheListeners = a.metadataCache.listenerCount();
		const plugin = await loadPlugin(a, ArticleDeskPlugin);
		expect(getMarkdownFiles).not.toHaveBeenCalled();
		expect(plugin.store.index.size).toBe(0);
		expect(plugin.store.ready).toBe(false);
		// Not listening yet, so the vault's start-up `create` burst never reaches the plugin.
		expect(a.vault.listenerCount()).toBe(vaultListeners);
		expect(a.metadataCache.listenerCount()).toBe(cacheListeners);
		await startApp(a);
		expect(plugin.store.ready).toBe(true);
		expect(plugin.store.index.size).toBe(20);
	});

	it("shows Loading until the metadata cache has resolved, then the tree", async () => {
		const a = app({ indexed: false });
		const plugin = await loadPlugin(a, ArticleDeskPlugin);
		const view = await plugin.activateExplorer();
		const ui = new ExplorerUi(view!);
		expect(a.metadataCache.isIndexing()).toBe(true);
		expect(ui.message()).toBe("Loading articles…");
		expect(ui.count()).toBe("Loading…");
		expect(ui.rowEls()).toHaveLength(0);
		await flushAll(a);
		expect(ui.message()).toBe("");
		expect(ui.count()).toBe("20 articles");
		expect(ui.groupsAt(0).map(([label]) => label)).toEqual(["Metadata problems", "Articles", "coaching", "mindset", "podcast", "productivity", "sales", "Untagged"]);
	});

	it("shows Loading in an explorer restored before the layout was ready, then the tree after start-up", async () => {
		const a = app({ layoutReady: false });
		const plugin = await loadPlugin(a, ArticleDeskPlugin);
		const ui = new ExplorerUi((await plugin.activateExplorer())!);
		expect(ui.message()).toBe("Loading articles…");
		await startApp(a);
		expect(ui.count()).toBe("20 articles");
		// The mode's 7 groups under "Metadata problems".
		expect(ui.groupsAt(0)).toHaveLength(8);
	});

	it("says the vault has no articles yet rather than showing a blank pane", async () => {
		const a = createApp();
		apps.push(a);
		const plugin = await loadPlugin(a, ArticleDeskPlugin);
		const ui = new ExplorerUi((await plugin.activateExplorer())!);
		expect(ui.message()).toMatch(/^No articles yet/);
		expect(ui.count()).toBe("0 articles");
	});

	it("registers its view, commands, ribbon icon, settings tab and page-preview source", async () => {
		const a = app();
		await loadPlugin(a, ArticleDeskPlugin);
		expect(a.viewRegistry.isViewTypeRegistered(EXPLORER_VIEW_TYPE)).toBe(true);
		expect(Object.keys(a.commands.commands)).toEqual(expect.arrayContaining(["article-desk:open-explorer", "article-desk:reveal-active-note"]));
		for (const cmd of a.commands.listCommands()) expect(cmd.hotkeys ?? []).toEqual([]);
		expect(a.workspace.ribbonEl.querySelector('[aria-label="Open article explorer"]')).not.toBeNull();
		expect(a.settingTabs).toHaveLength(1);
		expect(a.workspace.hoverLinkSources[EXPLORER_VIEW_TYPE]).toBeDefined();
	});

	it("opens the explorer once in the right sidebar, and reveals it on later calls", async () => {
		const a = app();
		const plugin = await loadPlugin(a, ArticleDeskPlugin);
		expect(a.commands.executeCommandById("article-desk:open-explorer")).toBe(true);
		await flushAll(a);
		a.commands.executeCommandById("article-desk:open-explorer");
		await flushAll(a);
		const leaves = a.workspace.getLeavesOfType(EXPLORER_VIEW_TYPE);
		expect(leaves).toHaveLength(1);
		expect(leaves[0].location).toBe("right");
		expect(a.workspace.revealedLeaves.filter((l) => l === leaves[0])).toHaveLength(2);
		expect(plugin.explorerViews()).toEqual([leaves[0].view]);
	});
});

describe("unload", () => {
	it("removes every listener, registration and DOM node it added", async () => {
		const a = app();
		const baseline = {
			vault: a.vault.listenerCount(),
			cache: a.metadataCache.listenerCount(),
			workspace: a.workspace.listenerCount(),
			window: domListenerCount(window),
			document: domListenerCount(document),
			live: { ...liveRegistrations },
		};
		const plugin = await loadPlugin(a, ArticleDeskPlugin);
		await flushAll(a);
		const view = (await plugin.activateExplorer())!;
		await flushAll(a);
		const ui = new ExplorerUi(view);
		// Use it a little: expand, filter, open a context menu.
		ui.expand("podcast");
		ui.note(NOTE.discovery)!.querySelector(".tree-item-self")!.dispatchEvent(contextMenuEvent());
		lastMenu()?.hide();
		ui.filter("#sales");
		expect(a.vault.listenerCount()).toBeGreaterThan(baseline.vault);
		expect(document.querySelectorAll(".article-desk-row").length).toBeGreaterThan(0);
		const store = plugin.store as unknown as { listenerCount(name?: string): number };
		expect(store.listenerCount("changed")).toBe(1);

		await unloadPlugin(a, plugin);

		expect(a.vault.listenerCount()).toBe(baseline.vault);
		expect(a.metadataCache.listenerCount()).toBe(baseline.cache);
		expect(a.workspace.listenerCount()).toBe(baseline.workspace);
		expect(domListenerCount(window)).toBe(baseline.window);
		expect(domListenerCount(document)).toBe(baseline.document);
		expect(liveRegistrations).toEqual(baseline.live);
		expect((plugin as unknown as Component).registrationCounts()).toEqual({ events: 0, domEvents: 0, intervals: 0, callbacks: 0 });
		expect(store.listenerCount()).toBe(0);
		expect(document.querySelector(".article-desk-explorer")).toBeNull();
		expect(document.querySelectorAll(".article-desk-row")).toHaveLength(0);
		expect(view.contentEl.childElementCount).toBe(0);
		// The leaf stays, as a placeholder Obsidian restores when the plugin comes back.
		expect(a.workspace.getLeavesOfType(EXPLORER_VIEW_TYPE).map((l) => l.isDeferred)).toEqual([true]);
		expect(a.viewRegistry.isViewTypeRegistered(EXPLORER_VIEW_TYPE)).toBe(false);
		expect(Object.keys(a.commands.commands).filter((id) => id.startsWith("article-desk:"))).toEqual([]);
		expect(a.workspace.ribbonEl.querySelector('[aria-label="Open article explorer"]')).toBeNull();
		expect(a.settingTabs).toHaveLength(0);
		expect(a.workspace.hoverLinkSources[EXPLORER_VIEW_TYPE]).toBeUndefined();
	});

	it("lets go of the article index when the explorer closes", async () => {
		const a = app();
		const plugin = await loadPlugin(a, ArticleDeskPlugin);
		// The index is long-lived (it lives as long as the plugin); a closed view must not stay subscribed to it.
		const indexListeners = liveIndexListeners(plugin.store.index);
		const openAndClose = async (): Promise<number> => {
			const view = (await plugin.activateExplorer())!;
			await flushAll(a);
			const open = indexListeners();
			view.leaf.detach();
			await flushAll(a);
			return open;
		};
		await openAndClose();
		// What stays is per index (shared caches), not per view.
		const baseline = indexListeners();
		for (let i = 0; i < 3; i++) {
			expect(await openAndClose()).toBeGreaterThan(baseline);
			expect(indexListeners()).toBe(baseline);
		}
	});

	/**
	 * How many of the index's change listeners subscribed from now on are still subscribed: every listener subscribes
	 * through `onChange`, and leaves through the unsubscribe it returned.
	 */
	function liveIndexListeners(index: ArticleIndex): () => number {
		let live = 0;
		const subscribe = index.onChange.bind(index);
		jest.spyOn(index, "onChange").mockImplementation((listener) => {
			const unsubscribe = subscribe(listener);
			let subscribed = true;
			live++;
			return () => {
				if (subscribed) live--;
				subscribed = false;
				unsubscribe();
			};
		});
		return () => live;
	}

	it("cleans up as well when unloaded before the layout was ready", async () => {
		const a = app({ layoutReady: false });
		const vaultListeners = a.vault.listenerCount();
		const plugin = await loadPlugin(a, ArticleDeskPlugin);
		await unloadPlugin(a, plugin);
		await startApp(a);
		expect(a.vault.listenerCount()).toBe(vaultListeners);
		expect(plugin.store.index.size).toBe(0);
	});
});
