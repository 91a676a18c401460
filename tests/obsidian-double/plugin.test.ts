import { createApp, flushAll, loadPlugin, unloadPlugin } from "../obsidian/app-factory";
import type { App } from "../obsidian/app";
import { liveRegistrations } from "../obsidian/component";
import { domListenerCount } from "../obsidian/dom-listeners";
import type { Editor } from "../obsidian/editor";
import type { TFile } from "../obsidian/files";
import { Plugin, PluginSettingTab } from "../obsidian/plugin";
import { ItemView } from "../obsidian/views";
import type { WorkspaceLeaf } from "../obsidian/workspace-leaf";

const VIEW = "busy-view";

class BusyView extends ItemView {
	closed = 0;

	getViewType(): string {
		return VIEW;
	}

	getDisplayText(): string {
		return "Busy";
	}

	override onload(): void {
		this.registerEvent(this.app.vault.on("modify", () => undefined));
		this.registerDomEvent(document, "keydown", () => undefined);
	}

	protected override async onClose(): Promise<void> {
		this.closed++;
	}
}

class Tab extends PluginSettingTab {
	display(): void {
		this.containerEl.createDiv({ text: "settings" });
	}
}

/** A plugin that uses every kind of registration the double models. */
class BusyPlugin extends Plugin {
	ticks = 0;
	settings: Record<string, unknown> = {};

	override async onload(): Promise<void> {
		this.settings = Object.assign({ flag: false }, await this.loadData());
		this.registerView(VIEW, (leaf) => new BusyView(leaf));
		this.addCommand({ id: "plain", name: "Plain", callback: () => this.ticks++ });
		this.addCommand({ id: "only-with-a", name: "Only with a", checkCallback: (checking) => {
			const ok = this.app.vault.getFileByPath("a.md") !== null;
			if (ok && !checking) this.ticks += 10;
			return ok;
		} });
		this.addCommand({ id: "edit", name: "Edit", editorCallback: (editor: Editor) => editor.replaceSelection("!") });
		this.addRibbonIcon("newspaper", "Open desk", () => this.ticks++);
		this.addStatusBarItem().setText("3 articles");
		this.addSettingTab(new Tab(this.app, this));
		this.registerEditorExtension([]);
		this.registerHoverLinkSource(VIEW, { display: "Desk", defaultMod: true });
		this.registerMarkdownPostProcessor(() => undefined);
		this.registerObsidianProtocolHandler("desk", () => undefined);
		this.registerEvent(this.app.metadataCache.on("resolved", () => undefined));
		this.registerEvent(this.app.workspace.on("file-open", () => undefined));
		this.registerDomEvent(window, "resize", () => undefined);
		this.registerInterval(window.setInterval(() => this.ticks++, 1000));
		this.app.workspace.onLayoutReady(() => this.registerEvent(this.app.vault.on("create", () => undefined)));
	}
}

async function loaded(files: Record<string, string> = {}): Promise<{ app: App; plugin: BusyPlugin }> {
	const app = createApp({ files, pluginData: { "article-desk": { flag: true } } });
	const plugin = await loadPlugin(app, BusyPlugin);
	return { app, plugin };
}

