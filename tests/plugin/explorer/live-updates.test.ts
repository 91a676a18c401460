import { TreeView } from "../../../src/plugin/explorer/explorer-view";
import { flushAll } from "../../obsidian/app-factory";
import { NOTE, openExplorer, type Explorer } from "./harness";

const COALESCE_MS = TreeView.coalesceMs;

/*
 * Vault events reach the tree through the store; the view redraws them together after COALESCE_MS, except a change
 * to the active note, which shows at once. Fake timers hold the view's timer so both halves can be seen; indexing in
 * the double runs on real timers, so `flushAll` still completes it.
 */

let ex: Explorer;

beforeEach(async () => {
	ex = await openExplorer();
	jest.useFakeTimers({ doNotFake: ["Date", "nextTick", "setImmediate", "queueMicrotask"] });
});

afterEach(async () => {
	jest.useRealTimers();
	await ex.app.dispose();
});

const file = (path: string) => ex.app.vault.getFileByPath(path)!;

/** Frontmatter for a new or rewritten note. */
function note(fields: string): string {
	return `---\n${fields}\n---\nBody text.\n`;
}

function countOf(label: string): number | undefined {
	return ex.ui.groups().find((g) => g.label === label)?.count;
}

it("adds a created note to its group after the coalescing delay", async () => {
	ex.ui.expand("coaching");
	await ex.app.vault.create("Articles/Coaching in March.md", note('title: "Coaching in March"\ntags: [coaching]\npubDate: 2026-03-01'));
	await flushAll(ex.app);
	expect(countOf("coaching")).toBe(1);
	expect(ex.ui.note("Articles/Coaching in March.md")).toBeNull();
	jest.advanceTimersByTime(COALESCE_MS);
	expect(countOf("coaching")).toBe(2);
	// Newer than the morning review (2026-02-23), so it comes first.
	expect(ex.ui.notesOf("coaching")).toEqual(["Articles/Coaching in March.md", NOTE.morning]);
	expect(ex.ui.titleOf("Articles/Coaching in March.md")).toBe("Coaching in March");
	expect(ex.ui.count()).toBe("21 articles");
});

it("updates a modified note's title and moves it when its tags change", async () => {
	ex.ui.expand("coaching", "podcast");
	await ex.app.vault.modify(file(NOTE.discovery), note('title: "Discovery, revised"\ntags: [coaching]\npubDate: 2023-09-20'));
	await flushAll(ex.app);
	expect(ex.ui.notesOf("podcast")).toEqual([NOTE.discovery]);
	jest.advanceTimersByTime(COALESCE_MS);
	expect(ex.ui.titleOf(NOTE.discovery)).toBe("Discovery, revised");
	expect(ex.ui.notesOf("coaching")).toEqual([NOTE.morning, NOTE.discovery]);
	// The body no longer says #podcast, so the podcast group is gone.
	expect(countOf("podcast")).toBeUndefined();
});

it("moves a renamed note to its new place and drops the old row", async () => {
	ex.ui.expand("Untagged");
	const renamed = "Imported/Zero hours selling.md";
	await ex.app.vault.rename(file(NOTE.busy), renamed);
	await flushAll(ex.app);
	expect(ex.ui.note(NOTE.busy)).not.toBeNull();
	jest.advanceTimersByTime(COALESCE_MS);
	expect(ex.ui.note(NOTE.busy)).toBeNull();
	// Without frontmatter the title is the file name, and undated notes sort by title: it moves to the end.
	expect(ex.ui.titleOf(renamed)).toBe("Zero hours selling");
	expect(ex.ui.notesOf("Untagged")).toEqual([NOTE.listening, NOTE.coach, NOTE.maybe, NOTE.handshake, NOTE.bestProspects, NOTE.writeItDown, renamed]);
	expect(countOf("Untagged")).toBe(7);
});

it("removes a deleted note and recounts its groups", async () => {
	ex.ui.expand("mindset");
	await ex.app.vault.delete(file(NOTE.goodEgg));
	await flushAll(ex.app);
	expect(ex.ui.note(NOTE.goodEgg)).not.toBeNull();
	jest.advanceTimersByTime(COALESCE_MS);
	expect(ex.ui.note(NOTE.goodEgg)).toBeNull();
	expect(countOf("mindset")).toBe(2);
	expect(countOf("Articles")).toBe(10);
	expect(ex.ui.count()).toBe("19 articles");
});

it("draws a burst of changes once", async () => {
	const refresh = jest.spyOn(ex.view, "refresh");
	for (let i = 1; i <= 5; i++) await ex.app.vault.create(`Drafts/Burst ${i}.md`, note("tags: [burst]"));
	await flushAll(ex.app);
	expect(refresh).not.toHaveBeenCalled();
	jest.advanceTimersByTime(COALESCE_MS);
	expect(refresh).toHaveBeenCalledTimes(1);
	expect(countOf("burst")).toBe(5);
});

