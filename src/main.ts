/**
 * Plugin lifecycle only. `onload` registers views, commands and the settings tab and reads settings; the article
 * index is filled after the workspace layout is ready, so start-up stays instant.
 */
import type { WorkspaceLeaf } from "obsidian";
import { Notice, Plugin, TFile } from "./plugin/obsidian-api";

import { ArticleDeskSettings, loadSettings } from "./core/settings";
import { ArticleStore } from "./plugin/article-store";
import { EXPLORER_ICON, EXPLORER_NAME, EXPLORER_VIEW_TYPE } from "./plugin/explorer/explorer-host";
import { ExplorerView } from "./plugin/explorer/explorer-view";
import { registerHealthCommands } from "./plugin/health/health-commands";
import { registerSnippetCommands } from "./plugin/snippets/snippet-commands";
import { activeNoteCommand } from "./plugin/markdown-file";
import { openViews } from "./plugin/open-views";
import { ArticleDeskSettingTab } from "./plugin/settings-tab";

/** The ribbon button's tooltip and the command's name: the same action, named once. */
const OPEN_EXPLORER = "Open article explorer";

export default class ArticleDeskPlugin extends Plugin {
	override settings!: ArticleDeskSettings;
	store!: ArticleStore;
	/** Set by `onunload`, so a layout-ready callback queued before an early unload does not start the store. */
	#unloaded = false;

	override async onload(): Promise<void> {
		const { app } = this;
		const { settings, rejected } = loadSettings(await this.#readSavedSettings());
		this.settings = settings;
		if (rejected.length > 0) {
			new Notice(`Article Desk: some saved settings were not valid and were reset to defaults (${rejected.join(", ")}).`);
			// Save the repaired settings, so the notice is shown once rather than at every start.
			await this.saveData(settings);
		}
		this.store = new ArticleStore(app, settings);

		this.registerView(EXPLORER_VIEW_TYPE, (leaf) => new ExplorerView(leaf, this));
		this.registerHoverLinkSource(EXPLORER_VIEW_TYPE, { display: EXPLORER_NAME, defaultMod: true });
		const openExplorer = () => void this.activateExplorer();
		this.addRibbonIcon(EXPLORER_ICON, OPEN_EXPLORER, openExplorer);
		this.addCommand({ id: "open-explorer", name: OPEN_EXPLORER, callback: openExplorer });
		this.addCommand({
			id: "reveal-active-note",
			name: "Reveal active note in article explorer",
			checkCallback: activeNoteCommand(app, (file) => this.#revealInExplorer(file)),
		});
		registerSnippetCommands(this);
		registerHealthCommands(this);
		this.addSettingTab(new ArticleDeskSettingTab(app, this, this));

		app.workspace.onLayoutReady(() => {
			if (!this.#unloaded) this.store.start(this);
		});
	}

	override onunload(): void {
		this.#unloaded = true;
	}

	/** What `data.json` holds; a file that is not JSON counts as one invalid value (defaults, and a notice). */
	async #readSavedSettings(): Promise<unknown> {
		try {
			return (await this.loadData()) as unknown;
		} catch {
			return "(not JSON)";
		}
	}

	getSettings(): ArticleDeskSettings {
		return this.settings;
	}

	/** Applies a settings change, saves it, and lets the index and open views follow. */
	async updateSettings(patch: Partial<ArticleDeskSettings>): Promise<void> {
		const settings = (this.settings = { ...this.settings, ...patch });
		await this.saveData(settings);
		// Opening or closing groups changes nothing the index or the views must redo.
		if (Object.keys(patch).join() === "expanded") return;
		this.store.applySettings(settings);
		for (const view of this.explorerViews()) view.applySettings(settings);
	}

	/** Opens the explorer in the right sidebar, or reveals the leaf it already has. */
	async activateExplorer(): Promise<ExplorerView | null> {
		const { workspace } = this.app;
		let leaf: WorkspaceLeaf | null = workspace.getLeavesOfType(EXPLORER_VIEW_TYPE)[0] ?? null;
		if (!leaf) {
			leaf = workspace.getRightLeaf(false);
			if (!leaf) return null;
			await leaf.setViewState({ type: EXPLORER_VIEW_TYPE, active: true });
		}
		await workspace.revealLeaf(leaf);
		return leaf.view instanceof ExplorerView ? leaf.view : null;
	}

	async #revealInExplorer(file: TFile): Promise<void> {
		const view = await this.activateExplorer();
		if (view && !view.reveal(file.path)) new Notice("This note is not listed in the article explorer.");
	}

	/** Open explorer views, found through the workspace (the plugin never keeps view references). */
	explorerViews(): ExplorerView[] {
		return openViews(this.app, EXPLORER_VIEW_TYPE, ExplorerView);
	}
}
