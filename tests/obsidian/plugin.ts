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
import { Setting } from "./setting";
import type { Command, ViewCreator } from "./plugin-types";

/** Where a plugin's `data.json` lives in the double (and in Obsidian). */
export function pluginDataPath(app: App, manifest: Pick<PluginManifest, "id" | "dir">): string {
	return `${manifest.dir ?? `${app.vault.configDir}/plugins/${manifest.id}`}/data.json`;
}

/** One rendered definition row, and the predicates Obsidian evaluates for it on each render and `refreshDomState`. */
interface DefinitionRow {
	setting: Setting;
	visible?: boolean | (() => boolean);
	disabled?: boolean | (() => boolean);
}

/** The parts of obsidian.d.ts's `SettingDefinitionItem` the double renders. */
interface Definition {
	type?: string;
	heading?: string;
	items?: Definition[];
	name?: string;
	desc?: string;
	visible?: boolean | (() => boolean);
	control?: { type: string; key: string; placeholder?: string; options?: Record<string, string>; min?: number; max?: number; step?: number; disabled?: boolean | (() => boolean) };
}

const evaluate = (predicate: boolean | (() => boolean) | undefined, otherwise: boolean): boolean =>
	predicate === undefined ? otherwise : typeof predicate === "function" ? predicate() : predicate;

/**
 * Base of a settings page. Opened by `openSettingTab` as Obsidian opens it: from 1.13, a tab whose
 * `getSettingDefinitions()` returns definitions is rendered from them (and `display()` is never called); otherwise
 * `display()` builds it into `containerEl`. `hide()` empties it.
 */
export abstract class SettingTab {
	icon = "";
	app: App;
	containerEl: HTMLElement;
	/** What `update()` stored of `getSettingDefinitions()`. */
	settingItems: unknown[] = [];
	#rows: DefinitionRow[] = [];

	constructor(app: App) {
		this.app = app;
		this.containerEl = createDiv({ cls: "vertical-tab-content" });
	}

	abstract display(): void;

	hide(): void {
		this.containerEl.empty();
	}

	getSettingDefinitions(): unknown[] {
		return [];
	}

	getControlValue(_key: string): unknown {
		return undefined;
	}

	setControlValue(_key: string, _value: unknown): void | Promise<void> {}

	update(): void {
		this.settingItems = this.getSettingDefinitions();
	}

	/** Evaluates every rendered row's `visible` and `disabled` again and shows, hides, enables or disables it. */
	refreshDomState(): void {
		for (const { setting, visible, disabled } of this.#rows) {
			setting.settingEl.toggle(evaluate(visible, true));
			setting.setDisabled(evaluate(disabled, false));
		}
	}

	/** Double only: renders `settingItems` as Obsidian 1.13 does (see `openSettingTab`). */
	_renderDefinitions(): void {
		this.containerEl.empty();
		this.#rows = [];
		for (const item of this.settingItems as Definition[]) this.#renderItem(item);
		this.refreshDomState();
	}

	#renderItem(item: Definition): void {
		if (item.type === "group") {
			if (item.heading) new Setting(this.containerEl).setName(item.heading).setHeading();
			for (const inner of item.items ?? []) this.#renderItem(inner);
			return;
		}
		const setting = new Setting(this.containerEl).setName(item.name ?? "");
		if (item.desc) setting.setDesc(item.desc);
		const c = item.control;
		if (c) {
			// A control shows what `getControlValue` answers on each render; a user's change goes to `setControlValue`,
			// on every change event (for text, every keystroke: the d.ts promises no pause).
			const value = this.getControlValue(c.key);
			const set = (v: unknown) => void this.setControlValue(c.key, v);
			if (c.type === "toggle") setting.addToggle((t) => t.setValue(Boolean(value)).onChange(set));
			else if (c.type === "dropdown") setting.addDropdown((d) => d.addOptions(c.options ?? {}).setValue(String(value)).onChange(set));
			else if (c.type === "slider") setting.addSlider((sl) => sl.setLimits(c.min ?? 0, c.max ?? 100, c.step ?? 1).setValue(Number(value)).onChange(set));
			else if (c.type === "text" || c.type === "number") {
				setting.addText((t) => t.setPlaceholder(c.placeholder ?? "").setValue(typeof value === "string" || typeof value === "number" ? String(value) : "").onChange((v) => set(c.type === "number" ? Number(v) : v)));
			} else throw new Error(`The double does not render a "${c.type}" control.`);
		}
		this.#rows.push({ setting, visible: item.visible, disabled: c?.disabled });
	}
}

/**
 * What Obsidian does when the user opens a settings tab: from 1.13 (the double's `apiVersion`), a tab with setting
 * definitions is rendered from them and `display()` is not called; a tab without is built by `display()`.
 */
export function openSettingTab(tab: SettingTab): void {
	tab.update();
	if (tab.settingItems.length > 0) tab._renderDefinitions();
	else tab.display();
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
