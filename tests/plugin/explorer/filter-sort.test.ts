import type { ArticleDeskSettings } from "../../../src/core/settings";
import { flushAll } from "../../obsidian/app-factory";
import { lastMenu, resetMenus } from "../../obsidian/menu";
import { NOTE, openExplorer, type Explorer } from "./harness";

// Counts are worked out from the table at the top of grouping.test.ts. "Metadata problems" (always first) holds
// secondMeeting, referrals, price, listening, coach, maybe, handshake, bestProspects and askOrder.

let ex: Explorer;

beforeEach(async () => {
	resetMenus();
	ex = await openExplorer({ now: 1000 });
});

afterEach(async () => {
	await ex.app.dispose();
});

describe("filter box", () => {
	it.each<[string, string, [string, number][]]>([
		// 11 notes carry sales or a tag under it; referrals is the only one without Articles.
		// Problems among them: secondMeeting, referrals, price, askOrder.
		["#sales", "11 matching", [["Metadata problems", 4], ["Articles", 10], ["mindset", 2], ["podcast", 1], ["productivity", 1], ["sales", 11]]],
		["#SALES/objections", "2 matching", [["Metadata problems", 1], ["Articles", 2], ["sales", 2]]],
		// Neither podcast note has a problem, so the problems group is left out.
		["type:podcast", "2 matching", [["Articles", 2], ["podcast", 1], ["sales", 2]]],
		["-#sales", "9 matching", [["Metadata problems", 5], ["Articles", 1], ["coaching", 1], ["mindset", 1], ["productivity", 1], ["Untagged", 7]]],
		// Words search titles, tags and types: two titles say "price" ("pricing" does not contain it).
		["price", "2 matching", [["Metadata problems", 1], ["Articles", 2], ["sales", 2]]],
		// followUp, desperation, goodEgg, askOrder, secondMeeting; the last two have problems.
		["#sales -#sales/objections type:sfcContent", "5 matching", [["Metadata problems", 2], ["Articles", 5], ["mindset", 2], ["sales", 5]]],
	])("%j keeps the matching notes and recounts the groups", (text, count, groups) => {
		ex.ui.filter(text);
		expect(ex.ui.count()).toBe(count);
		expect(ex.ui.groupsAt(0)).toEqual(groups);
		expect(ex.ui.message()).toBe("");
	});

	it("opens every group that holds one of a few matches, and gives the author's open groups back after", async () => {
		const saved = structuredClone(ex.plugin.settings.expanded);
		ex.ui.filter("price");
		// no group opened by hand, yet both matches are drawn, under every group that holds them
		for (const path of [NOTE.price, NOTE.apologising]) expect(ex.ui.note(path)).not.toBeNull();
		expect(ex.ui.groups().every((g) => g.expanded)).toBe(true);
		// closing one while filtering is not saved
		ex.ui.click(ex.ui.group("Articles"));
		expect(ex.ui.group("Articles").getAttribute("aria-expanded")).toBe("false");
		await flushAll(ex.app);
		expect(ex.plugin.settings.expanded).toEqual(saved);
		ex.ui.filter("");
		expect(ex.ui.groups().filter((g) => g.expanded)).toEqual([]);
		expect(ex.ui.note(NOTE.price)).toBeNull();
	});

	it("says so when nothing matches, and Clear filter brings everything back", () => {
		ex.ui.filter("#nosuchtag");
		expect(ex.ui.rowEls()).toHaveLength(0);
		expect(ex.ui.message()).toBe("No articles match the filter.");
		expect(ex.ui.count()).toBe("0 matching");
		// both are statuses, so a screen reader reads them out as they change
		const statuses = Array.from(ex.ui.root.querySelectorAll('[role="status"]'), (el) => el.textContent);
		expect(statuses).toEqual(["0 matching", expect.stringContaining("No articles match the filter.")]);
		const clear = ex.ui.clearFilterButton();
		expect(clear).not.toBeNull();
		clear!.click();
		expect(ex.ui.filterInput.value).toBe("");
		expect(ex.ui.message()).toBe("");
		expect(ex.ui.clearFilterButton()).toBeNull();
		expect(ex.ui.count()).toBe("20 articles");
		expect(ex.ui.groupsAt(0)).toHaveLength(8);
	});

	it("hides Clear filter while the filter matches something", () => {
		ex.ui.filter("#sales");
		expect(ex.ui.clearFilterButton()).toBeNull();
	});

	it("keeps the filter when the grouping changes", async () => {
		ex.ui.filter("type:podcast");
		await ex.plugin.updateSettings({ groupMode: "type" });
		expect(ex.ui.groupsAt(0)).toEqual([
			["podcast", 2],
			["sfcContent", 1],
		]);
		expect(ex.ui.count()).toBe("2 matching");
	});
});

