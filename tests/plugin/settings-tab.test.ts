import { TYPING_PAUSE_MS, type ArticleDeskSettingTab } from "../../src/plugin/settings-tab";
import { flushAll } from "../obsidian/app-factory";
import { openSettingTab, type SettingTab } from "../obsidian/plugin";
import { openExplorer, type Explorer } from "./explorer/harness";

const DATA = ".obsidian/plugins/article-desk/data.json";

let ex: Explorer;
let tab: ArticleDeskSettingTab;

beforeEach(async () => {
	ex = await openExplorer();
	tab = ex.app.settingTabs[0] as unknown as ArticleDeskSettingTab;
	tab.display();
});

afterEach(async () => {
	await ex.app.dispose();
});

function headings(): string[] {
	return Array.from(tab.containerEl.querySelectorAll(".setting-item-heading .setting-item-name")).map((e) => e.textContent);
}

/** Row names in order, each heading followed by its rows. */
function rowNames(): string[] {
	return Array.from(tab.containerEl.querySelectorAll(".setting-item .setting-item-name")).map((e) => e.textContent);
}

function row(name: string): HTMLElement {
	const el = Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).find((r) => r.querySelector(".setting-item-name")?.textContent === name);
	if (!el) throw new Error(`no setting "${name}"`);
	return el;
}

const input = (name: string) => row(name).querySelector<HTMLInputElement>(".setting-item-control input")!;
const select = (name: string) => row(name).querySelector<HTMLSelectElement>(".setting-item-control select")!;
const toggle = (name: string) => row(name).querySelector<HTMLElement>(".checkbox-container")!;

/** Types a value and lets the typing pause pass (applyTyping is what the pause's timer does). */
async function type(name: string, text: string): Promise<void> {
	input(name).value = text;
	input(name).dispatchEvent(new Event("input"));
	tab.applyTyping();
	await flushAll(ex.app);
}

async function choose(name: string, value: string): Promise<void> {
	select(name).value = value;
	select(name).dispatchEvent(new Event("change"));
	await flushAll(ex.app);
}

async function saved(): Promise<Record<string, unknown>> {
	return JSON.parse(await ex.app.vault.adapter.read(DATA));
}

it("renders every heading and every row that applies, in order", () => {
	expect(headings()).toEqual(["Which notes are articles", "Explorer", "Social snippets"]);
	expect(rowNames()).toEqual([
		"Which notes are articles",
		"Articles are",
		// "Article folders" and "Article tag" only apply to the folder and tag choices.
		"Excluded folders",
		"Tags hidden from grouping",
		"Frontmatter tags only",
		"Type property",
		"Date properties",
		"Explorer",
		"Group by",
		"Nested tags as a tree",
		"Parent tags list their children's notes",
		"Sort groups by",
		"Sort notes by",
		"Descending order",
		"Date format",
		"Relative dates",
		"Social snippets",
		"Snippets folder",
		"Tags never used as hashtags",
		"Base address for links",
		"Mastodon character limit",
		"Key lines to show",
		"Thread numbering",
	]);
});

it("shows the current values", () => {
	expect(select("Articles are").value).toBe("all");
	expect(select("Group by").value).toBe("tag");
	expect(input("Date properties").value).toBe("pubDate, date, published, created");
	expect(input("Tags never used as hashtags").value).toBe("Articles");
	expect(input("Mastodon character limit").value).toBe("500");
	expect(toggle("Nested tags as a tree").hasClass("is-enabled")).toBe(true);
	expect(toggle("Relative dates").hasClass("is-enabled")).toBe(false);
	expect(row("Key lines to show").querySelector<HTMLInputElement>("input[type=range]")!.value).toBe("5");
});

it("applies a new grouping to the open explorer at once, and saves it", async () => {
	await choose("Group by", "type");
	expect(ex.plugin.settings.groupMode).toBe("type");
	expect(ex.ui.groupsAt(0).map(([label]) => label)).toEqual(["Metadata problems", "newsletter", "podcast", "sfcContent", "No type"]);
	expect((await saved()).groupMode).toBe("type");
	// The explorer's own group-by switch follows.
	expect(ex.ui.root.querySelector<HTMLSelectElement>("select.article-desk-mode")!.value).toBe("type");
});

it("re-indexes when only frontmatter tags should count: the body-only #podcast group goes", async () => {
	toggle("Frontmatter tags only").click();
	await flushAll(ex.app);
	expect(ex.plugin.settings.frontmatterTagsOnly).toBe(true);
	// productivity stays: the pipeline note has it in its frontmatter.
	expect(ex.ui.groupsAt(0)).toEqual([
		["Metadata problems", 9],
		["Articles", 11],
		["coaching", 1],
		["mindset", 3],
		["productivity", 2],
		["sales", 11],
		["Untagged", 7],
	]);
});

