/**
 * Obsidian's view classes. A view's `containerEl` is `div.workspace-leaf-content`; an ItemView adds a header and a
 * content element, so `containerEl.children[1]` is `contentEl`, as in the app. Leaves open a view with `_open`
 * (load, then `onOpen`) and close it with `_close` (`onClose`, then unload), awaiting the async hooks.
 */
import type { ViewStateResult } from "obsidian";
import { Component } from "./component";
import { setIcon } from "./icons";
import type { App } from "./app";
import type { Menu } from "./menu";
import type { Scope } from "./keymap";
import type { WorkspaceLeaf } from "./workspace-leaf";

/** Base of every view; holds the leaf and the app like Obsidian's. */
export abstract class View extends Component {
	app: App;
	icon = "";
	navigation = false;
	leaf: WorkspaceLeaf;
	containerEl: HTMLElement;
	scope: Scope | null = null;

	constructor(leaf: WorkspaceLeaf) {
		super();
		this.leaf = leaf;
		this.app = leaf.app;
		this.containerEl = createDiv({ cls: "workspace-leaf-content" });
	}

	protected async onOpen(): Promise<void> {
		// Overridden by subclasses.
	}

	protected async onClose(): Promise<void> {
		// Overridden by subclasses.
	}

	abstract getViewType(): string;

	abstract getDisplayText(): string;

	getState(): Record<string, unknown> {
		return {};
	}

	async setState(_state: unknown, _result: ViewStateResult): Promise<void> {
		// Overridden by subclasses.
	}

	getEphemeralState(): Record<string, unknown> {
		return {};
	}

	setEphemeralState(_state: unknown): void {
		// Overridden by subclasses.
	}

	getIcon(): string {
		return this.icon;
	}

	onResize(): void {
		// Overridden by subclasses.
	}

	onPaneMenu(_menu: Menu, _source: string): void {
		// Overridden by subclasses.
	}

	/** Double only: attaches, loads and opens the view, as a leaf does. */
	async _open(parentEl: HTMLElement): Promise<void> {
		this.containerEl.setAttr("data-type", this.getViewType());
		parentEl.appendChild(this.containerEl);
		this.load();
		await this.onOpen();
	}

	/** Double only: closes and unloads the view, as a leaf does when its view changes or it is detached. */
	async _close(): Promise<void> {
		await this.onClose();
		this.unload();
		this.containerEl.detach();
	}
}

/** A view with a header (title and actions) and a content element. */
export abstract class ItemView extends View {
	contentEl: HTMLElement;
	/** Double only (Obsidian has them too): the header parts. */
	headerEl: HTMLElement;
	titleEl: HTMLElement;
	actionsEl: HTMLElement;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.headerEl = this.containerEl.createDiv({ cls: "view-header" });
		this.titleEl = this.headerEl.createDiv({ cls: "view-header-title" });
		this.actionsEl = this.headerEl.createDiv({ cls: "view-actions" });
		this.contentEl = this.containerEl.createDiv({ cls: "view-content" });
	}

	addAction(icon: string, title: string, callback: (evt: MouseEvent) => unknown): HTMLElement {
		const el = createEl("a", { cls: ["clickable-icon", "view-action"], attr: { "aria-label": title } });
		setIcon(el, icon);
		el.addEventListener("click", (evt) => callback(evt));
		this.actionsEl.prepend(el);
		return el;
	}

	override async _open(parentEl: HTMLElement): Promise<void> {
		await super._open(parentEl);
		this.titleEl.setText(this.getDisplayText());
	}
}

/** What an empty tab shows. */
export class EmptyView extends ItemView {
	getViewType(): string {
		return "empty";
	}

	getDisplayText(): string {
		return "New tab";
	}
}

/**
 * Double only: the placeholder Obsidian keeps in a leaf restored at start-up until it is revealed (a "deferred"
 * view), or in a leaf whose view type is no longer registered. It reports the wanted type but is not an instance
 * of the plugin's view class, which is why plugins must check `instanceof`.
 */
export class DeferredView extends View {
	constructor(
		leaf: WorkspaceLeaf,
		readonly type: string,
		readonly state: Record<string, unknown>,
	) {
		super(leaf);
	}

	getViewType(): string {
		return this.type;
	}

	getDisplayText(): string {
		return this.type;
	}

	override getState(): Record<string, unknown> {
		return this.state;
	}
}
