import type { PaneType } from "obsidian";

import { EXPLORER_VIEW_TYPE } from "../../../src/plugin/explorer/explorer-host";
import { flushAll } from "../../obsidian/app-factory";
import { MarkdownView } from "../../obsidian/file-views";
import type { TFile } from "../../obsidian/files";
import { lastMenu, resetMenus } from "../../obsidian/menu";
import { openModals } from "../../obsidian/modal";
import { contextMenuEvent, middleClick, paneClick } from "../../obsidian/user-events";
import type { WorkspaceLeaf } from "../../obsidian/workspace-leaf";
import { NOTE, openExplorer, type Explorer } from "./harness";

let ex: Explorer;

beforeEach(async () => {
	resetMenus();
	ex = await openExplorer();
});

afterEach(async () => {
	for (const modal of openModals()) modal.close();
	await ex.app.dispose();
});

/** Opens a note in the main area first, as a user would have, and forgets that request. */
async function openInMain(path: string): Promise<WorkspaceLeaf> {
	const leaf = ex.app.workspace.getLeaf(false);
	await leaf.openFile(ex.app.vault.getFileByPath(path)!);
	ex.app.workspace.leafRequests.splice(0);
	return leaf;
}

function fileIn(leaf: WorkspaceLeaf): string | undefined {
	return leaf.view instanceof MarkdownView ? leaf.view.file?.path : undefined;
}

describe("opening notes", () => {
	it("opens a clicked note in the same leaf", async () => {
		const main = await openInMain(NOTE.coldCalls);
		ex.ui.expand("sales", "objections");
		ex.ui.click(ex.ui.note(NOTE.price)!);
		await flushAll(ex.app);
		expect(ex.app.workspace.leafRequests.map((r) => r.newLeaf)).toEqual([false]);
		expect(ex.app.workspace.leafRequests[0].leaf).toBe(main);
		expect(fileIn(main)).toBe(NOTE.price);
	});

	it.each<[string, PaneType, () => MouseEvent]>([
		["Ctrl-click", "tab", () => paneClick("tab")],
		["Ctrl+Alt-click", "split", () => paneClick("split")],
		["Ctrl+Alt+Shift-click", "window", () => paneClick("window")],
		["middle click", "tab", () => middleClick()],
	])("%s opens the note in a new %s", async (_name, kind, event) => {
		const main = await openInMain(NOTE.coldCalls);
		ex.ui.expand("sales", "objections");
		ex.ui.click(ex.ui.note(NOTE.price)!, event());
		await flushAll(ex.app);
		expect(ex.app.workspace.leafRequests.map((r) => r.newLeaf)).toEqual([kind]);
		const leaf = ex.app.workspace.leafRequests[0].leaf;
		expect(leaf).not.toBe(main);
		expect(leaf.openedAs).toBe(kind);
		expect(fileIn(leaf)).toBe(NOTE.price);
		expect(fileIn(main)).toBe(NOTE.coldCalls);
	});

	it("toggles a group on click instead of opening anything", async () => {
		ex.ui.click(ex.ui.group("coaching"));
		expect(ex.ui.group("coaching").getAttribute("aria-expanded")).toBe("true");
		expect(ex.ui.notesOf("coaching")).toEqual([NOTE.morning]);
		ex.ui.click(ex.ui.group("coaching"));
		expect(ex.ui.group("coaching").getAttribute("aria-expanded")).toBe("false");
		expect(ex.ui.note(NOTE.morning)).toBeNull();
		expect(ex.app.workspace.leafRequests).toEqual([]);
	});

	it("moves the selection a screenful less one row with PageDown and PageUp", () => {
		ex.ui.headerButton("Expand all").click();
		ex.ui.key("ArrowDown");
		// jsdom lays nothing out: the view reads a 600 px pane, 21 rows of 28 px, so a page is 20 rows
		ex.ui.key("PageDown");
		expect(ex.ui.selectedIndex()).toBe(20);
		ex.ui.key("PageUp");
		expect(ex.ui.selectedIndex()).toBe(0);
	});

	it("leaves a group as it is on a middle click, as the file explorer does", () => {
		ex.ui.group("coaching").querySelector(".tree-item-self")!.dispatchEvent(middleClick());
		expect(ex.ui.group("coaching").getAttribute("aria-expanded")).toBe("false");
	});

	it.each<[string, () => unknown]>([
		["Collapse all", () => ex.ui.headerButton("Collapse all").click()],
		["another grouping", () => ex.plugin.updateSettings({ groupMode: "type" })],
	])("selects nothing once the selected row is gone (%s), rather than the row that took its place", async (_name, act) => {
		ex.ui.expand("Articles");
		ex.ui.click(ex.ui.note(NOTE.rejection)!);
		expect(ex.ui.selectedRow()?.getAttribute("data-path")).toBe(NOTE.rejection);
		await act();
		await flushAll(ex.app);
		expect(ex.ui.selectedIndex()).toBe(-1);
		expect(ex.ui.scroller.getAttribute("aria-activedescendant")).toBeNull();
	});
});