it("hides the tags listed as hidden from grouping, with or without a hash", async () => {
	await type("Tags hidden from grouping", "#Articles");
	expect(ex.plugin.settings.hiddenTags).toEqual(["Articles"]);
	// Every note tagged Articles has another tag, so none falls into Untagged.
	expect(ex.ui.groupsAt(0)).toEqual([
		["Metadata problems", 9],
		["coaching", 1],
		["mindset", 3],
		["podcast", 1],
		["productivity", 2],
		["sales", 11],
		["Untagged", 7],
	]);
});

it("shows the folder list once folders are chosen, and lists only notes in them", async () => {
	await choose("Articles are", "folders");
	expect(rowNames()).toContain("Article folders");
	expect(rowNames()).not.toContain("Article tag");
	await type("Article folders", "Drafts, Imported");
	expect(ex.plugin.settings.selectionFolders).toEqual(["Drafts", "Imported"]);
	expect(ex.ui.count()).toBe("10 articles");
});

it("ignores values that are not acceptable yet and applies them once they are", async () => {
	await type("Mastodon character limit", "abc");
	await type("Type property", "  ");
	expect(ex.plugin.settings.mastodonLimit).toBe(500);
	expect(ex.plugin.settings.typeKey).toBe("type");
	await type("Mastodon character limit", "1000");
	expect(ex.plugin.settings.mastodonLimit).toBe(1000);
	expect((await saved()).mastodonLimit).toBe(1000);
});

it("reads types from another property once it is named", async () => {
	await choose("Group by", "type");
	await type("Type property", "format");
	expect(ex.plugin.settings.typeKey).toBe("format");
	// No note has a `format:` property, so `Type:` in secondMeeting is no longer a misspelt type key: 8 problems left.
	expect(ex.ui.groupsAt(0)).toEqual([["Metadata problems", 8], ["No type", 20]]);
});

it("redraws dates in a new format", async () => {
	ex.ui.expand("podcast");
	expect(ex.ui.note("Articles/The discovery call is not an interview.md")!.querySelector(".article-desk-date")!.textContent).toBe("20 Sep 2023");
	await type("Date format", "yyyy-MM-dd");
	expect(ex.ui.note("Articles/The discovery call is not an interview.md")!.querySelector(".article-desk-date")!.textContent).toBe("2023-09-20");
});

it("sets a slider value", async () => {
	const slider = row("Key lines to show").querySelector<HTMLInputElement>("input[type=range]")!;
	slider.value = "8";
	slider.dispatchEvent(new Event("change"));
	await flushAll(ex.app);
	expect(ex.plugin.settings.keyLineCount).toBe(8);
});

describe("declarative settings (Obsidian 1.13)", () => {
	it("describes the same headings and rows as the classic tab", () => {
		const defs = tab.getSettingDefinitions() as unknown as { heading: string; items: { name: string; visible?: () => boolean }[] }[];
		expect(defs.map((d) => d.heading)).toEqual(headings());
		const shown = defs.flatMap((d) => [d.heading, ...d.items.filter((i) => !i.visible || i.visible()).map((i) => i.name)]);
		expect(shown).toEqual(rowNames());
	});

	it("reads and writes values through the control keys", async () => {
		expect(tab.getControlValue("dateKeys")).toBe("pubDate, date, published, created");
		expect(tab.getControlValue("groupMode")).toBe("tag");
		await tab.setControlValue("groupMode", "date");
		expect(ex.plugin.settings.groupMode).toBe("date");
		expect(ex.ui.groupsAt(0).map(([label]) => label)).toEqual(["Metadata problems", "2026", "2025", "2024", "2023", "No date"]);
		await tab.setControlValue("groupMode", "by-colour");
		// Not a choice either, though every object "has" it: values are checked by the settings loader's own rule.
		await tab.setControlValue("groupMode", "toString");
		expect(ex.plugin.settings.groupMode).toBe("date");
		await tab.setControlValue("hashtagExclusions", "#Articles, #sales");
		tab.applyTyping();
		await flushAll(ex.app);
		expect(ex.plugin.settings.hashtagExclusions).toEqual(["Articles", "sales"]);
	});

	it("shows or hides the rows a choice governs as soon as it is made", async () => {
		const refresh = jest.spyOn(tab, "refreshDomState");
		const folders = tab.getSettingDefinitions().flatMap((d) => (d as unknown as { items: { name: string; visible?: () => boolean }[] }).items).find((i) => i.name === "Article folders")!;
		expect(folders.visible!()).toBe(false);
		await tab.setControlValue("selectionMode", "folders");
		expect(ex.plugin.settings.selectionMode).toBe("folders");
		// Obsidian re-evaluates `visible` when told to; the call comes after the settings changed.
		expect(refresh).toHaveBeenCalledTimes(1);
		expect(folders.visible!()).toBe(true);
	});

	it("applies typed control values once, after a pause, and shows them back meanwhile", async () => {
		jest.useFakeTimers();
		try {
			const applied = jest.spyOn(ex.plugin.store, "applySettings");
			for (const text of ["f", "fo", "for", "form", "forma", "format"]) {
				await tab.setControlValue("typeKey", text);
				jest.advanceTimersByTime(TYPING_PAUSE_MS - 100);
			}
			expect(applied).not.toHaveBeenCalled();
			expect(ex.plugin.settings.typeKey).toBe("type");
			expect(tab.getControlValue("typeKey")).toBe("format");
			jest.advanceTimersByTime(TYPING_PAUSE_MS);
			jest.useRealTimers();
			await flushAll(ex.app);
			expect(applied).toHaveBeenCalledTimes(1);
			expect(ex.plugin.settings.typeKey).toBe("format");
			expect(tab.getControlValue("typeKey")).toBe("format");
		} finally {
			jest.useRealTimers();
		}
	});

	it("applies typed control values still waiting when the settings window closes", async () => {
		await tab.setControlValue("mastodonLimit", "800");
		expect(ex.plugin.settings.mastodonLimit).toBe(500);
		tab.hide();
		await flushAll(ex.app);
		expect(ex.plugin.settings.mastodonLimit).toBe(800);
	});
});

