/**
 * Obsidian's `Workspace`: leaves in the main area, sidebars and pop-out windows; `getLeaf` kinds recorded in
 * `leafRequests` so tests can assert that Mod-click opened a tab, split or window; `onLayoutReady` callbacks queued
 * until the test calls `triggerLayoutReady()`, then run at once; `file-open` fired whenever the active file changes.
 */
import type { PaneType } from "obsidian";
import { Events, type EventRef } from "./events";
import type { App } from "./app";
import { TFile } from "./files";
import { FileView } from "./file-views";
import { getLinkpath } from "./paths";
import { debounce } from "./debounce";
import { type LeafLocation, WorkspaceLeaf } from "./workspace-leaf";
import { WorkspaceRoot, WorkspaceSidedock } from "./workspace-parts";
import type { View } from "./views";

/** One call of `getLeaf`, as recorded for assertions. */
export interface LeafRequest {
	newLeaf: PaneType | boolean | undefined;
	leaf: WorkspaceLeaf;
}

/** The double's workspace; its element is attached to `document.body` so views can be found and shown. */
export class Workspace extends Events {
	activeLeaf: WorkspaceLeaf | null = null;
	layoutReady = false;
	readonly containerEl: HTMLElement;
	readonly rootSplit: WorkspaceRoot;
	readonly leftSplit: WorkspaceSidedock;
	readonly rightSplit: WorkspaceSidedock;
	/** Double only: where ribbon icons go. */
	readonly ribbonEl: HTMLElement;
	requestSaveLayout = debounce(async () => undefined, 0);
	/** Double only: every `getLeaf` call, in order. */
	readonly leafRequests: LeafRequest[] = [];
	/** Double only: every leaf passed to `revealLeaf`, in order. */
	readonly revealedLeaves: WorkspaceLeaf[] = [];
	/** Double only: what `registerEditorExtension` and `registerHoverLinkSource` stored. */
	readonly editorExtensions: unknown[] = [];
	readonly hoverLinkSources: Record<string, { display: string; defaultMod: boolean }> = {};
	private _leaves: WorkspaceLeaf[] = [];
	/** Leaves by last activation, most recent first. */
	private _recency: WorkspaceLeaf[] = [];
	private _layoutCallbacks: (() => unknown)[] = [];
	private _lastFileLeaf: WorkspaceLeaf | null = null;
	private _lastActiveFile: TFile | null = null;
	private readonly _recentFiles: string[] = [];
	private readonly _pending = new Set<Promise<unknown>>();
	private readonly _windowEl: HTMLElement;

	constructor(private readonly app: App) {
		super();
		this.containerEl = document.body.createDiv({ cls: "workspace" });
		this.ribbonEl = this.containerEl.createDiv({ cls: ["workspace-ribbon", "side-dock-ribbon", "mod-left"] });
		this.leftSplit = new WorkspaceSidedock(this.containerEl, "left");
		this.rootSplit = new WorkspaceRoot(this.containerEl);
		this.rightSplit = new WorkspaceSidedock(this.containerEl, "right");
		this._windowEl = this.containerEl.createDiv({ cls: "workspace-popout-windows" });
		app.vault._observe((name, data) => this._onVault(name, data));
	}

