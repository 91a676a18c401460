/**
 * Every setting described once, as data. The tab renders it two ways from this one list: Obsidian 1.13's declarative
 * definitions (searchable in the settings search) and classic `Setting` rows for older app versions.
 */
import type { ArticleDeskSettings } from "../core/settings";

export type SettingKey = keyof ArticleDeskSettings;

export type ControlSpec =
	| { type: "toggle" }
	| { type: "text"; placeholder?: string }
	/** A string list edited as comma-separated text. */
	| { type: "list"; placeholder?: string; stripHash?: boolean }
	| { type: "dropdown"; options: Record<string, string> }
	| { type: "slider"; min: number; max: number; step: number }
	| { type: "number"; min: number; max: number };

export interface SettingSpec {
	key: SettingKey;
	name: string;
	desc?: string;
	control: ControlSpec;
	/** Shown only when this returns true for the current settings. */
	visible?: (s: ArticleDeskSettings) => boolean;
}

export interface SettingSection {
	heading: string;
	items: SettingSpec[];
}

export const GROUP_MODE_LABELS = {
	tag: "Tag",
	type: "Type",
	"type-tag": "Type → tag",
	"tag-type": "Tag → type",
	date: "Publication date",
} as const;

export const SETTINGS_SPEC: SettingSection[] = [
	{
		heading: "Which notes are articles",
		items: [
			{
				key: "selectionMode",
				name: "Articles are",
				desc: "All notes, or only notes in chosen folders, with a chosen tag, or with a type.",
				control: {
					type: "dropdown",
					options: { all: "All notes", folders: "Notes in chosen folders", tag: "Notes with a chosen tag", type: "Notes with a type" },
				},
			},
			{
				key: "selectionFolders",
				name: "Article folders",
				desc: "Comma-separated folder paths.",
				control: { type: "list", placeholder: "Articles, Blog" },
				visible: (s) => s.selectionMode === "folders",
			},
			{
				key: "selectionTag",
				name: "Article tag",
				desc: "Notes with this tag, or a tag nested under it, are articles.",
				control: { type: "text", placeholder: "Articles" },
				visible: (s) => s.selectionMode === "tag",
			},
			{ key: "excludedFolders", name: "Excluded folders", desc: "Comma-separated folder paths that are never shown.", control: { type: "list" } },
			{
				key: "hiddenTags",
				name: "Tags hidden from grouping",
				desc: "Comma-separated, without the hash sign; for example a structural tag every article has.",
				control: { type: "list", stripHash: true },
			},
			{
				key: "frontmatterTagsOnly",
				name: "Frontmatter tags only",
				desc: "Group by the tags in each note's properties and ignore tags written in the body.",
				control: { type: "toggle" },
			},
			{ key: "typeKey", name: "Type property", desc: "The property that holds an article's type, matched in any letter case.", control: { type: "text", placeholder: "type" } },
			{ key: "dateKeys", name: "Date properties", desc: "Comma-separated; the first one present is the publication date.", control: { type: "list" } },
		],
	},
	{
		heading: "Explorer",
		items: [
			{ key: "groupMode", name: "Group by", control: { type: "dropdown", options: { ...GROUP_MODE_LABELS } } },
			{ key: "nestedTags", name: "Nested tags as a tree", desc: "Show nested tags under their parent; turn off to list every tag flat.", control: { type: "toggle" } },
			{
				key: "parentListsChildNotes",
				name: "Parent tags list their children's notes",
				desc: "When off, a parent tag lists only the notes tagged with it directly.",
				control: { type: "toggle" },
			},
			{ key: "groupSort", name: "Sort groups by", control: { type: "dropdown", options: { name: "Name", count: "Number of notes" } } },
			{ key: "noteSort", name: "Sort notes by", control: { type: "dropdown", options: { date: "Publication date", title: "Title", mtime: "Modified time" } } },
			{ key: "noteSortDesc", name: "Newest or last first", desc: "Sort notes in descending order.", control: { type: "toggle" } },
			{ key: "dateFormat", name: "Date format", desc: "A date format pattern, for example d MMM yyyy.", control: { type: "text", placeholder: "d MMM yyyy" } },
			{ key: "relativeDates", name: "Relative dates", desc: "Show dates such as 3 days ago.", control: { type: "toggle" } },
		],
	},
	{
		heading: "Social snippets",
		items: [
			{ key: "snippetsFolder", name: "Snippets folder", desc: "Where snippet notes are saved.", control: { type: "text", placeholder: "Snippets" } },
			{ key: "hashtagExclusions", name: "Tags never used as hashtags", desc: "Comma-separated, without the hash sign.", control: { type: "list", stripHash: true } },
			{
				key: "baseUrl",
				name: "Base address for links",
				desc: "Joined with the note's slug when it has no link property of its own. Leave empty for no link.",
				control: { type: "text" },
			},
			{ key: "mastodonLimit", name: "Mastodon character limit", desc: "Each instance sets its own; 500 is the default.", control: { type: "number", min: 50, max: 100000 } },
			{ key: "keyLineCount", name: "Key lines to show", control: { type: "slider", min: 1, max: 20, step: 1 } },
			{
				key: "threadNumbering",
				name: "Thread numbering",
				control: { type: "dropdown", options: { none: "None", suffix: "At the end of each post", prefix: "At the start of each post" } },
			},
		],
	},
];

/** The value a control shows for a setting (lists become comma-separated text). */
export function toControlValue(spec: SettingSpec, settings: ArticleDeskSettings): string | number | boolean {
	const value = settings[spec.key];
	if (spec.control.type === "list") return (value as string[]).join(", ");
	return value as string | number | boolean;
}

/** Turns what the user entered into a settings patch, or null when the input is not acceptable yet. */
export function fromControlValue(spec: SettingSpec, raw: unknown): Partial<ArticleDeskSettings> | null {
	const c = spec.control;
	switch (c.type) {
		case "toggle":
			return typeof raw === "boolean" ? { [spec.key]: raw } : null;
		case "list": {
			if (typeof raw !== "string") return null;
			const items = raw
				.split(/[,\n]/)
				.map((s) => s.trim())
				.map((s) => (c.stripHash ? s.replace(/^#+/, "") : s))
				.filter((s) => s.length > 0);
			if (spec.key === "dateKeys" && items.length === 0) return null;
			return { [spec.key]: items };
		}
		case "text": {
			if (typeof raw !== "string") return null;
			const text = spec.key === "selectionTag" ? raw.trim().replace(/^#+/, "") : raw.trim();
			if ((spec.key === "typeKey" || spec.key === "dateFormat") && text === "") return null;
			return { [spec.key]: text };
		}
		case "dropdown":
			return typeof raw === "string" && raw in c.options ? { [spec.key]: raw } : null;
		case "slider":
		case "number": {
			const n = typeof raw === "number" ? raw : Number(raw);
			return Number.isInteger(n) && n >= c.min && n <= c.max ? { [spec.key]: n } : null;
		}
	}
}
