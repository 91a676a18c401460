/** The settings tab: renders SETTINGS_SPEC as searchable definitions (Obsidian 1.13+) or as classic rows (older apps). */
import type { App, SettingControl, SettingDefinitionItem } from "obsidian";
import { Plugin, PluginSettingTab, Setting, debounce, requireApiVersion } from "./obsidian-api";

import type { ArticleDeskSettings } from "../core/settings";
import { SETTINGS_SPEC, SettingSpec, fromControlValue, toControlValue } from "./settings-spec";

/** What the tab needs from the plugin: read the settings, and change them (which saves and refreshes open views). */
export interface SettingsHost {
	getSettings(): ArticleDeskSettings;
	updateSettings(patch: Partial<ArticleDeskSettings>): Promise<void>;
}

/**
 * Typed values apply after this pause: a folder or property name changes which notes are articles, and rebuilding
 * the index for every keystroke of "Drafts" would redo a 100k-note vault five times.
 */
export const TYPING_PAUSE_MS = 400;

/** Controls whose value is typed, so applied after TYPING_PAUSE_MS. */
const TYPED = new Set(["text", "list", "number"]);

const specByKey = new Map<string, SettingSpec>(SETTINGS_SPEC.flatMap((section) => section.items.map((item) => [item.key, item] as const)));

export class ArticleDeskSettingTab extends PluginSettingTab {
	/** Typed values waiting for the pause, by setting key (shown back by Obsidian 1.13's controls until then). */
	readonly #typed = new Map<string, unknown>();
	/** Applies the typed values once typing pauses; at once when the tab closes or redraws. */
	readonly #typingPause = debounce(() => this.applyTyping(), TYPING_PAUSE_MS, true);

	readonly #host: SettingsHost;

	constructor(app: App, plugin: Plugin, host: SettingsHost) {
		super(app, plugin);
		this.#host = host;
	}

	override getSettingDefinitions(): SettingDefinitionItem[] {
		return SETTINGS_SPEC.map((section) => ({
			type: "group" as const,
			heading: section.heading,
			items: section.items.map((spec) => ({
				name: spec.name,
				desc: spec.desc,
				visible: spec.visible ? () => spec.visible!(this.#host.getSettings()) : undefined,
				control: this.#declarativeControl(spec),
			})),
		}));
	}

	override getControlValue(key: string): unknown {
		const spec = specByKey.get(key);
		if (this.#typed.has(key)) return this.#typed.get(key);
		return spec ? toControlValue(spec, this.#host.getSettings()) : undefined;
	}

	/** Obsidian 1.13 calls this for each change of a control: typed text waits for the pause, as in the classic rows. */
	override async setControlValue(key: string, value: unknown): Promise<void> {
		const spec = specByKey.get(key);
		if (!spec) return;
		if (TYPED.has(spec.control.type)) this.#type(key, value);
		else await this.#apply(spec, value);
	}

	/** Keeps a typed value until typing pauses. */
	#type(key: string, value: unknown): void {
		this.#typed.set(key, value);
		this.#typingPause();
	}

	/** Applies a value from Obsidian 1.13's rows, or (`classic`) from the rows `display()` drew. */
	async #apply(spec: SettingSpec, value: unknown, classic = false): Promise<void> {
		const patch = fromControlValue(spec, value);
		if (!patch) return;
		await this.#host.updateSettings(patch);
		// A choice can show or hide other rows (the folder list for "notes in chosen folders").
		if (!classic) {
			if (requireApiVersion("1.13.0")) this.refreshDomState();
		} else if (spec.control.type === "dropdown") this.#render();
	}

	override display(): void {
		this.#render();
	}

	/** Obsidian calls this when the settings window closes or another tab opens: nothing typed is lost. */
	override hide(): void {
		this.applyTyping();
		super.hide();
	}

	/** Applies every typed value still waiting for its pause. */
	applyTyping(): void {
		this.#typingPause.cancel();
		const typed = [...this.#typed];
		this.#typed.clear();
		for (const [key, value] of typed) void this.#apply(specByKey.get(key)!, value);
	}

	#render(): void {
		this.applyTyping();
		const el = this.containerEl;
		el.empty();
		const settings = this.#host.getSettings();
		for (const section of SETTINGS_SPEC) {
			new Setting(el).setName(section.heading).setHeading();
			for (const spec of section.items) {
				if (spec.visible && !spec.visible(settings)) continue;
				this.#renderRow(el, spec, settings);
			}
		}
	}

	#renderRow(el: HTMLElement, spec: SettingSpec, settings: ArticleDeskSettings): void {
		const row = new Setting(el).setName(spec.name);
		if (spec.desc) row.setDesc(spec.desc);
		const value = toControlValue(spec, settings);
		const apply = (raw: unknown) => this.#apply(spec, raw, true);
		const type = (raw: string) => this.#type(spec.key, raw);
		const c = spec.control;
		switch (c.type) {
			case "toggle":
				row.addToggle((t) => t.setValue(value as boolean).onChange(apply));
				break;
			case "text":
			case "list":
			case "number":
				row.addText((t) => (c.type === "number" ? t : t.setPlaceholder(c.placeholder ?? "")).setValue(String(value)).onChange(type));
				break;
			case "dropdown":
				row.addDropdown((d) => d.addOptions(c.options).setValue(value as string).onChange(apply));
				break;
			case "slider":
				row.addSlider((s) => s.setLimits(c.min, c.max, c.step).setValue(value as number).onChange(apply));
				break;
		}
	}

	/** The control as Obsidian 1.13 declares it: a list is a text field there, and a number steps by whole numbers. */
	#declarativeControl({ key, control }: SettingSpec): SettingControl {
		if (control.type === "list") return { type: "text", key, placeholder: control.placeholder };
		return control.type === "number" ? { ...control, key, step: 1 } : { ...control, key };
	}
}
