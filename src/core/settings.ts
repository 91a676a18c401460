/**
 * The plugin's settings: defaults, and a field-by-field loader that keeps every valid saved value and drops the
 * rest, so settings from an older version or a hand-edited `data.json` never break the plugin.
 */
import { DEFAULT_ARTICLE_OPTIONS } from "./articles/types";
import { DEFAULT_DATE_FORMAT } from "./explorer/pub-date";
import { isArray, isRecord, isString } from "./type-checks";

export type GroupMode = "tag" | "type" | "type-tag" | "tag-type" | "date";
export type SelectionMode = "all" | "folders" | "tag" | "type";
export type ThreadNumbering = "none" | "suffix" | "prefix";

export interface ArticleDeskSettings {
	/** Which notes are articles. */
	selectionMode: SelectionMode;
	selectionFolders: string[];
	selectionTag: string;
	excludedFolders: string[];
	/** Tags never used for grouping (compared case-insensitively, without `#`). */
	hiddenTags: string[];
	frontmatterTagsOnly: boolean;
	typeKey: string;
	dateKeys: string[];

	groupMode: GroupMode;
	nestedTags: boolean;
	parentListsChildNotes: boolean;
	groupSort: "name" | "count";
	noteSort: "date" | "title" | "mtime";
	noteSortDesc: boolean;
	dateFormat: string;
	relativeDates: boolean;
	/** Expanded group ids, per grouping mode. */
	expanded: Record<GroupMode, string[]>;

	snippetsFolder: string;
	hashtagExclusions: string[];
	baseUrl: string;
	mastodonLimit: number;
	keyLineCount: number;
	threadNumbering: ThreadNumbering;
	highlightKeyLines: boolean;
}

export const GROUP_MODES: readonly GroupMode[] = ["tag", "type", "type-tag", "tag-type", "date"];

export const DEFAULT_SETTINGS: ArticleDeskSettings = {
	selectionMode: "all",
	selectionFolders: [],
	selectionTag: "",
	excludedFolders: [],
	hiddenTags: [],
	frontmatterTagsOnly: false,
	typeKey: DEFAULT_ARTICLE_OPTIONS.typeKey,
	dateKeys: DEFAULT_ARTICLE_OPTIONS.dateKeys.slice(),

	groupMode: "tag",
	nestedTags: true,
	parentListsChildNotes: true,
	groupSort: "name",
	noteSort: "date",
	noteSortDesc: true,
	dateFormat: DEFAULT_DATE_FORMAT,
	relativeDates: false,
	// An empty list per grouping mode.
	expanded: Object.fromEntries(GROUP_MODES.map((mode) => [mode, [] as string[]])) as Record<GroupMode, string[]>,

	snippetsFolder: "Snippets",
	hashtagExclusions: ["Articles"],
	baseUrl: "",
	mastodonLimit: 500,
	keyLineCount: 5,
	threadNumbering: "suffix",
	highlightKeyLines: false,
};

type Check = (value: unknown) => boolean;

const isStringList: Check = (v) => isArray(v) && v.every(isString);
/** `includes` compares strictly, so anything but one of the allowed strings fails. */
const oneOf = (...allowed: string[]): Check => (v) => allowed.includes(v as string);
/** `Number.isInteger` is false for anything but a number, so the comparisons only ever see numbers. */
const intIn = (min: number, max: number): Check => (v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max;
const nonEmpty: Check = (v) => isString(v) && v.trim().length > 0;

/** Fields with a stricter rule than "a value of the default's type" (a string, a boolean, a list of strings). */
const STRICTER: Partial<Record<keyof ArticleDeskSettings, Check>> = {
	selectionMode: oneOf("all", "folders", "tag", "type"),
	typeKey: nonEmpty,
	dateKeys: (v) => isStringList(v) && (v as string[]).length > 0,
	groupMode: oneOf(...GROUP_MODES),
	groupSort: oneOf("name", "count"),
	noteSort: oneOf("date", "title", "mtime"),
	dateFormat: nonEmpty,
	expanded: isRecord,
	mastodonLimit: intIn(50, 100000),
	keyLineCount: intIn(1, 20),
	threadNumbering: oneOf("none", "suffix", "prefix"),
};

/** Whether a value is acceptable for a field: the loader and the settings tab both ask it, so they agree. */
export const isValidSetting = (key: keyof ArticleDeskSettings, value: unknown): boolean => {
	const check = STRICTER[key];
	if (check) return check(value);
	const fallback = DEFAULT_SETTINGS[key];
	return isArray(fallback) ? isStringList(value) : typeof value === typeof fallback;
};

export interface LoadedSettings {
	settings: ArticleDeskSettings;
	/** Names of saved fields that were invalid and replaced by defaults (empty when all was well). */
	rejected: string[];
}

/** Merges saved data over the defaults field by field; never throws, whatever `data.json` holds. */
export const loadSettings = (saved: unknown): LoadedSettings => {
	const settings = cloneSettings(DEFAULT_SETTINGS);
	const rejected: string[] = [];
	// Nothing saved yet is no error; anything but a record (a list, a scalar) is rejected whole.
	if (!isRecord(saved)) {
		if (saved !== null && saved !== undefined) rejected.push("(whole file)");
		return { settings, rejected };
	}
	for (const key of Object.keys(DEFAULT_SETTINGS) as (keyof ArticleDeskSettings)[]) {
		if (!(key in saved)) continue;
		const value = saved[key];
		if (!isValidSetting(key, value)) {
			rejected.push(key);
			continue;
		}
		if (key === "expanded") {
			settings.expanded = loadExpanded(value as Record<string, unknown>, rejected);
		} else {
			(settings as unknown as Record<string, unknown>)[key] = isArray(value) ? [...(value as string[])] : value;
		}
	}
	return { settings, rejected };
};

const loadExpanded = (value: Record<string, unknown>, rejected: string[]): Record<GroupMode, string[]> => {
	const out = cloneSettings(DEFAULT_SETTINGS).expanded;
	for (const mode of GROUP_MODES) {
		const ids = value[mode];
		if (ids === undefined) continue;
		if (isStringList(ids)) out[mode] = [...(ids as string[])];
		else rejected.push(`expanded.${mode}`);
	}
	return out;
};

/** A deep copy, so the defaults object is never mutated through a loaded settings object. */
export const cloneSettings = (s: ArticleDeskSettings): ArticleDeskSettings =>
	JSON.parse(JSON.stringify(s)) as ArticleDeskSettings;
