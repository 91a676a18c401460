import type { GroupMode } from "../../../src/core/settings";
import { flushAll } from "../../obsidian/app-factory";
import { NOTE, openExplorer, type Explorer } from "./harness";

/*
 * Every expectation here is worked out by hand from the example vault's frontmatter (examples/vault), with Obsidian's
 * rules from the reference page: only `tags:` counts (not `tag:`), `tags: sales, mindset` gives no tags, a number in
 * a tag list is dropped, body tags join frontmatter tags, invalid YAML leaves no frontmatter at all.
 *
 *   note            tags                                   type              pubDate
 *   coldCalls       Articles sales/prospecting sales/cold-calling  —          2023-05-02
 *   followUp        Articles sales/follow-up               sfcContent newsletter  2024-06-11
 *   desperation     Articles sales/closing mindset/fear    sfcContent        2025-03-04T07:15
 *   price           Articles sales/objections              sfcContent        2024-10-02
 *   rejection       Articles mindset/fear mindset/resilience  —              2026-01-19
 *   apologising     Articles sales/pricing sales/objections  sfcContent podcast  2025-11-17
 *   discovery       Articles sales/discovery + body podcast   podcast         2023-09-20
 *   morning         productivity/habits coaching + body productivity  sfcContent  2026-02-23
 *   goodEgg         Articles sales/prospecting mindset     sfcContent        2023-02-14
 *   pipeline        Articles sales/pipeline productivity   newsletter        2024-01-08
 *   askOrder        Articles sales/closing                 sfcContent        2024-13-45 (not a date)
 *   coach           — (`tag:` is not read)                 sfcContent        2023-11-06
 *   listening       — (`tags: sales, mindset` is invalid)  sfcContent        2024-04-22
 *   maybe           — (invalid YAML: unclosed quote)       —                 —
 *   secondMeeting   Articles sales/discovery               sfcContent (`Type:`)  2025-08-25
 *   referrals       sales (2024 is a number, dropped)      newsletter        2024-12-30
 *   4 × Imported    — (no frontmatter)                     —                 —
 *
 * "Metadata problems" comes first in every mode: askOrder, coach, listening, maybe, secondMeeting, referrals, price
 * (garbled title), and handshake and bestProspects (garbled text) — 9 notes.
 */

const opened: Explorer[] = [];

async function explorerIn(mode: GroupMode): Promise<Explorer> {
	const ex = await openExplorer();
	opened.push(ex);
	await ex.plugin.updateSettings({ groupMode: mode });
	return ex;
}

afterEach(async () => {
	for (const ex of opened.splice(0)) await ex.app.dispose();
});

describe("tag mode (the default)", () => {
	it("lists root tags by name with distinct-note counts, Untagged last", async () => {
		const { ui } = await explorerIn("tag");
		expect(ui.groupsAt(0)).toEqual([
			["Metadata problems", 9],
			["Articles", 11],
			["coaching", 1],
			["mindset", 3], // desperation, rejection (both via mindset/fear), goodEgg (mindset itself)
			["podcast", 1],
			["productivity", 2], // morning (productivity and productivity/habits, counted once), pipeline
			["sales", 11],
			["Untagged", 7], // coach, listening, maybe, 4 imported
		]);
		expect(ui.groups().every((g) => !g.expanded)).toBe(true);
		expect(ui.count()).toBe("20 articles");
	});

	it("shows nested tags by their last segment when their parent is opened", async () => {
		const { ui } = await explorerIn("tag");
		ui.expand("sales");
		expect(ui.childGroupsOf("sales")).toEqual([
			["closing", 2],
			["cold-calling", 1],
			["discovery", 2],
			["follow-up", 1],
			["objections", 2],
			["pipeline", 1],
			["pricing", 1],
			["prospecting", 2],
		]);
		ui.expand("mindset", "productivity");
		expect(ui.childGroupsOf("mindset")).toEqual([
			["fear", 2],
			["resilience", 1],
		]);
		expect(ui.childGroupsOf("productivity")).toEqual([["habits", 1]]);
	});

	it("lists the Untagged bucket newest first, undated notes last by title", async () => {
		const { ui } = await explorerIn("tag");
		ui.expand("Untagged");
		expect(ui.notesOf("Untagged")).toEqual([NOTE.listening, NOTE.coach, NOTE.busy, NOTE.maybe, NOTE.handshake, NOTE.bestProspects, NOTE.writeItDown]);
	});

	it("shows a note's title, type badges and formatted date; the mojibake title is shown repaired", async () => {
		const { ui } = await explorerIn("tag");
		ui.expand("sales", "objections");
		const row = ui.note(NOTE.apologising)!;
		expect(ui.titleOf(NOTE.apologising)).toBe("📄 Stop apologising for your price");
		expect(Array.from(row.querySelectorAll(".article-desk-type-badge")).map((e) => e.textContent)).toEqual(["sfcContent", "podcast"]);
		expect(row.querySelector(".article-desk-date")?.textContent).toBe("17 Nov 2025");
		expect(ui.titleOf(NOTE.price)).toBe("📄 Price is never the real objection");
	});

	it("marks a note whose date is not a date with a problem icon", async () => {
		const { ui } = await explorerIn("tag");
		ui.expand("sales", "closing");
		const row = ui.note(NOTE.askOrder)!;
		expect(row.querySelector(".article-desk-date")).toBeNull();
		expect(row.querySelector(".article-desk-problem")?.getAttribute("aria-label")).toContain("2024-13-45");
		expect(ui.note(NOTE.desperation)!.querySelector(".article-desk-problem")).toBeNull();
	});

	it("explains invalid YAML on the note once it has been read", async () => {
		const ex = await explorerIn("tag");
		ex.ui.expand("Untagged");
		await flushAll(ex.app);
		await new Promise((r) => setTimeout(r, 150));
		expect(ex.ui.note(NOTE.maybe)!.querySelector(".article-desk-problem")?.getAttribute("aria-label")).toMatch(/not valid YAML/);
	});
});