describe("native integrations", () => {
	it("registers the explorer as a page-preview source", () => {
		expect(ex.app.workspace.hoverLinkSources[EXPLORER_VIEW_TYPE]).toEqual({ display: "Article explorer", defaultMod: true });
	});

	it("asks for a page preview when hovering a note, with the note path as link text", () => {
		const seen: Record<string, unknown>[] = [];
		ex.app.workspace.on("hover-link", (info: Record<string, unknown>) => seen.push(info));
		ex.ui.expand("podcast");
		const title = ex.ui.note(NOTE.discovery)!.querySelector(".tree-item-inner")!;
		title.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(seen).toHaveLength(1);
		expect(seen[0].source).toBe(EXPLORER_VIEW_TYPE);
		expect(seen[0].linktext).toBe(NOTE.discovery);
		expect(seen[0].hoverParent).toBe(ex.view);
		expect(seen[0].targetEl).toBe(ex.ui.note(NOTE.discovery)!.querySelector(".tree-item-self"));
		expect(seen[0].event).toBeInstanceOf(MouseEvent);
		ex.ui.group("podcast").querySelector(".tree-item-inner")!.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
		expect(seen).toHaveLength(1);
	});

	it("shows a context menu with Make social snippets and what other plugins add through file-menu", async () => {
		const calls: [string, string][] = [];
		ex.app.workspace.on("file-menu", (menu: import("../../obsidian/menu").Menu, file: TFile, source: string) => {
			calls.push([file.path, source]);
			menu.addItem((item) => item.setTitle("From another plugin"));
		});
		ex.ui.expand("podcast");
		const evt = contextMenuEvent(40, 50);
		ex.ui.note(NOTE.discovery)!.querySelector(".tree-item-self")!.dispatchEvent(evt);
		expect(evt.defaultPrevented).toBe(true);
		const menu = lastMenu()!;
		expect(menu).not.toBeNull();
		expect(menu.position).toEqual({ x: 40, y: 50 });
		expect(calls).toEqual([[NOTE.discovery, EXPLORER_VIEW_TYPE]]);
		expect(menu.titles().filter((t) => t === "Make social snippets")).toHaveLength(1);
		expect(menu.titles()).toContain("From another plugin");
		menu.clickItem("Make social snippets");
		await flushAll(ex.app);
		expect(openModals()).toHaveLength(1);
	});

	it.each<[string, string]>([
		["Open in new tab", "tab"],
		["Open to the right", "split"],
		["Open in new window", "window"],
	])("offers %s in the context menu", async (title, kind) => {
		ex.ui.expand("podcast");
		ex.ui.note(NOTE.discovery)!.querySelector(".tree-item-self")!.dispatchEvent(contextMenuEvent());
		lastMenu()!.clickItem(title);
		await flushAll(ex.app);
		expect(ex.app.workspace.leafRequests.map((r) => r.newLeaf)).toEqual([kind]);
		expect(fileIn(ex.app.workspace.leafRequests[0].leaf)).toBe(NOTE.discovery);
	});

	it("opens the selected note's menu below it from the keyboard (menu key, Shift+F10)", () => {
		ex.ui.expand("podcast");
		ex.ui.click(ex.ui.note(NOTE.discovery)!);
		const self = ex.ui.selectedRow()!.querySelector(".tree-item-self")!;
		expect(self.parentElement).toBe(ex.ui.note(NOTE.discovery));
		jest.spyOn(self, "getBoundingClientRect").mockReturnValue({ left: 24, bottom: 96 } as DOMRect);
		// a keyboard context menu as Chromium fires it: at the focused tree, with button -1 (no mouse button)
		const evt = new MouseEvent("contextmenu", { bubbles: true, cancelable: true, button: -1 });
		ex.ui.scroller.dispatchEvent(evt);
		expect(evt.defaultPrevented).toBe(true);
		const menu = lastMenu()!;
		expect(menu.position).toEqual({ x: 24, y: 96 });
		expect(menu.titles()).toContain("Open to the right");
		// a right click on the empty part of the pane opens nothing
		resetMenus();
		ex.ui.scroller.dispatchEvent(contextMenuEvent());
		expect(lastMenu()).toBeNull();
	});

	it("shows no file menu for a group row", () => {
		ex.ui.group("podcast").querySelector(".tree-item-self")!.dispatchEvent(contextMenuEvent());
		expect(lastMenu()).toBeNull();
	});

	it("puts a link to the note in the drag data, made from the open note", async () => {
		await openInMain(NOTE.coldCalls);
		const made = jest.spyOn(ex.app.fileManager, "generateMarkdownLink");
		ex.ui.expand("sales", "objections");
		const self = ex.ui.note(NOTE.price)!.querySelector(".tree-item-self")!;
		expect(self.getAttribute("draggable")).toBe("true");
		const data: Record<string, string> = {};
		const dataTransfer = { effectAllowed: "none", setData: (type: string, value: string) => (data[type] = value) };
		const evt = new Event("dragstart", { bubbles: true, cancelable: true });
		Object.defineProperty(evt, "dataTransfer", { value: dataTransfer });
		self.dispatchEvent(evt);
		expect(data["text/plain"]).toBe("[[Price is never the real objection]]");
		expect(made.mock.calls.map(([file, source]) => [file.path, source])).toEqual([[NOTE.price, NOTE.coldCalls]]);
		expect(dataTransfer.effectAllowed).toBe("copyLink");
	});
});