describe("opened by Obsidian 1.13, which renders the definitions instead of calling display()", () => {
	beforeEach(() => {
		tab.hide();
	});

	const shownNames = () => Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).filter((r) => r.style.display !== "none").map((r) => r.querySelector(".setting-item-name")!.textContent);

	it("shows the same headings and rows as the classic tab, without calling display()", () => {
		tab.display();
		const classic = rowNames();
		tab.hide();
		const display = jest.spyOn(tab, "display");
		openSettingTab(tab as unknown as SettingTab);
		expect(display).not.toHaveBeenCalled();
		expect(shownNames()).toEqual(classic);
		expect((row("Type property").querySelector("input") as HTMLInputElement).value).toBe("type");
	});

	it("shows the folder list as soon as folders are chosen, without reopening the tab", async () => {
		openSettingTab(tab as unknown as SettingTab);
		expect(shownNames()).not.toContain("Article folders");
		select("Articles are").value = "folders";
		select("Articles are").dispatchEvent(new Event("change"));
		await flushAll(ex.app);
		expect(ex.plugin.settings.selectionMode).toBe("folders");
		expect(shownNames()).toContain("Article folders");
	});

});

describe("typing", () => {
	afterEach(() => jest.useRealTimers());

	it.each([
		["in the classic rows (display())", () => undefined],
		// Obsidian 1.13 passes every keystroke to setControlValue: the pause is the plugin's there too.
		["in Obsidian 1.13's rows (definitions)", () => {
			tab.hide();
			openSettingTab(tab as unknown as SettingTab);
		}],
	])("applies a typed value once, after a pause, not per keystroke, %s", async (_where, open) => {
		open();
		jest.useFakeTimers();
		const applied = jest.spyOn(ex.plugin.store, "applySettings");
		for (const text of ["f", "fo", "for", "form", "forma", "format"]) {
			input("Type property").value = text;
			input("Type property").dispatchEvent(new Event("input"));
			jest.advanceTimersByTime(TYPING_PAUSE_MS - 100);
		}
		expect(applied).not.toHaveBeenCalled();
		expect(ex.plugin.settings.typeKey).toBe("type");
		jest.advanceTimersByTime(TYPING_PAUSE_MS);
		jest.useRealTimers();
		await flushAll(ex.app);
		expect(applied).toHaveBeenCalledTimes(1);
		expect(ex.plugin.settings.typeKey).toBe("format");
	});

	it("applies what is still waiting when the settings window closes", async () => {
		jest.useFakeTimers();
		input("Mastodon character limit").value = "800";
		input("Mastodon character limit").dispatchEvent(new Event("input"));
		tab.hide();
		jest.useRealTimers();
		await flushAll(ex.app);
		expect(ex.plugin.settings.mastodonLimit).toBe(800);
		expect((await saved()).mastodonLimit).toBe(800);
	});
});