describe("type mode", () => {
	it("groups by type, a note with two types in both, No type last, no type badges", async () => {
		const { ui } = await explorerIn("type");
		expect(ui.groupsAt(0)).toEqual([
			["Metadata problems", 9],
			["newsletter", 3], // followUp, pipeline, referrals
			["podcast", 2], // apologising, discovery
			["sfcContent", 10], // followUp desperation price apologising morning goodEgg askOrder coach listening secondMeeting
			["No type", 7], // coldCalls, rejection, maybe, 4 imported
		]);
		ui.expand("podcast");
		expect(ui.notesOf("podcast")).toEqual([NOTE.apologising, NOTE.discovery]);
		expect(ui.note(NOTE.apologising)!.querySelector(".article-desk-type-badge")).toBeNull();
	});
});

describe("type → tag mode", () => {
	it("puts each type's tag tree under it, with Untagged for its untagged notes", async () => {
		const { ui } = await explorerIn("type-tag");
		expect(ui.groupsAt(0)).toEqual([
			["Metadata problems", 9],
			["newsletter", 3],
			["podcast", 2],
			["sfcContent", 10],
			["No type", 7],
		]);
		ui.expand("podcast", "No type");
		expect(ui.childGroupsOf("podcast")).toEqual([
			["Articles", 2],
			["podcast", 1],
			["sales", 2],
		]);
		expect(ui.childGroupsOf("No type")).toEqual([
			["Articles", 2], // coldCalls, rejection
			["mindset", 1],
			["sales", 1],
			["Untagged", 5], // maybe, 4 imported
		]);
		expect(ui.notesOf("podcast")).toEqual([]);
	});
});

describe("tag → type mode", () => {
	it("puts child tags first, then the types of the tag's notes, No type last", async () => {
		const { ui } = await explorerIn("tag-type");
		expect(ui.groupsAt(0).map(([label]) => label)).toEqual(["Metadata problems", "Articles", "coaching", "mindset", "podcast", "productivity", "sales", "Untagged"]);
		ui.expand("mindset", "Untagged");
		expect(ui.childGroupsOf("mindset")).toEqual([
			["fear", 2],
			["resilience", 1],
			["sfcContent", 2], // desperation, goodEgg
			["No type", 1], // rejection
		]);
		expect(ui.childGroupsOf("Untagged")).toEqual([
			["sfcContent", 2], // coach, listening
			["No type", 5],
		]);
	});
});

describe("date mode", () => {
	it("groups years newest first, then months, No date last", async () => {
		const { ui } = await explorerIn("date");
		expect(ui.groupsAt(0)).toEqual([
			["Metadata problems", 9],
			["2026", 2], // morning, rejection
			["2025", 3], // desperation, secondMeeting, apologising
			["2024", 5], // pipeline, listening, followUp, price, referrals
			["2023", 4], // goodEgg, coldCalls, discovery, coach
			["No date", 6], // askOrder (2024-13-45), maybe, 4 imported
		]);
		ui.expand("2024");
		expect(ui.childGroupsOf("2024")).toEqual([
			["December 2024", 1],
			["October 2024", 1],
			["June 2024", 1],
			["April 2024", 1],
			["January 2024", 1],
		]);
		ui.expand("No date");
		expect(ui.notesOf("No date")).toEqual([NOTE.askOrder, NOTE.busy, NOTE.maybe, NOTE.handshake, NOTE.bestProspects, NOTE.writeItDown]);
	});
});

describe("switching the grouping from the header", () => {
	it("rebuilds the tree in the chosen mode and saves the choice", async () => {
		const ex = await explorerIn("tag");
		const select = ex.ui.root.querySelector<HTMLSelectElement>("select.article-desk-mode")!;
		expect(select.value).toBe("tag");
		select.value = "date";
		select.dispatchEvent(new Event("change"));
		await flushAll(ex.app);
		expect(ex.plugin.settings.groupMode).toBe("date");
		expect(ex.ui.groupsAt(0).map(([label]) => label)).toEqual(["Metadata problems", "2026", "2025", "2024", "2023", "No date"]);
		expect(JSON.parse(await ex.app.vault.adapter.read(".obsidian/plugins/article-desk/data.json")).groupMode).toBe("date");
	});
});

describe("counts", () => {
	it("writes a group's count with the locale's digit grouping, as the header writes the total", async () => {
		const files: Record<string, string> = {};
		for (let i = 0; i < 1000; i++) files[`Notes/n${i}.md`] = "---\ntags: [wide]\n---\nText.\n";
		const ex = await openExplorer({ files });
		opened.push(ex);
		const flair = ex.ui.group("wide").querySelector(".tree-item-flair")!.textContent;
		expect(flair).toBe((1000).toLocaleString());
		expect(flair).not.toBe("1000"); // the test locale groups digits
		expect(ex.ui.count()).toBe(`${flair} articles`);
	});
});
