// The "Metadata problems" group: notes whose metadata Obsidian ignores or misreads, each saying what is wrong in one
// line (issue: metadata health). Bodies are checked lazily, after layout-ready and in idle time, never at start-up.
import ArticleDeskPlugin from "../../../src/main";
import { PROBLEMS_GROUP_ID } from "../../../src/core/explorer";
import { TreeView } from "../../../src/plugin/explorer/explorer-view";
import { createApp, flushAll, loadPlugin } from "../../obsidian/app-factory";
import { EXAMPLE_VAULT, NOTE, openExplorer, type Explorer } from "./harness";

const COALESCE_MS = TreeView.coalesceMs;

const BODY = 'the text has garbled characters from a wrong text encoding; run "Repair text encoding of this note"';

/** The message each problem note of the example vault shows on its row, worked out from its frontmatter. */
const MESSAGES: [string, string][] = [
	[NOTE.secondMeeting, '"Type:" is read as "type:", but Obsidian\'s properties treat it as a different key'],
	[NOTE.referrals, "tags 2024 is only digits; Obsidian ignores it"],
	[NOTE.price, 'title "ðŸ“„ Price is never the real objection" has garbled characters from a wrong text encoding; shown repaired'],
	[NOTE.listening, 'tags: "sales, mindset" is a single string; Obsidian ignores it (write a list)'],
	[NOTE.coach, '"tag:" is no longer read by Obsidian; rename it to "tags:"'],
	[NOTE.askOrder, 'pubDate: "2024-13-45" is not a date (write it like 2024-02-06)'],
	[NOTE.maybe, 'frontmatter is not valid YAML (Missing closing "quote at line 5, column 17); Obsidian ignores all of it'],
	[NOTE.handshake, BODY],
	[NOTE.bestProspects, BODY],
];

let ex: Explorer | null = null;

/** Indexing and the body check are done, and the view has redrawn after its coalescing delay. */
async function settle(e: Explorer): Promise<void> {
	await flushAll(e.app);
	await new Promise((resolve) => setTimeout(resolve, COALESCE_MS + 20));
}

afterEach(async () => {
	await ex?.app.dispose();
	ex = null;
});

describe("the Metadata problems group", () => {
	it("lists the example vault's problem notes on top, newest first, each with its message", async () => {
		ex = await openExplorer();
		expect(ex.ui.groupsAt(0)[0]).toEqual(["Metadata problems", 9]);
		const group = ex.ui.group("Metadata problems");
		expect(group.getAttribute("data-group-id")).toBe(PROBLEMS_GROUP_ID);
		expect(group.querySelector(".article-desk-catch-all")).not.toBeNull();
		ex.ui.expand("Metadata problems");
		expect(ex.ui.notesOf("Metadata problems")).toEqual(MESSAGES.map(([path]) => path));
		for (const [path, message] of MESSAGES) {
			const shown = ex.ui.note(path)!.querySelector(".tree-item-self > .article-desk-problem-text")!;
			expect(shown.textContent).toBe(message);
			expect(shown.getAttribute("aria-label")).toBe(message);
		}
	});

	it("shows the first of several problems and how many more, all of them in the label", async () => {
		const files = { ...EXAMPLE_VAULT, "Drafts/Two problems.md": "---\ntag: x\ndate: soon\n---\nBody\n" };
		ex = await openExplorer({ files });
		ex.ui.expand("Metadata problems");
		const shown = ex.ui.note("Drafts/Two problems.md")!.querySelector(".article-desk-problem-text")!;
		// the message (cut by CSS when long) and the count of the others beside it, never cut
		expect(Array.from(shown.children, (c) => c.textContent)).toEqual(['"tag:" is no longer read by Obsidian; rename it to "tags:"', "+1 more"]);
		expect(shown.getAttribute("aria-label")).toBe('"tag:" is no longer read by Obsidian; rename it to "tags:"\ndate: "soon" is not a date (write it like 2024-02-06)');
	});

	it("shows the message only on rows inside the group; elsewhere the row keeps its warning icon", async () => {
		ex = await openExplorer();
		ex.ui.expand("Untagged");
		const row = ex.ui.note(NOTE.listening)!;
		expect(row.querySelector(".article-desk-problem-text")).toBeNull();
		expect(row.querySelector(".article-desk-problem")!.getAttribute("aria-label")).toBe(MESSAGES[3][1]);
	});

	it("is not drawn when no note has a problem", async () => {
		ex = await openExplorer({ files: { "a.md": "---\ntags: [x]\n---\nIt’s fine.\n", "b.md": "Plain text\n" } });
		expect(ex.ui.groupsAt(0)).toEqual([["x", 1], ["Untagged", 1]]);
	});
});