describe("Plugin registrations", () => {
	it("stores what onload registers", async () => {
		const { app, plugin } = await loaded();
		expect(plugin.settings).toEqual({ flag: true });
		expect(Object.keys(app.commands.commands).sort()).toEqual(["article-desk:edit", "article-desk:only-with-a", "article-desk:plain"]);
		expect(app.commands.findCommand("article-desk:plain")?.name).toBe("Article Desk: Plain");
		expect(app.workspace.ribbonEl.find("[aria-label='Open desk'] svg")?.getAttr("data-icon")).toBe("newspaper");
		expect(app.statusBarEl.getText()).toBe("3 articles");
		expect(app.settingTabs).toHaveLength(1);
		expect(app.workspace.editorExtensions).toHaveLength(1);
		expect(app.workspace.hoverLinkSources[VIEW]).toEqual({ display: "Desk", defaultMod: true });
		expect(app.protocolHandlers.has("desk")).toBe(true);
		expect(app.vault.listenerCount()).toBe(1);
		// callbacks: view, 3 commands, ribbon, status bar, setting tab, editor extension, hover source, post-processor, protocol
		expect(plugin.registrationCounts()).toEqual({ events: 3, domEvents: 1, intervals: 1, callbacks: 11 });
	});

	it("unload removes every registration, listener and DOM element", async () => {
		const baseline = { ...liveRegistrations };
		const { app, plugin } = await loaded();
		const leaf = app.workspace.getRightLeaf(false) as WorkspaceLeaf;
		await leaf.setViewState({ type: VIEW });
		const view = leaf.view as BusyView;
		expect(domListenerCount(document, "keydown")).toBe(1);
		await unloadPlugin(app, plugin);
		expect(view.closed).toBe(1);
		expect(plugin.registrationCounts()).toEqual({ events: 0, domEvents: 0, intervals: 0, callbacks: 0 });
		expect(liveRegistrations).toEqual(baseline);
		expect(app.vault.listenerCount() + app.metadataCache.listenerCount() + app.workspace.listenerCount()).toBe(0);
		expect(domListenerCount(window, "resize")).toBe(0);
		expect(domListenerCount(document, "keydown")).toBe(0);
		expect(app.commands.listCommands()).toEqual([]);
		expect(app.workspace.ribbonEl.children).toHaveLength(0);
		expect(app.statusBarEl.children).toHaveLength(0);
		expect(app.settingTabs).toEqual([]);
		expect(app.workspace.editorExtensions).toEqual([]);
		expect(app.protocolHandlers.size).toBe(0);
		expect(app.viewRegistry.isViewTypeRegistered(VIEW)).toBe(false);
		expect(leaf.isDeferred).toBe(true);
	});

	it("unload stops registered intervals", async () => {
		jest.useFakeTimers();
		try {
			const { plugin } = await loaded();
			jest.advanceTimersByTime(3000);
			expect(plugin.ticks).toBe(3);
			plugin.unload();
			jest.advanceTimersByTime(3000);
			expect(plugin.ticks).toBe(3);
		} finally {
			jest.useRealTimers();
		}
	});

	it("saveData writes data.json that loadData reads back; no data gives null", async () => {
		const app = createApp();
		const plugin = await loadPlugin(app, BusyPlugin);
		expect(plugin.settings).toEqual({ flag: false });
		await plugin.saveData({ flag: true, n: 2 });
		expect(await plugin.loadData()).toEqual({ flag: true, n: 2 });
		expect(JSON.parse(await app.vault.adapter.read(".obsidian/plugins/article-desk/data.json"))).toEqual({ flag: true, n: 2 });
	});
});

describe("commands run like the palette runs them", () => {
	it("runs a plain callback", async () => {
		const { app, plugin } = await loaded();
		expect(app.commands.executeCommandById("article-desk:plain")).toBe(true);
		expect(plugin.ticks).toBe(1);
	});

	it.each([
		[{}, false, 0],
		[{ "a.md": "" }, true, 10],
	])("checkCallback with files %j: available=%j, effect %j", async (files, available, ticks) => {
		const { app, plugin } = await loaded(files);
		expect(app.commands.isAvailable("article-desk:only-with-a")).toBe(available);
		expect(plugin.ticks).toBe(0);
		expect(app.commands.executeCommandById("article-desk:only-with-a")).toBe(available);
		expect(plugin.ticks).toBe(ticks);
	});

	it("editor commands need an active note and get its editor", async () => {
		const { app } = await loaded({ "a.md": "hi" });
		expect(app.commands.isAvailable("article-desk:edit")).toBe(false);
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(app.vault.getFileByPath("a.md") as TFile);
		(leaf.view as unknown as { editor: Editor }).editor.setCursor(0, 2);
		expect(app.commands.executeCommandById("article-desk:edit")).toBe(true);
		expect((leaf.view as unknown as { editor: Editor }).editor.getValue()).toBe("hi!");
		await flushAll(app);
	});
});