	override on(name: "file-open", callback: (file: TFile | null) => unknown, ctx?: unknown): EventRef;
	override on(name: "active-leaf-change", callback: (leaf: WorkspaceLeaf | null) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	onLayoutReady(callback: () => unknown): void {
		if (this.layoutReady) callback();
		else this._layoutCallbacks.push(callback);
	}

	/** Double only: what Obsidian does once the layout is restored; queued callbacks run in order. */
	triggerLayoutReady(): void {
		if (this.layoutReady) return;
		this.layoutReady = true;
		const callbacks = this._layoutCallbacks;
		this._layoutCallbacks = [];
		for (const cb of callbacks) cb();
	}

	getLeaf(newLeaf?: PaneType | boolean, _direction?: "vertical" | "horizontal"): WorkspaceLeaf {
		let leaf: WorkspaceLeaf;
		if (newLeaf === undefined || newLeaf === false) leaf = this.getUnpinnedLeaf();
		else {
			const kind: PaneType = newLeaf === true ? "tab" : newLeaf;
			leaf = this._createLeaf(kind === "window" ? "window" : "main");
			leaf.openedAs = kind;
		}
		this.leafRequests.push({ newLeaf, leaf });
		return leaf;
	}

	getUnpinnedLeaf(): WorkspaceLeaf {
		const active = this.activeLeaf;
		if (active && active.location !== "left" && active.location !== "right" && !active.pinned) return active;
		const recent = [...this._recency, ...this._leaves].find((l) => l.location === "main" && !l.pinned);
		return recent ?? this._createLeaf("main");
	}

	getMostRecentLeaf(): WorkspaceLeaf | null {
		return [...this._recency, ...this._leaves].find((l) => l.location === "main") ?? null;
	}

	getLeftLeaf(_split: boolean): WorkspaceLeaf | null {
		return this._createLeaf("left");
	}

	getRightLeaf(_split: boolean): WorkspaceLeaf | null {
		return this._createLeaf("right");
	}

	splitActiveLeaf(direction?: "vertical" | "horizontal"): WorkspaceLeaf {
		return this.getLeaf("split", direction);
	}

	async ensureSideLeaf(type: string, side: "left" | "right", options: { active?: boolean; reveal?: boolean; state?: Record<string, unknown> } = {}): Promise<WorkspaceLeaf> {
		const existing = this.getLeavesOfType(type)[0];
		const leaf = existing ?? this._createLeaf(side);
		if (!existing) await leaf.setViewState({ type, state: options.state, active: options.active });
		if (options.reveal !== false) await this.revealLeaf(leaf);
		return leaf;
	}

	async revealLeaf(leaf: WorkspaceLeaf): Promise<void> {
		this.revealedLeaves.push(leaf);
		if (leaf.location === "left") this.leftSplit.expand();
		if (leaf.location === "right") this.rightSplit.expand();
		await leaf.loadIfDeferred();
	}

	getLeavesOfType(viewType: string): WorkspaceLeaf[] {
		return this._leaves.filter((l) => l.view.getViewType() === viewType);
	}

	detachLeavesOfType(viewType: string): void {
		for (const leaf of this.getLeavesOfType(viewType)) leaf.detach();
	}

	iterateAllLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this._leaves.slice()) callback(leaf);
	}

	iterateRootLeaves(callback: (leaf: WorkspaceLeaf) => unknown): void {
		for (const leaf of this._leaves.slice()) if (leaf.location === "main" || leaf.location === "window") callback(leaf);
	}

	setActiveLeaf(leaf: WorkspaceLeaf, _params?: { focus?: boolean } | boolean, _focus?: boolean): void {
		if (leaf.detached || this.activeLeaf === leaf) return;
		this.activeLeaf = leaf;
		this._recency = [leaf, ...this._recency.filter((l) => l !== leaf)];
		this.trigger("active-leaf-change", leaf);
		this._syncActiveFile();
	}

	getActiveViewOfType<T extends View>(type: abstract new (...args: never[]) => T): T | null {
		const view = this.activeLeaf?.view;
		return view instanceof type ? view : null;
	}

	/** The file of the active file view, or of the last active one when a sidebar view has focus, as in Obsidian. */
	getActiveFile(): TFile | null {
		const view = this.activeLeaf?.view;
		if (view instanceof FileView) return view.file;
		const last = this._lastFileLeaf;
		return last && !last.detached && last.view instanceof FileView ? last.view.file : null;
	}

	get activeEditor(): { editor: unknown; file: TFile | null } | null {
		const view = this.activeLeaf?.view as { editor?: unknown; file?: TFile | null } | undefined;
		return view?.editor ? { editor: view.editor, file: view.file ?? null } : null;
	}

	async openLinkText(linktext: string, sourcePath: string, newLeaf?: PaneType | boolean, openViewState?: { state?: Record<string, unknown>; eState?: Record<string, unknown>; active?: boolean }): Promise<void> {
		const path = getLinkpath(linktext);
		const file = this.app.metadataCache.getFirstLinkpathDest(path, sourcePath) ?? (await this.app.vault.create(`${path}.md`, ""));
		await this.getLeaf(newLeaf).openFile(file, openViewState);
	}

	getLastOpenFiles(): string[] {
		return this._recentFiles.slice(0, 10);
	}

	updateOptions(): void {
		// Editor extensions are read from `editorExtensions` by tests; nothing to reconfigure.
	}

	getLayout(): Record<string, unknown> {
		return { leaves: this._leaves.map((l) => ({ location: l.location, ...l.getViewState() })) };
	}

	/** Double only: creates a leaf whose view is deferred, as Obsidian restores leaves at start-up. */
	async addDeferredLeaf(type: string, state: Record<string, unknown> = {}, location: LeafLocation = "right"): Promise<WorkspaceLeaf> {
		const leaf = this._createLeaf(location);
		await leaf._deferView(type, state);
		return leaf;
	}

	/** Double only: resolves when views being closed in the background have finished `onClose`. */
	async whenIdle(): Promise<void> {
		while (this._pending.size > 0) await Promise.all(Array.from(this._pending));
	}

	_track(promise: Promise<unknown>): void {
		this._pending.add(promise);
		void promise.finally(() => this._pending.delete(promise));
	}

	_recordOpen(file: TFile): void {
		this._recentFiles.splice(0, this._recentFiles.length, file.path, ...this._recentFiles.filter((p) => p !== file.path));
	}

	_removeLeaf(leaf: WorkspaceLeaf): void {
		this._leaves = this._leaves.filter((l) => l !== leaf);
		this._recency = this._recency.filter((l) => l !== leaf);
		if (this.activeLeaf !== leaf) return;
		this.activeLeaf = this.getMostRecentLeaf();
		this.trigger("active-leaf-change", this.activeLeaf);
		this._syncActiveFile();
	}

	_syncActiveFile(): void {
		if (this.activeLeaf?.view instanceof FileView) this._lastFileLeaf = this.activeLeaf;
		const file = this.getActiveFile();
		if (file === this._lastActiveFile) return;
		this._lastActiveFile = file;
		this.trigger("file-open", file);
	}

	private _createLeaf(location: LeafLocation): WorkspaceLeaf {
		const parent = location === "left" ? this.leftSplit.containerEl : location === "right" ? this.rightSplit.containerEl : location === "window" ? this._windowEl : this.rootSplit.containerEl;
		const leaf = new WorkspaceLeaf(this.app, location, parent);
		this._leaves.push(leaf);
		this.trigger("layout-change");
		return leaf;
	}

	private _onVault(name: string, data: unknown[]): void {
		const file = data[0];
		if (!(file instanceof TFile)) return;
		for (const leaf of this._leaves.slice()) {
			const view = leaf.view;
			if (!(view instanceof FileView) || view.file !== file) continue;
			if (name === "rename") this._track(view.onRename(file));
			if (name === "delete") this._track(leaf.setViewState({ type: "empty" }));
		}
	}
}