describe("sorting", () => {
	// The mindset group: desperation (2025-03-04), rejection (2026-01-19), goodEgg (2023-02-14).
	it.each<[string, Partial<ArticleDeskSettings>, string[]]>([
		["newest first (the default)", {}, [NOTE.rejection, NOTE.desperation, NOTE.goodEgg]],
		["oldest first", { noteSortDesc: false }, [NOTE.goodEgg, NOTE.desperation, NOTE.rejection]],
		["by title A→Z", { noteSort: "title", noteSortDesc: false }, [NOTE.desperation, NOTE.rejection, NOTE.goodEgg]],
		["by title Z→A", { noteSort: "title", noteSortDesc: true }, [NOTE.goodEgg, NOTE.rejection, NOTE.desperation]],
	])("sorts notes %s", async (_name, patch, expected) => {
		await ex.plugin.updateSettings(patch);
		ex.ui.expand("mindset");
		expect(ex.ui.notesOf("mindset")).toEqual(expected);
	});

	it("sorts notes by modified time, the last edited first", async () => {
		ex.app.vault.clock = () => 9000;
		await ex.app.vault.append(ex.app.vault.getFileByPath(NOTE.goodEgg)!, "\nOne more line.");
		await flushAll(ex.app);
		await ex.plugin.updateSettings({ noteSort: "mtime", noteSortDesc: true });
		ex.ui.expand("mindset");
		// goodEgg is newest; the other two share the same time and fall back to title order.
		expect(ex.ui.notesOf("mindset")).toEqual([NOTE.goodEgg, NOTE.desperation, NOTE.rejection]);
	});

	it("sorts groups by number of notes, ties by name, the catch-all still last, the problems still first", async () => {
		await ex.plugin.updateSettings({ groupSort: "count" });
		expect(ex.ui.groupsAt(0)).toEqual([
			["Metadata problems", 9],
			["Articles", 11],
			["sales", 11],
			["mindset", 3],
			["productivity", 2],
			["coaching", 1],
			["podcast", 1],
			["Untagged", 7],
		]);
	});

	it("presses the header's buttons from the keyboard, a menu then showing under its button", async () => {
		const sort = ex.ui.headerButton("Sort");
		jest.spyOn(sort, "getBoundingClientRect").mockReturnValue({ left: 40, bottom: 72 } as DOMRect);
		resetMenus();
		sort.dispatchEvent(new KeyboardEvent("keydown", { key: "Tab", bubbles: true }));
		expect(lastMenu()).toBeNull();
		const enter = new KeyboardEvent("keydown", { key: "Enter", bubbles: true, cancelable: true });
		sort.dispatchEvent(enter);
		expect(enter.defaultPrevented).toBe(true);
		expect(lastMenu()!.position).toEqual({ x: 40, y: 72 });
		ex.ui.headerButton("Expand all").dispatchEvent(new KeyboardEvent("keydown", { key: " ", bubbles: true }));
		expect(ex.ui.groups().filter((g) => g.depth === 0 && g.label === "mindset")[0].expanded).toBe(true);
	});

	it("changes the sort from the header's sort menu and saves it", async () => {
		ex.ui.expand("mindset");
		ex.ui.headerButton("Sort").click();
		const menu = lastMenu()!;
		expect(menu.titles()).toEqual([
			"Groups by name",
			"Groups by number of notes",
			"Publication date (new to old)",
			"Publication date (old to new)",
			"Title (A to Z)",
			"Title (Z to A)",
			"Modified time (new to old)",
			"Modified time (old to new)",
		]);
		expect(menu.titles().filter((title) => menu.findItem(title)!.checked)).toEqual(["Groups by name", "Publication date (new to old)"]);
		// one click sets the order and its direction: titles A to Z, whatever the date order was
		menu.clickItem("Title (A to Z)");
		await flushAll(ex.app);
		expect(ex.plugin.settings).toMatchObject({ noteSort: "title", noteSortDesc: false });
		expect(ex.ui.notesOf("mindset")).toEqual([NOTE.desperation, NOTE.rejection, NOTE.goodEgg]);
		const saved = JSON.parse(await ex.app.vault.adapter.read(".obsidian/plugins/article-desk/data.json"));
		expect(saved).toMatchObject({ noteSort: "title", noteSortDesc: false });
	});
});

describe("header buttons", () => {
	it("expands every group and collapses them all again", () => {
		ex.ui.headerButton("Expand all").click();
		expect(ex.ui.groups().every((g) => g.expanded)).toBe(true);
		// 8 top groups (Metadata problems first) + fear, resilience + habits + 8 under sales; most are below the
		// fold, so read the view's rows.
		const groups = ex.view.visibleRows.filter((r) => r.type === "group");
		expect(groups).toHaveLength(19);
		expect(groups.every((r) => r.type === "group" && r.expanded)).toBe(true);
		ex.ui.headerButton("Collapse all").click();
		expect(ex.ui.groups()).toHaveLength(8);
		expect(ex.ui.groups().every((g) => !g.expanded)).toBe(true);
	});
});

describe("a filter with many matches", () => {
	it("leaves the groups as the author left them", async () => {
		await ex.app.dispose();
		const files: Record<string, string> = {};
		for (let i = 0; i < 201; i++) files[`Notes/n${i}.md`] = "---\ntags: [wide]\n---\nText.\n";
		ex = await openExplorer({ files });
		ex.ui.filter("#wide");
		expect(ex.ui.count()).toBe("201 matching");
		expect(ex.ui.groups().map((g) => [g.label, g.expanded])).toEqual([["wide", false]]);
		// one match fewer than the limit opens them
		ex.ui.filter("#wide -n200");
		expect(ex.ui.count()).toBe("200 matching");
		expect(ex.ui.groups().every((g) => g.expanded)).toBe(true);
	});
});
