/**
 * The part of Obsidian's runtime API the plugin uses, in one place: every value the plugin takes from `obsidian`
 * (types come straight from it). This is the list to check against `minAppVersion`, and it makes the bundle
 * require `obsidian` once instead of once per module (355 bytes of main.js).
 */
export {
	Component,
	debounce,
	Events,
	getAllTags,
	ItemView,
	Keymap,
	MarkdownView,
	Menu,
	Modal,
	normalizePath,
	Notice,
	parseFrontMatterTags,
	parseYaml,
	Plugin,
	PluginSettingTab,
	requireApiVersion,
	Setting,
	setIcon,
	TFile,
} from "obsidian";
