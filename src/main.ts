/** Plugin lifecycle only: load settings, register the tab. Everything heavy waits for the layout to be ready. */
import { Notice, Plugin } from "obsidian";

import { ArticleDeskSettings, loadSettings } from "./core/settings";
import { ArticleDeskSettingTab } from "./plugin/settings-tab";

export default class ArticleDeskPlugin extends Plugin {
	override settings!: ArticleDeskSettings;

	override async onload(): Promise<void> {
		const { settings, rejected } = loadSettings(await this.loadData());
		this.settings = settings;
		if (rejected.length > 0) {
			new Notice(`Article Desk: some saved settings were invalid and were reset (${rejected.join(", ")}).`);
		}
		this.addSettingTab(new ArticleDeskSettingTab(this.app, this, this));
	}

	getSettings(): ArticleDeskSettings {
		return this.settings;
	}

	/** Applies a settings change, saves it, and lets open views redraw. */
	async updateSettings(patch: Partial<ArticleDeskSettings>): Promise<void> {
		this.settings = { ...this.settings, ...patch };
		await this.saveData(this.settings);
	}
}
