/**
 * Obsidian's `Plugin` and `PluginSettingTab`. Every `add*`/`register*` call stores what Obsidian would store on the
 * app (commands, views, ribbon icons, status bar items, setting tabs, post-processors, editor extensions, protocol
 * handlers) and removes it again on `unload()`, so a test can check both sides. `loadData`/`saveData` go through
 * `vault.adapter` at `<configDir>/plugins/<id>/data.json`, so tests can seed them.
 */
import type { PluginManifest } from "obsidian";
import type { App } from "./app";
import { Component } from "./component";
import { setIcon } from "./icons";
import type { Command, ViewCreator } from "./plugin-types";

/** Where a plugin's `data.json` lives in the double (and in Obsidian). */
export function pluginDataPath(app: App, manifest: Pick<PluginManifest, "id" | "dir">): string {
	return `${manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}`}/data.json`;
}

/** Base of a settings page: `display()` builds it into `containerEl`, `hide()` empties it. */
export abstract class SettingTab {
	icon = "";
	app: App;
	containerEl: HTMLElement;

	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv({ cls: "vertical-tab-content" });
	}

	abstract display(): void;

	hide(): void {
		this.containerEl.empty();
	}

	/**
	 * Obsidian 1.13 re-evaluates the `visible` and `disabled` predicates of the definitions it rendered. The double
	 * renders settings through `display()` only, so there is nothing to re-evaluate; tests watch the call.
	 */
	refreshDomState(): void {}
}

/** A plugin's settings page. */
export abstract class PluginSettingTab extends SettingTab {
	plugin: Plugin;

	constructor(app: App, plugin: Plugin) {
		super(app);
		this.plugin = plugin;
	}
}

/** The base of the plugin under test. */
export abstract class Plugin extends Component {
	app: App;
	manifest: PluginManifest;

	constructor(app: App, manifest: PluginManifest) {
		super();
		this.app = app;
		this.manifest = manifest;
	}

	override onload(): Promise<void> | void {
		// Overridden by the plugin.
	}

	addRibbonIcon(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = this.app.workspace.ribbonEl.createDiv({ cls: ["clickable-icon", "side-dock-ribbon-action"], attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => callback(evt));
		this.register(() => el.detach());
		return el;
	}

	addStatusBarItem(): HTMLElement {
		const el = this.app.statusBarEl.createDiv({ cls: ["status-bar-item", `plugin-${this.manifest.id}`] });
		this.register(() => el.detach());
		return el;
	}

	/** Prefixes id and name as Obsidian does (`pluginId:id`, `Plugin name: Name`) and returns the same object. */
	addCommand(command: Command): Command {
		command.id = `${this.manifest.id}:${command.id}`;
		command.name = `${this.manifest.name}: ${command.name}`;
		this.app.commands.addCommand(command);
		this.register(() => this.app.commands.removeCommand(command.id));
		return command;
	}

	removeCommand(commandId: string): void {
		const full = commandId.startsWith(`${this.manifest.id}:`) ? commandId : `${this.manifest.id}:${commandId}`;
		this.app.commands.removeCommand(full);
	}

	addSettingTab(settingTab: PluginSettingTab): void {
		this.app.settingTabs.push(settingTab);
		this.register(() => this.app.settingTabs.remove(settingTab));
	}

	/** Registers a view type; on unload its open views are closed and left as placeholders, as Obsidian does. */
	registerView(type: string, viewCreator: ViewCreator): void {
		this.app.viewRegistry.registerView(type, viewCreator);
		this.register(() => {
			this.app.viewRegistry.unregisterView(type);
			for (const leaf of this.app.workspace.getLeavesOfType(type)) {
				if (!leaf.isDeferred) this.app.workspace._track(leaf._deferView());
			}
		});
	}

	registerExtensions(extensions: string[], viewType: string): void {
		this.app.viewRegistry.registerExtensions(extensions, viewType);
		this.register(() => this.app.viewRegistry.unregisterExtensions(extensions));
	}

	registerHoverLinkSource(id: string, info: { display: string; defaultMod: boolean }): void {
		this.app.workspace.hoverLinkSources[id] = info;
		this.register(() => delete this.app.workspace.hoverLinkSources[id]);
	}

	registerMarkdownPostProcessor<T extends (el: HTMLElement, ctx: never) => unknown>(postProcessor: T, sortOrder?: number): T {
		const entry = { postProcessor, sortOrder: sortOrder ?? 0 };
		this.app.markdownPostProcessors.push(entry);
		this.register(() => this.app.markdownPostProcessors.remove(entry));
		return postProcessor;
	}

	registerMarkdownCodeBlockProcessor(language: string, handler: (source: string, el: HTMLElement, ctx: never) => unknown, _sortOrder?: number): unknown {
		this.app.codeBlockProcessors.set(language, handler);
		this.register(() => this.app.codeBlockProcessors.delete(language));
		return handler;
	}

	/** Stores the very object passed, so a plugin may mutate its array and call `workspace.updateOptions()`. */
	registerEditorExtension(extension: unknown): void {
		this.app.workspace.editorExtensions.push(extension);
		this.register(() => this.app.workspace.editorExtensions.remove(extension));
	}

	registerObsidianProtocolHandler(action: string, handler: (params: Record<string, string>) => unknown): void {
		this.app.protocolHandlers.set(action, handler);
		this.register(() => this.app.protocolHandlers.delete(action));
	}

	registerEditorSuggest(editorSuggest: unknown): void {
		this.app.editorSuggests.push(editorSuggest);
		this.register(() => this.app.editorSuggests.remove(editorSuggest));
	}

	/** The parsed `data.json`, or null when the plugin never saved (as in Obsidian). */
	async loadData(): Promise<any> {
		const path = pluginDataPath(this.app, this.manifest);
		if (!(await this.app.vault.adapter.exists(path))) return null;
		return JSON.parse(await this.app.vault.adapter.read(path));
	}

	async saveData(data: unknown): Promise<void> {
		await this.app.vault.adapter.write(pluginDataPath(this.app, this.manifest), JSON.stringify(data, null, 2));
	}

	onUserEnable(): void {
		// Overridden by the plugin.
	}
}
