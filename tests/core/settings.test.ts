/** @jest-environment node */
import { DEFAULT_SETTINGS, isValidSetting, loadSettings, type ArticleDeskSettings } from "../../src/core/settings";

type Key = keyof ArticleDeskSettings;

/** For every field: values the loader keeps, and values it must reject. */
const CASES: { [K in Key]: { valid: unknown[]; invalid: unknown[] } } = {
	selectionMode: { valid: ["all", "folders", "tag", "type"], invalid: ["everything", "", 1, null, ["all"]] },
	selectionFolders: { valid: [[], ["Blog", "Drafts/old"]], invalid: ["Blog", [1], ["a", null], null, {}] },
	selectionTag: { valid: ["", "articles"], invalid: [0, false, null, ["a"]] },
	excludedFolders: { valid: [[], ["Archive"]], invalid: ["Archive", [true], {}] },
	hiddenTags: { valid: [[], ["Articles"]], invalid: ["Articles", [1]] },
	frontmatterTagsOnly: { valid: [true, false], invalid: ["true", 1, 0, null] },
	typeKey: { valid: ["type", "Kind"], invalid: ["", "   ", 3, null] },
	dateKeys: { valid: [["date"], ["pubDate", "created"]], invalid: [[], "date", [1], null] },
	groupMode: { valid: ["tag", "type", "type-tag", "tag-type", "date"], invalid: ["colour", "", null] },
	nestedTags: { valid: [true, false], invalid: ["no", 1] },
	parentListsChildNotes: { valid: [true, false], invalid: ["yes", null] },
	groupSort: { valid: ["name", "count"], invalid: ["size", 1] },
	noteSort: { valid: ["date", "title", "mtime"], invalid: ["bogus", null] },
	noteSortDesc: { valid: [true, false], invalid: [0, "false"] },
	dateFormat: { valid: ["d MMM yyyy", "yyyy-MM-dd"], invalid: ["", " ", 7] },
	relativeDates: { valid: [true, false], invalid: ["yes", 1] },
	expanded: { valid: [{}, { tag: ["tag:a"] }], invalid: [[], "tag", null, 1] },
	snippetsFolder: { valid: ["", "Snippets/2024"], invalid: [null, 5, ["Snippets"]] },
	hashtagExclusions: { valid: [[], ["Articles", "Blog"]], invalid: ["Articles", [null]] },
	baseUrl: { valid: ["", "https://example.com/blog"], invalid: [null, 1] },
	mastodonLimit: { valid: [50, 500, 100000], invalid: [49, 100001, 500.5, "500", null] },
	keyLineCount: { valid: [1, 5, 20], invalid: [0, 21, 2.5, "5"] },
	threadNumbering: { valid: ["none", "suffix", "prefix"], invalid: ["both", "", 1] },
	highlightKeyLines: { valid: [true, false], invalid: ["on", 1] },
};

describe("loadSettings", () => {
	it("covers every setting in the tests", () => {
		expect(Object.keys(CASES).sort()).toEqual(Object.keys(DEFAULT_SETTINGS).sort());
	});

	it("gives a copy of the defaults for nothing saved", () => {
		for (const saved of [undefined, null]) {
			const { settings, rejected } = loadSettings(saved);
			expect(settings).toEqual(DEFAULT_SETTINGS);
			expect(settings).not.toBe(DEFAULT_SETTINGS);
			expect(settings.dateKeys).not.toBe(DEFAULT_SETTINGS.dateKeys);
			expect(rejected).toEqual([]);
		}
	});

	it("rejects a file that is not an object as a whole", () => {
		for (const saved of ["text", 3, true, [1, 2]]) {
			expect(loadSettings(saved)).toEqual({ settings: DEFAULT_SETTINGS, rejected: ["(whole file)"] });
		}
	});

	it.each(Object.keys(CASES) as Key[])("keeps each valid %s", (key) => {
		for (const value of CASES[key].valid) {
			const { settings, rejected } = loadSettings({ [key]: value });
			expect(rejected).toEqual([]);
			if (key === "expanded") expect(settings.expanded).toEqual({ ...DEFAULT_SETTINGS.expanded, ...(value as object) });
			else expect(settings[key]).toEqual(value);
		}
	});

	it.each(Object.keys(CASES) as Key[])("resets each invalid %s to its default and names it", (key) => {
		for (const value of CASES[key].invalid) {
			const { settings, rejected } = loadSettings({ [key]: value });
			expect(rejected).toEqual([key]);
			expect(settings[key]).toEqual(DEFAULT_SETTINGS[key]);
		}
	});

	it("lists rejected fields in the settings' order, ignores unknown ones, and copies saved lists", () => {
		const folders = ["Blog"];
		const { settings, rejected } = loadSettings({ keyLineCount: 0, unknown: 1, selectionMode: "x", selectionFolders: folders });
		expect(rejected).toEqual(["selectionMode", "keyLineCount"]);
		expect(settings.selectionFolders).toEqual(["Blog"]);
		expect(settings.selectionFolders).not.toBe(folders);
	});

	it("loads expanded groups mode by mode, rejecting a bad list alone", () => {
		const { settings, rejected } = loadSettings({ expanded: { tag: ["tag:a"], type: "oops", date: [1], other: ["x"] } });
		expect(settings.expanded).toEqual({ ...DEFAULT_SETTINGS.expanded, tag: ["tag:a"] });
		expect(rejected).toEqual(["expanded.type", "expanded.date"]);
	});
});

describe("isValidSetting", () => {
	it.each(Object.keys(CASES) as Key[])("accepts what the loader keeps and refuses what it resets, for %s", (key) => {
		for (const value of CASES[key].valid) expect(isValidSetting(key, value)).toBe(true);
		for (const value of CASES[key].invalid) expect(isValidSetting(key, value)).toBe(false);
	});

	it("starts with an empty list of expanded groups for every grouping mode", () => {
		expect(DEFAULT_SETTINGS.expanded).toEqual({ tag: [], type: [], "type-tag": [], "tag-type": [], date: [] });
	});
});
