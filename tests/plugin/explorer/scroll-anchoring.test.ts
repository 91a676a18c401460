import { TreeView } from "../../../src/plugin/explorer/explorer-view";
import { flushAll } from "../../obsidian/app-factory";
import { openExplorer, type Explorer } from "./harness";

/*
 * When rows appear or go above the top of the pane (a note added, retagged or deleted in a group higher up), the row
 * the author was looking at stays where it was, as a browser anchors a scrolled page. At the very top, new rows
 * show; a new filter query starts from the top of its matches.
 */

const ROW = TreeView.rowHeight;

/** 200 notes in ten topics (topic0…topic9), dated apart so each group lists them newest first. */
function vault(): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < 200; i++) {
		const day = String((i % 28) + 1).padStart(2, "0");
		files[`Notes/Note ${i}.md`] = `---\ntags: [topic${i % 10}]\npubDate: 2024-${String((i % 12) + 1).padStart(2, "0")}-${day}\n---\nText ${i}.\n`;
	}
	return files;
}

let ex: Explorer;

beforeEach(async () => {
	ex = await openExplorer({ files: vault() });
	ex.ui.setViewportHeight(10 * ROW);
	ex.ui.headerButton("Expand all").click();
	jest.useFakeTimers({ doNotFake: ["Date", "nextTick", "setImmediate", "queueMicrotask"] });
});

afterEach(async () => {
	jest.useRealTimers();
	await ex.app.dispose();
});

/** What the row at the top of the pane shows: a group label or a note path, and how far into it the pane is. */
function topRow(): { id: string; within: number } {
	const top = ex.ui.scroller.scrollTop;
	const index = Math.floor(top / ROW);
	const el = ex.ui.rowEls().find((r) => Number(r.getAttribute("data-index")) === index)!;
	return { id: el.getAttribute("data-path") ?? el.querySelector(".tree-item-inner")!.textContent!, within: top - index * ROW };
}

async function settle(): Promise<void> {
	await flushAll(ex.app);
	jest.advanceTimersByTime(TreeView.coalesceMs);
}

it("keeps the top row in place when notes are added and deleted in a group above it", async () => {
	// Down in topic5's notes, 7 px into a row.
	ex.ui.scrollTo(120 * ROW + 7);
	const before = topRow();
	expect(before.id).toMatch(/^Notes\/Note \d+\.md$/);
	expect(before.within).toBe(7);

	await ex.app.vault.create("Notes/New one.md", "---\ntags: [topic0, topic1]\npubDate: 2025-01-01\n---\nNew.\n");
	await settle();
	// Two rows more above it (the note in topic0 and in topic1); the pane moved with them.
	expect(ex.ui.scroller.scrollTop).toBe(122 * ROW + 7);
	expect(topRow()).toEqual(before);

	await ex.app.vault.delete(ex.app.vault.getFileByPath("Notes/Note 0.md")!);
	await ex.app.vault.delete(ex.app.vault.getFileByPath("Notes/Note 10.md")!);
	await settle();
	expect(ex.ui.scroller.scrollTop).toBe(120 * ROW + 7);
	expect(topRow()).toEqual(before);
});

it("finds the top row again when far more rows than a screenful appear above it at once", async () => {
	ex.ui.scrollTo(150 * ROW + 3);
	const before = topRow();
	for (let i = 0; i < 100; i++) await ex.app.vault.create(`Notes/Batch ${i}.md`, "---\ntags: [topic0]\npubDate: 2025-02-02\n---\nNew.\n");
	await settle();
	expect(ex.ui.scroller.scrollTop).toBe(250 * ROW + 3);
	expect(topRow()).toEqual(before);
});

it("shows new rows at the very top instead of scrolling past them", async () => {
	expect(ex.ui.scroller.scrollTop).toBe(0);
	await ex.app.vault.create("Notes/Newest.md", "---\ntags: [topic0]\npubDate: 2025-06-01\n---\nNew.\n");
	await settle();
	expect(ex.ui.scroller.scrollTop).toBe(0);
	expect(ex.ui.rowEls()[1].getAttribute("data-path")).toBe("Notes/Newest.md");
});

it("leaves the position alone when the top row itself goes", async () => {
	ex.ui.scrollTo(120 * ROW);
	const gone = topRow().id;
	await ex.app.vault.delete(ex.app.vault.getFileByPath(gone)!);
	await settle();
	expect(ex.ui.scroller.scrollTop).toBe(120 * ROW);
	expect(topRow().id).not.toBe(gone);
});

it("starts a new filter query's matches from the top", () => {
	ex.ui.scrollTo(150 * ROW);
	ex.ui.filter("topic3");
	expect(ex.ui.scroller.scrollTop).toBe(0);
	expect(ex.ui.rowEls()[0].querySelector(".tree-item-inner")!.textContent).toBe("topic3");
});