it("shows a change to the active note at once", async () => {
	ex.ui.expand("mindset");
	await ex.app.workspace.getLeaf(false).openFile(file(NOTE.goodEgg));
	expect(ex.app.workspace.getActiveFile()?.path).toBe(NOTE.goodEgg);
	await ex.app.vault.modify(file(NOTE.goodEgg), note('title: "The good-egg problem, take two"\ntags: [mindset]\npubDate: 2023-02-14'));
	await flushAll(ex.app);
	expect(ex.ui.titleOf(NOTE.goodEgg)).toBe("The good-egg problem, take two");
	expect(countOf("Articles")).toBe(10);
});

it("stops redrawing once the plugin is unloaded, even with a redraw pending", async () => {
	const { view } = ex;
	const refresh = jest.spyOn(view, "refresh");
	await ex.app.vault.create("Drafts/Late.md", note("tags: [late]"));
	ex.plugin.unload();
	await flushAll(ex.app);
	jest.advanceTimersByTime(COALESCE_MS * 5);
	expect(refresh).not.toHaveBeenCalled();
});

it("keeps the selection on the same note when rows above it come and go", async () => {
	// Clicking the group selects it; one step down is its first note.
	ex.ui.expand("Articles");
	ex.ui.key("ArrowDown");
	// The newest Articles note, rejection (2026-01-19), is the first row under Articles.
	expect(ex.ui.selectedRow()?.getAttribute("data-path")).toBe(NOTE.rejection);
	await ex.app.vault.create("Articles/Next year.md", note("tags: [Articles]\npubDate: 2027-01-01"));
	await flushAll(ex.app);
	jest.advanceTimersByTime(COALESCE_MS);
	expect(ex.ui.notesOf("Articles").slice(0, 2)).toEqual(["Articles/Next year.md", NOTE.rejection]);
	expect(ex.ui.selectedRow()?.getAttribute("data-path")).toBe(NOTE.rejection);
	ex.ui.key("ArrowDown");
	expect(ex.ui.selectedRow()?.getAttribute("data-path")).toBe(NOTE.apologising);
});

it("moves the selection to the row that took its place when an edit takes the selected note away", async () => {
	ex.ui.expand("Articles");
	ex.ui.key("ArrowDown");
	expect(ex.ui.selectedRow()?.getAttribute("data-path")).toBe(NOTE.rejection);
	await ex.app.vault.delete(file(NOTE.rejection));
	await flushAll(ex.app);
	jest.advanceTimersByTime(COALESCE_MS);
	// the next note down is in its place, and the keys go on from there
	expect(ex.ui.notesOf("Articles")[0]).toBe(NOTE.apologising);
	expect(ex.ui.selectedRow()?.getAttribute("data-path")).toBe(NOTE.apologising);
	ex.ui.key("ArrowDown");
	expect(ex.ui.selectedRow()?.getAttribute("data-path")).toBe(ex.ui.notesOf("Articles")[1]);
});

describe("while a filter keeps only a few notes", () => {
	const drawnOpen = () => Object.fromEntries(ex.ui.groups().map((g) => [g.label, g.expanded]));

	it("opens the groups that come to hold a match after an edit, and leaves closed the ones the author closed", async () => {
		ex.ui.filter("#podcast");
		expect(ex.ui.count()).toBe("1 matching");
		expect(ex.ui.groups().every((g) => g.expanded)).toBe(true);
		ex.ui.click(ex.ui.group("Articles"));
		expect(drawnOpen().Articles).toBe(false);
		// the morning review (coaching only) gains the podcast tag
		await ex.app.vault.modify(file(NOTE.morning), note('title: "The five-minute morning review"\ntags: [coaching, podcast]\npubDate: 2026-02-23'));
		await flushAll(ex.app);
		jest.advanceTimersByTime(COALESCE_MS);
		expect(ex.ui.count()).toBe("2 matching");
		expect(drawnOpen()).toMatchObject({ Articles: false, coaching: true, podcast: true });
		expect(ex.ui.notesOf("coaching")).toEqual([NOTE.morning]);
	});

	it("opens the groups of a note that starts to match a filter that matched nothing", async () => {
		ex.ui.filter("zebra");
		expect(ex.ui.count()).toBe("0 matching");
		await ex.app.vault.create("Articles/Zebra crossing.md", note('title: "Zebra crossing"\ntags: [coaching/road]\npubDate: 2026-03-01'));
		await flushAll(ex.app);
		jest.advanceTimersByTime(COALESCE_MS);
		expect(ex.ui.count()).toBe("1 matching");
		expect(ex.ui.groups().every((g) => g.expanded)).toBe(true);
		expect(ex.ui.note("Articles/Zebra crossing.md")).not.toBeNull();
	});
});
