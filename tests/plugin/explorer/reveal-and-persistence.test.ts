import ArticleDeskPlugin from "../../../src/main";
import { EXPLORER_VIEW_TYPE } from "../../../src/plugin/explorer/explorer-host";
import { ExplorerView } from "../../../src/plugin/explorer/explorer-view";
import { flushAll, loadPlugin, unloadPlugin } from "../../obsidian/app-factory";
import { clearNotices, noticeMessages } from "../../obsidian/notice";
import { ExplorerUi, NOTE, openExplorer, type Explorer } from "./harness";

const REVEAL = "article-desk:reveal-active-note";

let ex: Explorer;

beforeEach(async () => {
	clearNotices();
	ex = await openExplorer();
});

afterEach(async () => {
	await ex.app.dispose();
});

async function activate(path: string): Promise<void> {
	await ex.app.workspace.getLeaf(false).openFile(ex.app.vault.getFileByPath(path)!);
}

describe("Reveal active note", () => {
	it("is offered only while a note is active", async () => {
		expect(ex.app.commands.isAvailable(REVEAL)).toBe(false);
		await activate(NOTE.price);
		expect(ex.app.commands.isAvailable(REVEAL)).toBe(true);
	});

	it("opens every group that holds the note and selects it under the innermost one", async () => {
		await activate(NOTE.price);
		expect(ex.app.commands.executeCommandById(REVEAL)).toBe(true);
		await flushAll(ex.app);
		const { ui } = ex;
		for (const label of ["Articles", "sales", "objections"]) expect(ui.group(label).getAttribute("aria-expanded")).toBe("true");
		expect(ui.group("mindset").getAttribute("aria-expanded")).toBe("false");
		const selected = ui.selectedRow()!;
		expect(selected.getAttribute("data-path")).toBe(NOTE.price);
		// Under sales → objections: the third level.
		expect(selected.getAttribute("aria-level")).toBe("3");
		expect(ui.scroller.getAttribute("aria-activedescendant")).toBe(selected.id);
		expect(ex.app.workspace.revealedLeaves.at(-1)).toBe(ex.view.leaf);
	});

	it("scrolls a note far down the tree into view", async () => {
		ex.ui.setViewportHeight(280);
		ex.ui.headerButton("Expand all").click();
		await activate(NOTE.writeItDown);
		ex.app.commands.executeCommandById(REVEAL);
		await flushAll(ex.app);
		const rows = ex.view.visibleRows;
		const index = rows.findIndex((r) => r.type === "note" && r.path === NOTE.writeItDown);
		// 19 groups and 61 note rows (a note is listed in each group it belongs to, parents included, and the 9
		// problem notes once more under "Metadata problems"); Untagged is the last group, so its last note is the very
		// last row. Revealing it puts its bottom at the viewport's bottom.
		expect(rows).toHaveLength(80);
		expect(index).toBe(79);
		expect(ex.ui.scroller.scrollTop).toBe(80 * 28 - 280);
		expect(ex.ui.selectedRow()?.getAttribute("data-path")).toBe(NOTE.writeItDown);
	});

	it("opens the explorer first when it is closed", async () => {
		ex.view.leaf.detach();
		await flushAll(ex.app);
		expect(ex.app.workspace.getLeavesOfType(EXPLORER_VIEW_TYPE)).toHaveLength(0);
		await activate(NOTE.price);
		ex.app.commands.executeCommandById(REVEAL);
		await flushAll(ex.app);
		const [leaf] = ex.app.workspace.getLeavesOfType(EXPLORER_VIEW_TYPE);
		expect(leaf.location).toBe("right");
		expect(leaf.view).toBeInstanceOf(ExplorerView);
		expect(new ExplorerUi(leaf.view as unknown as ExplorerView).selectedRow()?.getAttribute("data-path")).toBe(NOTE.price);
	});

	it("clears a filter that hides the note, says so, reveals it and puts the keys on it", async () => {
		ex.ui.filter("#coaching");
		await activate(NOTE.price);
		ex.app.commands.executeCommandById(REVEAL);
		await flushAll(ex.app);
		expect(noticeMessages()).toEqual(["Filter cleared to show this note."]);
		expect(ex.ui.filterInput.value).toBe("");
		expect(ex.ui.count()).toBe("20 articles");
		expect(ex.ui.selectedRow()?.getAttribute("data-path")).toBe(NOTE.price);
		expect(document.activeElement).toBe(ex.ui.scroller);
	});

	it("keeps a filter that shows the note", async () => {
		ex.ui.filter("price");
		const count = ex.ui.count();
		await activate(NOTE.price);
		ex.app.commands.executeCommandById(REVEAL);
		await flushAll(ex.app);
		expect(noticeMessages()).toEqual([]);
		expect(ex.ui.filterInput.value).toBe("price");
		expect(ex.ui.count()).toBe(count);
		expect(ex.ui.selectedRow()?.getAttribute("data-path")).toBe(NOTE.price);
	});
});

describe("expanded groups", () => {
	it("are remembered per grouping mode across a plugin reload", async () => {
		ex.ui.expand("sales", "objections");
		await ex.plugin.updateSettings({ groupMode: "type" });
		expect(ex.ui.groups().every((g) => !g.expanded)).toBe(true);
		ex.ui.expand("podcast");
		await flushAll(ex.app);

		await unloadPlugin(ex.app, ex.plugin);
		const plugin = await loadPlugin(ex.app, ArticleDeskPlugin);
		await flushAll(ex.app);
		const view = await plugin.activateExplorer();
		await flushAll(ex.app);
		expect(view).toBeInstanceOf(ExplorerView);
		// The same sidebar leaf, brought back from its placeholder.
		expect(view!.leaf).toBe(ex.view.leaf);
		const ui = new ExplorerUi(view!);
		expect(ui.groups().filter((g) => g.expanded).map((g) => g.label)).toEqual(["podcast"]);

		await plugin.updateSettings({ groupMode: "tag" });
		expect(ui.groups().filter((g) => g.expanded).map((g) => g.label)).toEqual(["sales", "objections"]);
		expect(ui.notesOf("objections")).toEqual([NOTE.apologising, NOTE.price]);
		await unloadPlugin(ex.app, plugin);
	});
});
