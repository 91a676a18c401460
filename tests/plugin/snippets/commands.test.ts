import { EditorState, type Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";
import type { MarkdownView } from "obsidian";

import { unloadPlugin } from "../../obsidian/app-factory";
import { lastMenu, Menu } from "../../obsidian/menu";
import { openModals } from "../../obsidian/modal";
import { noticeMessages } from "../../obsidian/notice";
import { findKeyLines } from "../../../src/core/snippets/key-lines";
import { SnippetsModal } from "../../../src/plugin/snippets/snippets-modal";
import { cleanUp, fileAt, GOOD_EGG, type Loaded, loadVault, markedRanges, rowsOf } from "./fixtures";

let loaded: Loaded | null = null;
afterEach(async () => {
	await cleanUp(loaded?.app ?? null);
	loaded = null;
});

const MAKE = "article-desk:make-social-snippets";
const FROM_SELECTION = "article-desk:snippet-from-selection";
const TOGGLE = "article-desk:toggle-key-line-highlights";

async function openNote(l: Loaded, path: string): Promise<MarkdownView> {
	const leaf = l.app.workspace.getLeaf(false);
	await leaf.openFile(l.app.vault.getFileByPath(path)!);
	return leaf.view as unknown as MarkdownView;
}

const keyLinesOf = (text: string) =>
	findKeyLines(text, { count: 5, title: "📄 The good-egg problem", tags: ["Articles", "sales/prospecting", "mindset"] });

function snippetsModals(): SnippetsModal[] {
	return openModals().filter((m) => m instanceof SnippetsModal);
}

describe("Make social snippets", () => {
	it("is available only while a Markdown note is open, and opens the dialog for it", async () => {
		loaded = await loadVault();
		expect(loaded.app.commands.isAvailable(MAKE)).toBe(false);
		expect(loaded.app.commands.executeCommandById(MAKE)).toBe(false);
		await openNote(loaded, GOOD_EGG);
		expect(loaded.app.commands.isAvailable(MAKE)).toBe(true);
		expect(snippetsModals()).toHaveLength(0);
		expect(loaded.app.commands.executeCommandById(MAKE)).toBe(true);
		const [modal] = snippetsModals();
		await modal.settled();
		expect(modal.titleEl.textContent).toBe("📄 The good-egg problem");
		expect(rowsOf(modal)).toHaveLength(5);
	});

	it("has the names and ids the review expects (no default hotkeys)", async () => {
		loaded = await loadVault();
		const names = [MAKE, FROM_SELECTION, TOGGLE].map((id) => loaded!.app.commands.commands[id]);
		expect(names.map((c) => c?.name)).toEqual([
			"Article Desk: Make social snippets",
			"Article Desk: Make snippet from selection",
			"Article Desk: Toggle key-line highlights",
		]);
		expect(names.every((c) => c?.hotkeys === undefined)).toBe(true);
	});
});

describe("the file menu", () => {
	it.each([
		[GOOD_EGG, true],
		["Media/good-egg-cartons.png", false],
	])("%s offers the item: %s", async (path, offered) => {
		loaded = await loadVault();
		const menu = new Menu();
		loaded.app.workspace.trigger("file-menu", menu, fileAt(loaded.app, path), "file-explorer");
		expect(menu.titles().includes("Make social snippets")).toBe(offered);
	});

	it("opens the dialog for the clicked note", async () => {
		loaded = await loadVault();
		const menu = new Menu();
		loaded.app.workspace.trigger("file-menu", menu, fileAt(loaded.app, GOOD_EGG), "file-explorer");
		menu.showAtPosition({ x: 0, y: 0 });
		lastMenu()!.clickItem("Make social snippets");
		expect(snippetsModals()).toHaveLength(1);
	});

	it("stops offering the item once the plugin is unloaded", async () => {
		loaded = await loadVault();
		await unloadPlugin(loaded.app, loaded.plugin);
		const menu = new Menu();
		loaded.app.workspace.trigger("file-menu", menu, fileAt(loaded.app, GOOD_EGG), "file-explorer");
		expect(menu.titles()).toEqual([]);
		expect(loaded.app.workspace.editorExtensions).toEqual([]);
		expect(loaded.app.commands.commands[MAKE]).toBeUndefined();
	});
});

describe("Make snippet from selection", () => {
	it("needs a non-empty selection, then opens the dialog with that text only", async () => {
		loaded = await loadVault();
		expect(loaded.app.commands.isAvailable(FROM_SELECTION)).toBe(false);
		const view = await openNote(loaded, GOOD_EGG);
		expect(loaded.app.commands.isAvailable(FROM_SELECTION)).toBe(false);
		const line = view.editor.getValue().split("\n").findIndex((l) => l.startsWith("Keep the warmth"));
		view.editor.setSelection({ line, ch: 0 }, { line, ch: "Keep the warmth.".length });
		expect(loaded.app.commands.isAvailable(FROM_SELECTION)).toBe(true);
		view.editor.setSelection({ line: line - 1, ch: 0 }, { line, ch: 0 }); // only a line break
		expect(loaded.app.commands.isAvailable(FROM_SELECTION)).toBe(false);
		view.editor.setSelection({ line, ch: 0 }, { line, ch: "Keep the warmth.".length });
		expect(loaded.app.commands.executeCommandById(FROM_SELECTION)).toBe(true);
		const [modal] = snippetsModals();
		await modal.settled();
		expect(rowsOf(modal).map((r) => r.querySelector("textarea")!.value)).toEqual(["Keep the warmth."]);
	});
});

describe("Toggle key-line highlights", () => {
	it("flips and saves the setting, and redraws open editors at once", async () => {
		loaded = await loadVault();
		const view = await openNote(loaded, GOOD_EGG);
		// stand in for Obsidian's CodeMirror editor: a real EditorView with the extensions the plugin registered
		const cm = new EditorView({
			state: EditorState.create({ doc: view.editor.getValue(), extensions: loaded.app.workspace.editorExtensions as Extension[] }),
			parent: document.body,
		});
		(view.editor as unknown as { cm: EditorView }).cm = cm;
		try {
			expect(loaded.app.workspace.editorExtensions).toHaveLength(1);
			expect(cm.contentDOM.querySelectorAll(".article-desk-key-line")).toHaveLength(0);

			loaded.app.commands.executeCommandById(TOGGLE);
			await new Promise((r) => setTimeout(r, 0));
			expect(loaded.plugin.getSettings().highlightKeyLines).toBe(true);
			expect((await loaded.plugin.loadData()).highlightKeyLines).toBe(true);
			// the editor ranks with the note's title and tags, exactly as the dialog does
			const expected = keyLinesOf(view.editor.getValue()).map((k, i) => `Key line #${i + 1} (score ${k.score.toFixed(2)})`);
			const marks = markedRanges(cm);
			expect(marks.map((m) => m.cls)).toEqual(expected.map(() => "article-desk-key-line"));
			expect(new Set(marks.map((m) => m.title))).toEqual(new Set(expected));
			expect(marks.map((m) => m.text)).toContain("Keep the warmth. Add the spine.");
			// and CodeMirror drew them: the first one in view is in the DOM with its hover title
			const drawn = cm.contentDOM.querySelector(".article-desk-key-line");
			expect(expected).toContain(drawn?.getAttribute("title"));
			expect(noticeMessages()).toEqual(["Key-line highlights on"]);

			loaded.app.commands.executeCommandById(TOGGLE);
			await new Promise((r) => setTimeout(r, 0));
			expect(loaded.plugin.getSettings().highlightKeyLines).toBe(false);
			expect(cm.contentDOM.querySelectorAll(".article-desk-key-line")).toHaveLength(0);
			expect(markedRanges(cm)).toEqual([]);
			expect(noticeMessages()).toEqual(["Key-line highlights on", "Key-line highlights off"]);
		} finally {
			cm.destroy();
		}
	});
});