describe("keyboard and ARIA", () => {
	it("marks the tree and its items for assistive technology", () => {
		const tree = ex.ui.scroller;
		expect(tree.getAttribute("role")).toBe("tree");
		expect(tree.getAttribute("tabindex")).toBe("0");
		ex.ui.expand("podcast");
		const group = ex.ui.group("podcast");
		const note = ex.ui.note(NOTE.discovery)!;
		expect(group.getAttribute("role")).toBe("treeitem");
		expect(group.getAttribute("aria-expanded")).toBe("true");
		expect(group.getAttribute("aria-level")).toBe("1");
		expect(ex.ui.group("coaching").getAttribute("aria-expanded")).toBe("false");
		expect(note.getAttribute("role")).toBe("treeitem");
		expect(note.hasAttribute("aria-expanded")).toBe(false);
		expect(note.getAttribute("aria-level")).toBe("2");
		expect(ex.ui.rowEls().every((r) => tree.contains(r) && r.getAttribute("role") === "treeitem")).toBe(true);
	});

	it("marks the note open in the active tab, following the workspace, apart from the selection", async () => {
		const { ui } = ex;
		ui.expand("Articles");
		const isActive = (path: string) => ui.note(path)!.querySelector(".tree-item-self")!.hasClass("is-active");
		await openInMain(NOTE.rejection);
		expect(isActive(NOTE.rejection)).toBe(true);
		expect(ui.rowEls().filter((r) => r.querySelector(".is-active")).length).toBe(1);
		await openInMain(NOTE.coldCalls);
		expect(isActive(NOTE.rejection)).toBe(false);
		expect(isActive(NOTE.coldCalls)).toBe(true);
		// the selection stayed where the click that expanded Articles put it
		expect(ui.selectedRow()?.textContent).toContain("Articles");
	});

	it("moves the selection, opens and closes groups, and opens notes from the keyboard", async () => {
		const { ui } = ex;
		const main = await openInMain(NOTE.coldCalls);
		expect(ui.selectedIndex()).toBe(-1);
		ui.key("ArrowDown");
		// The "Metadata problems" group is the first row of every mode.
		expect(ui.selectedRow()?.textContent).toContain("Metadata problems");
		ui.key("ArrowDown");
		expect(ui.selectedRow()?.textContent).toContain("Articles");
		ui.key("ArrowDown");
		expect(ui.selectedRow()?.textContent).toContain("coaching");
		ui.key("ArrowUp");
		expect(ui.selectedIndex()).toBe(1);
		expect(ui.scroller.getAttribute("aria-activedescendant")).toBe(ui.selectedRow()!.id);

		ui.key("ArrowRight");
		expect(ui.group("Articles").getAttribute("aria-expanded")).toBe("true");
		expect(ui.selectedIndex()).toBe(1);
		ui.key("ArrowRight");
		// The newest Articles note is "Rejection is data" (2026-01-19).
		expect(ui.selectedRow()?.getAttribute("data-path")).toBe(NOTE.rejection);
		// selected is the keyboard's place; the open note (cold calls) is the active one
		const self = () => ui.selectedRow()!.querySelector(".tree-item-self")!;
		expect(self().hasClass("is-active")).toBe(false);

		const enter = ui.key("Enter");
		expect(enter.defaultPrevented).toBe(true);
		await flushAll(ex.app);
		expect(ex.app.workspace.leafRequests.map((r) => r.newLeaf)).toEqual([false]);
		expect(fileIn(main)).toBe(NOTE.rejection);
		expect(self().hasClass("is-active")).toBe(true);

		ui.key("ArrowDown");
		ui.key("Enter", { ctrlKey: true });
		await flushAll(ex.app);
		expect(ex.app.workspace.leafRequests.map((r) => r.newLeaf)).toEqual([false, "tab"]);
		expect(fileIn(ex.app.workspace.leafRequests[1].leaf)).toBe(NOTE.apologising);

		ui.key("ArrowLeft");
		expect(ui.selectedIndex()).toBe(1);
		ui.key("ArrowLeft");
		expect(ui.group("Articles").getAttribute("aria-expanded")).toBe("false");
		expect(ui.note(NOTE.rejection)).toBeNull();
		ui.key("Enter");
		expect(ui.group("Articles").getAttribute("aria-expanded")).toBe("true");
		ui.key("End");
		expect(ui.selectedRow()?.textContent).toContain("Untagged");
	});

	it("ignores other keys without swallowing them", () => {
		const evt = ex.ui.key("a");
		expect(evt.defaultPrevented).toBe(false);
		expect(ex.ui.selectedIndex()).toBe(-1);
	});

	it("drops the active descendant when the selection is cleared by filtering", () => {
		ex.ui.key("ArrowDown");
		expect(ex.ui.scroller.hasAttribute("aria-activedescendant")).toBe(true);
		ex.ui.filter("#sales");
		expect(ex.ui.selectedIndex()).toBe(-1);
		expect(ex.ui.scroller.hasAttribute("aria-activedescendant")).toBe(false);
	});
});
