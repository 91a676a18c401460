/**
 * The article explorer: a sidebar tree grouping articles by tag, type, both, or date. It only wires Obsidian to the
 * core's ExplorerModel: rows come from the model, only the rows in view exist in the DOM, and events are coalesced.
 */
import type { PaneType, WorkspaceLeaf } from "obsidian";
import { ItemView, Keymap, Menu, Notice, TFile } from "../obsidian-api";

import { EmptyReason, ExplorerModel, explorerOptionsFrom } from "../../core/explorer";
import type { ExplorerOptions, Row } from "../../core/explorer";
import { warmFilter } from "../../core/explorer/note-table";
import { rowWindow, scrollToReveal } from "../../core/explorer/row-window";
import { treeKeyAction } from "../../core/explorer/tree-keys";
import type { ArticleDeskSettings } from "../../core/settings";
import type { StoreChange } from "../article-store";
import { targetElement } from "../event-target";
import { canFixMetadata, FixScope, openFixModal } from "../health/fix-modal";
import { CSS_PREFIX, EXPLORER_ICON, EXPLORER_NAME, EXPLORER_VIEW_TYPE, ExplorerHost } from "./explorer-host";
import { ExplorerHeader, type Listen } from "./explorer-header";
import { fileByPath } from "../markdown-file";
import { RowPool } from "./row-renderer";
import { cancelLater, later } from "../timers";

/** The tree's geometry and timing (an enum, so the bundler writes each as a plain number where it is used). */
export enum TreeView {
	/** Row height in pixels; styles.css sets `.article-desk-row` to the same value. */
	rowHeight = 28,
	overscan = 8,
	/** Used when the pane has no measured height yet (hidden, or a test without layout). */
	fallbackViewport = 600,
	/** Bursts of vault events within this many ms become one render. */
	coalesceMs = 100,
	/** How far around its old place a row is looked for before the whole tree is searched. */
	nearRows = 64,
	/** A filter keeping at most this many notes opens every group that holds one, as Obsidian's search shows its results. */
	openMatchesUpTo = 200,
	/** The filter's note table is filled in slices of this many ms, with this pause between them (see `#warmFilter`). */
	warmSliceMs = 16,
	warmPauseMs = 50,
}

export class ExplorerView extends ItemView {
	#model: ExplorerModel | null = null;
	#modelIndex: unknown = null;
	/** The groups the author opened, saved per grouping mode. */
	#saved = new Set<string>();
	/** The groups drawn open: `#saved`, or while a narrow filter is on, a copy with every group that holds a match. */
	#expanded = this.#saved;
	/** While matches are drawn open: every group there was when they were last opened (see #openNewMatches). */
	#matchGroups = new Set<string>();
	/** Rows in the tree as of the last refresh; the rows themselves are asked from the model only for the window. */
	#rowCount = 0;
	/** The rows drawn by the last window (from `windowStart`), so events map to what the user sees. */
	#windowRows: Row[] = [];
	#windowStart = 0;
	#selected = -1;
	/** The selected row as it was when selected, so the selection can follow it across refreshes. */
	#selectedRow: Row | null = null;
	#header!: ExplorerHeader;
	#scroller!: HTMLElement;
	#sizer!: HTMLElement;
	#windowEl!: HTMLElement;
	#messageEl!: HTMLElement;
	#messageText!: HTMLElement;
	#clearButton!: HTMLElement;
	#lastWindow = "";
	/** The drawn rows, reused across redraws while they still show the same thing. */
	readonly #rows = new RowPool();
	/** Timers of a coalesced refresh and of the next warming slice; 0 when none is set. */
	#pending = 0;
	#warmTimer = 0;

	readonly #host: ExplorerHost;

	constructor(leaf: WorkspaceLeaf, host: ExplorerHost) {
		super(leaf);
		this.#host = host;
	}

	override getViewType(): string {
		return EXPLORER_VIEW_TYPE;
	}

	override getDisplayText(): string {
		return EXPLORER_NAME;
	}

	override getIcon(): string {
		return EXPLORER_ICON;
	}

