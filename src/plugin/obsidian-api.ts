/**
 * The part of Obsidian's runtime API the plugin uses, in one place: every value the plugin takes from `obsidian`
 * (types come straight from it). This is the list to check against `minAppVersion`, and it makes the bundle
 * require `obsidian` once instead of once per module (355 bytes of main.js).
 */
import {
	Component,
	debounce as obsidianDebounce,
	Events,
	getAllTags,
	ItemView,
	Keymap,
	MarkdownView,
	Menu,
	Modal,
	normalizePath as obsidianNormalizePath,
	Notice as ObsidianNotice,
	parseFrontMatterTags,
	parseYaml,
	Plugin,
	PluginSettingTab,
	requireApiVersion,
	Setting as ObsidianSetting,
	setIcon as obsidianSetIcon,
	TFile,
} from "obsidian";

export {
	Component,
	Events,
	getAllTags,
	ItemView,
	Keymap,
	MarkdownView,
	Menu,
	Modal,
	parseFrontMatterTags,
	parseYaml,
	Plugin,
	PluginSettingTab,
	requireApiVersion,
	TFile,
};

// Used in several places each: bound once here, so main.js names each with a short local instead of reading it off
// the module at every use (`new obsidian.Notice(…)`, `(0, obsidian.setIcon)(…)`).
export const debounce = obsidianDebounce;
export const normalizePath = obsidianNormalizePath;
export const Notice = ObsidianNotice;
export const Setting = ObsidianSetting;
export const setIcon = obsidianSetIcon;