describe("body checks", () => {
	it("reads no body while starting, then finds garbled bodies in idle time", async () => {
		const app = createApp({ files: EXAMPLE_VAULT });
		const reads = jest.spyOn(app.vault, "cachedRead");
		const plugin = await loadPlugin(app, ArticleDeskPlugin);
		// Layout-ready has run and the catalog is full, but no body has been read yet (only the invalid-YAML note,
		// to learn its parser error).
		expect(plugin.store.index.size).toBe(20);
		expect(reads.mock.calls.map(([f]) => f.path)).toEqual([NOTE.maybe]);
		expect(plugin.store.hasBodyMojibake(NOTE.bestProspects)).toBe(false);
		await plugin.store.bodiesChecked();
		await flushAll(app);
		expect(new Set(reads.mock.calls.map(([f]) => f.path)).size).toBe(20);
		expect(plugin.store.hasBodyMojibake(NOTE.bestProspects)).toBe(true);
		expect(plugin.store.hasBodyMojibake(NOTE.handshake)).toBe(true);
		expect(plugin.store.hasBodyMojibake(NOTE.busy)).toBe(false);
		expect(plugin.store.index.get(NOTE.bestProspects)!.problems.map((p) => p.message)).toEqual([BODY]);
		await app.dispose();
	});

	it("checks a note again when it changes: garbled text added, then removed", async () => {
		ex = await openExplorer();
		const file = ex.app.vault.getFileByPath(NOTE.rejection)!;
		const original = await ex.app.vault.read(file);
		await ex.app.vault.modify(file, original + "\nItâ€™s garbled now.\n");
		await settle(ex);
		expect(ex.ui.groupsAt(0)[0]).toEqual(["Metadata problems", 10]);
		expect(ex.plugin.store.index.get(NOTE.rejection)!.problems.map((p) => p.code)).toEqual(["mojibake"]);
		await ex.app.vault.modify(file, original);
		await settle(ex);
		expect(ex.ui.groupsAt(0)[0]).toEqual(["Metadata problems", 9]);
	});

	it("follows a renamed note, and forgets a deleted one", async () => {
		ex = await openExplorer();
		const file = ex.app.vault.getFileByPath(NOTE.bestProspects)!;
		await ex.app.vault.rename(file, "Imported/Renamed.md");
		await settle(ex);
		expect(ex.plugin.store.hasBodyMojibake("Imported/Renamed.md")).toBe(true);
		expect(ex.plugin.store.hasBodyMojibake(NOTE.bestProspects)).toBe(false);
		expect(ex.plugin.store.index.get("Imported/Renamed.md")!.problems.map((p) => p.code)).toEqual(["mojibake"]);
		await ex.app.vault.delete(file);
		await settle(ex);
		expect(ex.plugin.store.hasBodyMojibake("Imported/Renamed.md")).toBe(false);
		expect(ex.ui.groupsAt(0)[0]).toEqual(["Metadata problems", 8]);
	});

	it("keeps a note's invalid-YAML problem when its body check comes in", async () => {
		const files = { "Bad.md": '---\ntitle: "open\n---\nItâ€™s garbled.\n' };
		ex = await openExplorer({ files });
		expect(ex.plugin.store.index.get("Bad.md")!.problems.map((p) => p.code)).toEqual(["invalid-yaml", "mojibake"]);
	});
});