	override async onOpen(): Promise<void> {
		const root = this.contentEl;
		root.empty();
		root.addClass(`${CSS_PREFIX}-explorer`);
		const listen: Listen = (el, type, cb) => this.registerDomEvent(el, type, cb);
		this.#header = new ExplorerHeader(root, this.#host, {
			onFilter: (text) => this.#setFilter(text),
			onExpandAll: (expand) => this.#expandAll(expand),
		}, listen);
		// a status: "No articles match the filter." is read out when typing empties the tree
		this.#messageEl = root.createDiv({ cls: `${CSS_PREFIX}-message`, attr: { role: "status" } });
		this.#messageText = this.#messageEl.createSpan();
		this.#clearButton = this.#messageEl.createEl("button", { text: "Clear filter", cls: "mod-muted" });
		listen(this.#clearButton, "click", () => this.#header.clearFilter());
		const scroller = (this.#scroller = root.createDiv({ cls: `${CSS_PREFIX}-scroller nav-files-container`, attr: { role: "tree", tabindex: "0", "aria-label": "Articles" } }));
		this.#sizer = scroller.createDiv(`${CSS_PREFIX}-sizer`);
		this.#windowEl = this.#sizer.createDiv(`${CSS_PREFIX}-window`);

		listen(scroller, "scroll", () => this.#renderWindow());
		listen(scroller, "click", (evt) => this.#onClick(evt));
		listen(scroller, "auxclick", (evt) => {
			// a middle click opens a note in a new tab; on a group it does nothing, as in the file explorer
			if (evt.button === 1 && this.#rowAt(this.#rowIndexOf(evt))?.type === "note") this.#onClick(evt);
		});
		listen(scroller, "contextmenu", (evt) => this.#onContextMenu(evt));
		listen(scroller, "mouseover", (evt) => this.#onHover(evt));
		listen(scroller, "dragstart", (evt) => this.#onDragStart(evt));
		listen(scroller, "keydown", (evt) => this.#onKey(evt));
		this.registerEvent(this.#host.store.onChange((change) => this.#onStoreChange(change)));
		// the open note is marked in the tree, as the file explorer marks it
		this.registerEvent(this.app.workspace.on("file-open", () => this.#redraw()));
		this.register(() => this.#cancelPending());
		this.applySettings(this.#host.getSettings());
	}

	/** A pane that grows (or was hidden when first drawn) shows more rows: redraw the window for its new height. */
	override onResize(): void {
		if (this.#scroller) this.#renderWindow();
	}

	override async onClose(): Promise<void> {
		this.#cancelPending();
		this.#model?.dispose();
		this.#model = null;
		this.contentEl.empty();
	}

	/** Re-reads the settings (grouping, sorting, display) and redraws. */
	applySettings(settings: ArticleDeskSettings): void {
		if (!this.#header) return;
		const model = this.#ensureModel();
		model.setOptions(viewOptions(settings));
		this.#saved = new Set(settings.expanded[settings.groupMode] ?? []);
		this.#openMatches(model);
		this.#header.sync(settings);
		this.refresh();
	}

	/** Expands the groups holding a note and selects it (the "reveal active note" command); clears a filter hiding it. */
	reveal(path: string): boolean {
		const model = this.#ensureModel();
		let groups = model.pathToGroups(path);
		if (groups.length === 0 && model.filtering && this.#host.store.index.get(path)) {
			// The filter hides the note: it goes, and the author is told where their filter went.
			this.#header.clearFilter(false);
			new Notice("Filter cleared to show this note.");
			groups = model.pathToGroups(path);
		}
		if (groups.length === 0) return false;
		for (const id of groups) this.#expanded.add(id);
		this.#saveExpanded();
		this.refresh();
		const last = groups[groups.length - 1];
		const index = model.rowIndex(this.#expanded, { type: "note", path, depth: groups.length, parentId: last });
		this.#select(index >= 0 ? index : model.noteRowIndex(this.#expanded, path));
		// The keys then move from the revealed note, as after Obsidian's own reveal in the file explorer.
		this.#scroller.focus();
		return true;
	}

	/** Rows currently in the tree (for commands and tests), made on demand; the DOM holds only those in view. */
	get visibleRows(): readonly Row[] {
		if (!this.#model || !this.#host.store.ready || this.#rowCount === 0) return [];
		return this.#model.rowsInRange(this.#expanded, 0, Infinity);
	}

	#ensureModel(): ExplorerModel {
		const index = this.#host.store.index;
		let model = this.#model;
		if (!model || this.#modelIndex !== index) {
			model?.dispose();
			model = (this.#model = new ExplorerModel(index, viewOptions(this.#host.getSettings())));
			model.setFilter(this.#header?.filterText ?? "");
			this.#modelIndex = index;
		}
		return model;
	}

	#onStoreChange(change: StoreChange): void {
		const active = this.#activePath();
		if (change.rebuilt || (active !== undefined && change.paths.includes(active))) {
			this.#cancelPending();
			this.refresh(true);
			return;
		}
		if (this.#pending === 0) {
			this.#pending = later(() => {
				this.#pending = 0;
				this.refresh(true);
			}, TreeView.coalesceMs);
		}
	}

	#cancelPending(): void {
		cancelLater(this.#pending);
		cancelLater(this.#warmTimer);
		this.#pending = this.#warmTimer = 0;
	}

	/**
	 * Fills the filter's note table a slice at a time once the articles are loaded (a vault event puts it off a
	 * pause): about a second of work at 100k notes, which the first keystroke in the filter box would otherwise wait
	 * for. Once the table is full, a slice finds nothing to do.
	 */
	#warmFilter(): void {
		if (this.#warmTimer !== 0) return;
		this.#warmTimer = later(() => {
			this.#warmTimer = 0;
			const until = performance.now() + TreeView.warmSliceMs;
			if (!warmFilter(this.#host.store.index, () => performance.now() < until)) this.#warmFilter();
		}, TreeView.warmPauseMs);
	}

	#setFilter(text: string): void {
		const model = this.#ensureModel();
		model.setFilter(text);
		this.#openMatches(model);
		this.#setSelected(-1);
		// Another query's matches are read from their start, not from where the last list was scrolled to.
		this.#scroller.scrollTop = 0;
		this.refresh();
	}

	/**
	 * Draws the saved groups open, or while the filter keeps only a few notes, also every group that holds one, so
	 * the matches show without opening groups one by one. What is opened or closed then lasts until the filter
	 * changes: the saved groups come back when it is cleared.
	 */
	#openMatches(model: ExplorerModel): void {
		this.#expanded = this.#saved;
		this.#matchGroups = new Set();
		this.#openNewMatches(model);
	}

	/**
	 * While the filter keeps only a few notes, opens the groups that came to hold a match since the matches were
	 * last opened (an edit tagged a note, a new note matches), and leaves alone those the author closed meanwhile.
	 */
	#openNewMatches(model: ExplorerModel): void {
		if (!model.filtering || !this.#host.store.ready || model.noteCount > (TreeView.openMatchesUpTo as number)) return;
		if (this.#expanded === this.#saved) this.#expanded = new Set(this.#saved);
		const groups = new Set<string>();
		openAll(model, groups);
		for (const id of groups) if (!this.#matchGroups.has(id)) this.#expanded.add(id);
		this.#matchGroups = groups;
	}

	#expandAll(expand: boolean): void {
		const model = this.#ensureModel();
		this.#expanded.clear();
		if (expand) openAll(model, this.#expanded);
		this.#saveExpanded();
		this.refresh();
	}

	/**
	 * Recomputes rows from the model and redraws what is in view; `edited` after a vault edit, which may open groups
	 * that came to hold a match and moves a selection the edit took away.
	 */
	refresh(edited = false): void {
		if (!this.#header) return;
		const model = this.#ensureModel();
		if (edited) this.#openNewMatches(model);
		const { ready, fillProgress } = this.#host.store;
		const selectedRow = this.#selectedRow;
		const anchor = this.#topRow();
		this.#header.setCount(ready ? model.noteCount : null, model.filtering);
		// Until the metadata cache has resolved, notes lack their tags and types: a tree drawn now would be wrong.
		this.#rowCount = ready ? model.rowCount(this.#expanded) : 0;
		if (ready) this.#warmFilter();
		const reason = ready ? model.emptyReason : null;
		const message = !ready
			? `Loading articles…${fillProgress ? ` ${fillProgress.done} of ${fillProgress.total} notes` : ""}`
			: reason === EmptyReason.noMatch
				? "No articles match the filter."
				: reason === EmptyReason.noNotes
					? "No articles yet. Notes that count as articles appear here."
					: "";
		this.#messageText.setText(message);
		this.#clearButton.toggleClass("is-hidden", reason !== EmptyReason.noMatch);
		this.#messageEl.toggleClass("is-hidden", !message);
		// The selection follows its row when rows above it appear or go. When an edit took the row itself away (the
		// note deleted, or fixed out of Metadata problems), the keys go on from the row that took its place, as in a
		// list after a delete; when the author did (collapsed, filtered it out, another grouping), nothing is selected.
		// With the drawn window dropped, the row comes from the model (none while loading: there are no rows).
		this.#windowRows = [];
		const was = this.#selected;
		const at = selectedRow && ready ? model.rowIndex(this.#expanded, selectedRow) : -1;
		this.#setSelected(at < 0 && edited && selectedRow ? Math.min(was, this.#rowCount - 1) : at);
		// The row at the top of the pane stays there when rows above it appear or go (a note edited, tagged or
		// added elsewhere in the tree), as a browser anchors a page's scroll; at the very top, new rows show.
		const top = anchor && ready ? this.#findRow(model, anchor.row, anchor.index) : -1;
		if (top >= 0) {
			// The new height first, so the browser does not clamp the position to the old one.
			this.#setHeight(this.#rowCount * TreeView.rowHeight);
			this.#scroller.scrollTop = anchor!.pad + top * TreeView.rowHeight + anchor!.within;
		}
		this.#redraw();
	}

	/** The row at the top of the pane and how far it is scrolled past, or null at the very top (nothing to keep). */
	#topRow(): { row: Row; index: number; within: number; pad: number } | null {
		const pad = this.#sizer.offsetTop;
		const past = this.#scroller.scrollTop - pad;
		if (past <= 0) return null;
		const index = Math.floor(past / TreeView.rowHeight);
		const row = this.#rowAt(index);
		return row ? { row, index, within: past - index * TreeView.rowHeight, pad } : null;
	}

	/**
	 * Where a row is now, looked for first around where it was (an edit moves it by a few rows at most), so keeping
	 * the pane in place costs a few rows read, not a search through a group of 100k notes; -1 when it is gone.
	 */
	#findRow(model: ExplorerModel, row: Row, near: number): number {
		const reach: number = TreeView.nearRows;
		const from = Math.max(0, near - reach);
		const rows = model.rowsInRange(this.#expanded, from, Math.min(this.#rowCount, near + reach + 1));
		for (let d = 0; d <= reach; d++) {
			for (const i of [near - d, near + d]) {
				const r = rows[i - from];
				if (r && (r.type === "group" ? row.type === "group" && r.group.id === row.group.id : row.type === "note" && r.path === row.path && r.parentId === row.parentId)) return i;
			}
		}
		return model.rowIndex(this.#expanded, row);
	}

	/** Draws the window even when its range is unchanged: its rows or the selection changed. */
	#redraw(): void {
		this.#lastWindow = "";
		this.#renderWindow();
	}

	#viewportHeight(): number {
		return this.#scroller.clientHeight || TreeView.fallbackViewport;
	}

	/** Draws only the rows in view plus a small overscan; a scroll within the same window does nothing. */
	#renderWindow(): void {
		const count = this.#rowCount;
		const selected = this.#selected;
		const windowEl = this.#windowEl;
		const win = rowWindow(count, TreeView.rowHeight, this.#scroller.scrollTop, this.#viewportHeight(), TreeView.overscan);
		const key = `${win.start}:${win.end}:${selected}`;
		if (key === this.#lastWindow) return;
		this.#lastWindow = key;
		this.#setHeight(win.total);
		windowEl.setCssProps({ [`--${CSS_PREFIX}-offset`]: `${win.offset}px` });
		const ctx = { articles: this.#host.store.index, active: this.#activePath(), settings: this.#host.getSettings() };
		const sets: [number, number][] = [];
		const rows = (this.#windowRows = this.#model && count > 0 ? this.#model.rowsInRange(this.#expanded, win.start, win.end, sets) : []);
		this.#windowStart = win.start;
		this.#rows.draw(windowEl, rows, win.start, selected, ctx, sets);
		// Point assistive technology at the selected row, and at nothing once the selection is gone.
		this.#scroller.setAttr("aria-activedescendant", selected >= 0 && selected < count ? `${CSS_PREFIX}-row-${selected}` : null);
	}

	/** Sets the scroll height of the whole tree, in pixels. */
	#setHeight(px: number): void {
		this.#sizer.setCssProps({ [`--${CSS_PREFIX}-total-height`]: `${px}px` });
	}

	/** The path of the note open in the workspace, if any. */
	#activePath(): string | undefined {
		return this.app.workspace.getActiveFile()?.path;
	}

	#rowIndexOf(evt: Event): number {
		const item = targetElement(evt)?.closest("[data-index]");
		return item ? Number(item.getAttribute("data-index")) : -1;
	}

	/** The row at an index: from the drawn window when it is there (what the user sees), else from the model. */
	#rowAt(index: number): Row | undefined {
		if (index < 0 || index >= this.#rowCount) return undefined;
		const drawn = this.#windowRows[index - this.#windowStart];
		if (drawn) return drawn;
		return this.#model?.rowsInRange(this.#expanded, index, index + 1)[0];
	}

	#fileAt(index: number): TFile | null {
		const row = this.#rowAt(index);
		return row?.type === "note" ? fileByPath(this.app, row.path) : null;
	}

	#onClick(evt: MouseEvent): void {
		const index = this.#rowIndexOf(evt);
		const row = this.#rowAt(index);
		if (!row) return;
		this.#setSelected(index);
		if (row.type === "group") {
			this.#toggle(row.group.id);
			return;
		}
		if (this.#openNote(row.path, evt)) this.#redraw();
	}

	#onContextMenu(evt: MouseEvent): void {
		// From the keyboard (the menu key, Shift+F10) the event comes from the focused tree, not a row, and is no
		// right click: the menu is then the selected row's, shown below it.
		let index = this.#rowIndexOf(evt);
		const fromKeys = index < 0 && evt.button !== 2;
		if (fromKeys) index = this.#selected;
		const file = this.#fileAt(index);
		if (!file) return;
		evt.preventDefault();
		const menu = new Menu();
		// "Make social snippets" is not added here: the plugin adds it to every note's file menu, this one included.
		const add = (title: string, icon: string, run: () => unknown) => menu.addItem((item) => item.setTitle(title).setIcon(icon).onClick(() => void run()));
		add("Open in new tab", "file-plus", () => this.#open(file, "tab"));
		add("Open to the right", "separator-vertical", () => this.#open(file, "split"));
		add("Open in new window", "picture-in-picture-2", () => this.#open(file, "window"));
		const typeKey = this.#host.getSettings().typeKey;
		if (canFixMetadata(this.app, this.#host.store, file, typeKey)) add("Fix metadata…", "wrench", () => openFixModal(this.app, file, { typeKey, scope: FixScope.metadata }));
		this.app.workspace.trigger("file-menu", menu, file, EXPLORER_VIEW_TYPE, this.leaf);
		// below the row's visible line (its first child, `.tree-item-self`)
		const box = fromKeys ? this.#scroller.querySelector(`[data-index="${index}"] > *`)?.getBoundingClientRect() : null;
		if (box) menu.showAtPosition({ x: box.left, y: box.bottom });
		else menu.showAtMouseEvent(evt);
	}

	/** Opens a note where the click or the menu says: this tab, a new tab, or a split. */
	#open(file: TFile, where: PaneType | boolean): void {
		void this.app.workspace.getLeaf(where).openFile(file);
	}

	/** Opens the note at `path` for a click or a key (in a new tab with the modifier key); false when it is gone. */
	#openNote(path: string, evt: MouseEvent | KeyboardEvent): boolean {
		const file = fileByPath(this.app, path);
		if (!file) return false;
		evt.preventDefault();
		this.#open(file, Keymap.isModEvent(evt));
		return true;
	}

	#onHover(evt: MouseEvent): void {
		const row = this.#rowAt(this.#rowIndexOf(evt));
		if (row?.type !== "note") return;
		const targetEl = targetElement(evt)?.closest(".tree-item-self");
		if (!targetEl) return;
		this.app.workspace.trigger("hover-link", { event: evt, source: EXPLORER_VIEW_TYPE, hoverParent: this, targetEl, linktext: row.path });
	}

	#onDragStart(evt: DragEvent): void {
		const file = this.#fileAt(this.#rowIndexOf(evt));
		const data = evt.dataTransfer;
		if (!file || !data) return;
		// Dropped into an editor, plain text is inserted as written: a link in the user's preferred link format, made
		// from the open note, where a drop most often lands (a relative link must start from the note it sits in).
		data.setData("text/plain", this.app.fileManager.generateMarkdownLink(file, this.#activePath() ?? ""));
		data.effectAllowed = "copyLink";
	}

	#onKey(evt: KeyboardEvent): void {
		const page = Math.max(1, Math.floor(this.#viewportHeight() / TreeView.rowHeight) - 1);
		const action = treeKeyAction({ length: this.#rowCount, row: (i) => this.#rowAt(i) }, this.#selected, evt.key, page);
		if (action.kind === "none") return;
		evt.preventDefault();
		if (action.kind === "select") this.#select(action.index);
		else if (action.kind === "open") this.#openNote(action.path, evt);
		else this.#toggle(action.id, action.kind === "toggle" ? undefined : action.kind === "expand");
	}

	#select(index: number): void {
		if (index < 0 || index >= this.#rowCount) return;
		this.#setSelected(index);
		// rows start below the scroller's top padding (the sizer's offset), so reveal in the sizer's coordinates
		const pad = this.#sizer.offsetTop;
		this.#scroller.scrollTop = pad + scrollToReveal(index, TreeView.rowHeight, this.#scroller.scrollTop - pad, this.#viewportHeight());
		this.#redraw();
	}

	/** Selects the row at `index` (none for -1), keeping the row itself so the selection can follow it. */
	#setSelected(index: number): void {
		this.#selected = index;
		this.#selectedRow = this.#rowAt(index) ?? null;
	}

	#toggle(id: string, open?: boolean): void {
		const next = open ?? !this.#expanded.has(id);
		if (next) this.#expanded.add(id);
		else this.#expanded.delete(id);
		this.#saveExpanded();
		this.refresh();
	}

	#saveExpanded(): void {
		// groups opened for a filter's matches are not the author's to keep
		if (this.#expanded !== this.#saved) return;
		const settings = this.#host.getSettings();
		void this.#host.updateSettings({ expanded: { ...settings.expanded, [settings.groupMode]: [...this.#expanded] } });
	}
}

/** Adds every group of the tree, at every depth, to `open`. */
const openAll = (model: ExplorerModel, open: Set<string>): void => {
	const walk = (groups: readonly { id: string }[]) => {
		for (const { id } of groups) {
			open.add(id);
			walk(model.childGroups(id));
		}
	};
	walk(model.topGroups());
};

/**
 * The view's explorer options: the settings' grouping plus the "Metadata problems" group on top. The CLI builds
 * the same tree without that group (its JSON has `problems` beside the tree), so the addition is made here.
 */
const viewOptions = (settings: ArticleDeskSettings): ExplorerOptions =>
	({ ...explorerOptionsFrom(settings), problemsGroup: true });
