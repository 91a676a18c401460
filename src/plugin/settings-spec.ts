/**
 * Every setting described once, as data. The tab renders it two ways from this one list: Obsidian 1.13's declarative
 * definitions (searchable in the settings search) and classic `Setting` rows for older app versions.
 */
import { DEFAULT_DATE_FORMAT } from "../core/explorer/pub-date";
import { type ArticleDeskSettings, isValidSetting } from "../core/settings";
import { isString } from "../core/type-checks";

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

/** The note orders' names, the same in the settings and in the explorer's sort menu. */
export const NOTE_SORT_LABELS = { date: "Publication date", title: "Title", mtime: "Modified time" } as const;

export const GROUP_MODE_LABELS = {
	tag: "Tag",
	type: "Type",
	"type-tag": "Type → tag",
	"tag-type": "Tag → type",
	date: NOTE_SORT_LABELS.date,
} as const;

/** One row of the table below; `desc` is left out where the name says it all. */
const setting = (key: SettingKey, name: string, control: ControlSpec, desc?: string, visible?: SettingSpec["visible"]): SettingSpec =>
	({ key, name, desc, control, visible });

// The controls, written once each: the table below is then one line per setting.
const TOGGLE: ControlSpec = { type: "toggle" };
const LIST: ControlSpec = { type: "list" };
/** A list of tags, entered with or without their hash signs. */
const TAG_LIST: ControlSpec = { type: "list", stripHash: true };
const text = (placeholder?: string): ControlSpec => ({ type: "text", placeholder });
const dropdown = (options: Record<string, string>): ControlSpec => ({ type: "dropdown", options });
/** How the list settings' descriptions open (written once). */
const COMMAS = "Comma-separated";
const COMMAS_NO_HASH = `${COMMAS}, without the hash sign`;

export const SETTINGS_SPEC: SettingSection[] = [
	{
		heading: "Which notes are articles",
		items: [
			setting(
				"selectionMode",
				"Articles are",
				dropdown({ all: "All notes", folders: "Notes in chosen folders", tag: "Notes with a chosen tag", type: "Notes with a type" }),
				"All notes, or only notes in chosen folders, with a chosen tag, or with a type.",
			),
			setting(
				"selectionFolders",
				"Article folders",
				{ type: "list", placeholder: "Articles, Blog" },
				`${COMMAS} folder paths.`,
				(s) => s.selectionMode === "folders",
			),
			setting("selectionTag", "Article tag", text("Articles"), "Notes with this tag, or a tag nested under it, are articles.", (s) => s.selectionMode === "tag"),
			setting("excludedFolders", "Excluded folders", LIST, `${COMMAS} folder paths that are never shown.`),
			setting("hiddenTags", "Tags hidden from grouping", TAG_LIST, `${COMMAS_NO_HASH}; for example a structural tag every article has.`),
			setting("frontmatterTagsOnly", "Frontmatter tags only", TOGGLE, "Group by the tags in each note's properties and ignore tags written in the body."),
			setting("typeKey", "Type property", text("type"), "The property that holds an article's type, matched in any letter case."),
			setting("dateKeys", "Date properties", LIST, `${COMMAS}; the first one present is the publication date.`),
		],
	},
	{
		heading: "Explorer",
		items: [
			setting("groupMode", "Group by", dropdown(GROUP_MODE_LABELS)),
			setting("nestedTags", "Nested tags as a tree", TOGGLE, "Show nested tags under their parent; turn off to list every tag flat."),
			setting("parentListsChildNotes", "Parent tags list their children's notes", TOGGLE, "When off, a parent tag lists only the notes tagged with it directly."),
			setting("groupSort", "Sort groups by", dropdown({ name: "Name", count: "Number of notes" })),
			setting("noteSort", "Sort notes by", dropdown(NOTE_SORT_LABELS)),
			setting("noteSortDesc", "Descending order", TOGGLE, "Newest dates first, titles from Z to A."),
			setting("dateFormat", "Date format", text(DEFAULT_DATE_FORMAT), "A date format pattern, for example d MMM yyyy."),
			setting("relativeDates", "Relative dates", TOGGLE, "Show dates such as 3 days ago."),
		],
	},
	{
		heading: "Social snippets",
		items: [
			setting("snippetsFolder", "Snippets folder", text("Snippets"), "Where snippet notes are saved."),
			setting("hashtagExclusions", "Tags never used as hashtags", TAG_LIST, `${COMMAS_NO_HASH}.`),
			setting("baseUrl", "Base address for links", text(), "Joined with the note's slug when it has no link property of its own. Leave empty for no link."),
			setting("mastodonLimit", "Mastodon character limit", { type: "number", min: 50, max: 100000 }, "Each instance sets its own; 500 is the default."),
			setting("keyLineCount", "Key lines to show", { type: "slider", min: 1, max: 20, step: 1 }),
			setting("threadNumbering", "Thread numbering", dropdown({ none: "None", suffix: "At the end of each post", prefix: "At the start of each post" })),
		],
	},
];

/** The value a control shows for a setting (lists become comma-separated text). */
export const toControlValue = (spec: SettingSpec, settings: ArticleDeskSettings): string | number | boolean => {
	const value = settings[spec.key];
	if (spec.control.type === "list") return (value as string[]).join(", ");
	return value as string | number | boolean;
};

/**
 * Turns what the user entered into a settings patch, or null when the input is not acceptable yet. Text is read
 * according to the control (a comma-separated list, a trimmed line, a number); whether the result is acceptable is
 * the settings loader's own rule, so the tab never saves what the next start would reject.
 */
export const fromControlValue = ({ key, control: c }: SettingSpec, raw: unknown): Partial<ArticleDeskSettings> | null => {
	let value = raw;
	if (c.type === "list") {
		value =
			isString(raw)
				? raw
						.split(/[,\n]/)
						.map((s) => (c.stripHash ? stripHash(s.trim()) : s.trim()))
						.filter((s) => s.length > 0)
				: null;
	} else if (c.type === "text" && isString(raw)) {
		value = key === "selectionTag" ? stripHash(raw.trim()) : raw.trim();
	} else if (c.type === "number" || c.type === "slider") {
		value = Number(raw);
	}
	return isValidSetting(key, value) ? { [key]: value } : null;
};

/** A tag as typed, without its leading hash signs. */
const stripHash = (tag: string): string => tag.replace(/^#+/, "");
