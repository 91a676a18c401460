/**
 * The page around the double's workspace: tabs for the main area (one visible at a time), a note list in the left
 * sidebar, and the light/dark switch. The double builds the splits and leaves; this only shows them as Obsidian does.
 */
import type { App } from "../tests/obsidian/app";
import { Keymap } from "../tests/obsidian/keymap";
import { setIcon } from "../tests/obsidian/icons";
import type { WorkspaceLeaf } from "../tests/obsidian/workspace-leaf";

/** The note list shows at most this many notes (a generated vault would otherwise fill the page with nodes). */
const NOTE_LIST_LIMIT = 300;

function mainLeaves(app: App): WorkspaceLeaf[] {
	const leaves: WorkspaceLeaf[] = [];
	app.workspace.iterateRootLeaves((leaf) => {
		if (leaf.location === "main") leaves.push(leaf);
	});
	return leaves;
}

/** The main-area leaf on screen: the active one, else the most recently active. */
function shownLeaf(app: App): WorkspaceLeaf | null {
	const active = app.workspace.activeLeaf;
	return active && active.location === "main" ? active : app.workspace.getMostRecentLeaf();
}

/** Draws the tab strip and shows only the current tab's leaf; call after every layout change. */
function renderTabs(app: App, strip: HTMLElement): void {
	strip.empty();
	const shown = shownLeaf(app);
	for (const leaf of mainLeaves(app)) {
		const isShown = leaf === shown;
		leaf.containerEl.toggleClass("mod-active", isShown);
		const tab = strip.createDiv({ cls: ["workspace-tab-header", "tappable"], attr: { role: "tab", "aria-selected": String(isShown) } });
		tab.toggleClass("is-active", isShown);
		tab.createDiv({ cls: "workspace-tab-header-inner-title", text: leaf.getDisplayText() });
		const close = tab.createDiv({ cls: ["workspace-tab-header-inner-close-button", "clickable-icon"], attr: { "aria-label": "Close" } });
		setIcon(close, "x");
		tab.addEventListener("click", (evt) => {
			if (close.contains(evt.target as Node)) leaf.detach();
			else app.workspace.setActiveLeaf(leaf, { focus: true });
		});
	}
}

/** The left sidebar's list of notes, by folder; a click opens the note like the file explorer does. */
function renderNoteList(app: App, pane: HTMLElement): void {
	pane.empty();
	const files = app.vault.getMarkdownFiles().sort((a, b) => a.path.localeCompare(b.path));
	let folder: string | null = null;
	for (const file of files.slice(0, NOTE_LIST_LIMIT)) {
		const dir = file.parent?.path ?? "/";
		if (dir !== folder) {
			folder = dir;
			pane.createDiv({ cls: "tree-item-self nav-folder-title demo-note-folder", text: dir === "/" ? "Vault" : dir });
		}
		const item = pane.createDiv({ cls: "tree-item-self nav-file-title is-clickable", attr: { "data-path": file.path } });
		item.createDiv({ cls: "tree-item-inner nav-file-title-content", text: file.basename });
		item.addEventListener("click", (evt) => void app.workspace.getLeaf(Keymap.isModEvent(evt)).openFile(file));
	}
	if (files.length > NOTE_LIST_LIMIT) pane.createDiv({ cls: "demo-note-more", text: `… and ${files.length - NOTE_LIST_LIMIT} more` });
	markActiveNote(app, pane);
}

function markActiveNote(app: App, list: HTMLElement): void {
	const path = app.workspace.getActiveFile()?.path;
	list.querySelectorAll<HTMLElement>(".nav-file-title").forEach((el) => el.toggleClass("is-active", el.getAttribute("data-path") === path));
}

/** Builds the tab strip and note list and keeps them in step with the workspace. */
export function mountWorkspace(app: App): void {
	const ws = app.workspace;
	const strip = createDiv({ cls: "workspace-tab-header-container", attr: { role: "tablist" } });
	ws.rootSplit.containerEl.prepend(strip);
	const left = ws.leftSplit.containerEl;
	left.createDiv({ cls: "demo-sidebar-title", text: "Notes" });
	const list = left.createDiv({ cls: "demo-note-list nav-files-container", attr: { "aria-label": "Notes" } });
	renderNoteList(app, list);
	// A saved snippets note (or any new, moved or deleted note) shows up in the list, as in the file explorer.
	let queued = false;
	const relist = () => {
		if (queued) return;
		queued = true;
		window.setTimeout(() => {
			queued = false;
			renderNoteList(app, list);
		}, 50);
	};
	for (const name of ["create", "delete", "rename"] as const) app.vault.on(name, relist);
	const empty = ws.rootSplit.containerEl.createDiv({ cls: "demo-empty-main", text: "Open a note from the list, or from the article explorer." });
	const sync = () => {
		renderTabs(app, strip);
		markActiveNote(app, list);
		empty.toggleClass("is-hidden", mainLeaves(app).length > 0);
	};
	// Focus moving into a pane (a click in a note's editor, a key in the explorer) makes its leaf the active one, as in
	// Obsidian: commands for the active editor, such as making a snippet from the selection, then apply to that note.
	document.body.addEventListener("focusin", (evt) => {
		let focused: WorkspaceLeaf | null = null;
		ws.iterateAllLeaves((leaf) => {
			if (leaf.containerEl.contains(evt.target as Node)) focused = leaf;
		});
		if (focused) ws.setActiveLeaf(focused);
	});
	ws.on("layout-change", sync);
	ws.on("active-leaf-change", sync);
	ws.on("file-open", sync);
	sync();
}

/** Switches Obsidian's theme classes; `app.isDarkMode()` follows. */
export function setTheme(app: App, dark: boolean): void {
	document.body.toggleClass("theme-dark", dark);
	document.body.toggleClass("theme-light", !dark);
	app.isDarkMode = () => dark;
	const button = document.querySelector(".demo-theme-button");
	if (button) button.textContent = dark ? "Light theme" : "Dark theme";
}
