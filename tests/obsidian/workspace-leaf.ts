/**
 * Obsidian's `WorkspaceLeaf`: holds one view, swaps it on `setViewState` (closing the old view, constructing the
 * registered one, `onOpen`, then `setState`), and keeps placeholders for deferred or unregistered view types.
 * `location` and `openedAs` (double only) tell tests where the leaf lives and which `getLeaf` kind created it.
 */
import type { OpenViewState, PaneType, ViewState } from "obsidian";
import { Events, type EventRef } from "./events";
import type { App } from "./app";
import type { TFile } from "./files";
import { DeferredView, EmptyView, type View } from "./views";

/** Where a leaf lives: main area, a sidebar, or a pop-out window. */
export type LeafLocation = "main" | "left" | "right" | "window";

/** A leaf of the double's workspace. */
export class WorkspaceLeaf extends Events {
	view: View;
	hoverPopover = null;
	/** Double only (Obsidian has it too): the leaf's element, parent of `view.containerEl`. */
	readonly containerEl: HTMLElement;
	/** Double only: the `getLeaf` argument kind that created it (`false` = reused or created otherwise). */
	openedAs: PaneType | false = false;
	pinned = false;
	group: string | null = null;
	/** Double only: true once detached. */
	detached = false;

	constructor(
		readonly app: App,
		readonly location: LeafLocation,
		parentEl: HTMLElement,
	) {
		super();
		this.containerEl = parentEl.createDiv({ cls: "workspace-leaf" });
		this.view = new EmptyView(this);
		void this.view._open(this.containerEl);
	}

	override on(name: "pinned-change", callback: (pinned: boolean) => unknown, ctx?: unknown): EventRef;
	override on(name: "group-change", callback: (group: string) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	get isDeferred(): boolean {
		return this.view instanceof DeferredView;
	}

	async loadIfDeferred(): Promise<void> {
		const view = this.view;
		if (!(view instanceof DeferredView)) return;
		if (!this.app.viewRegistry.isViewTypeRegistered(view.type)) return;
		await this.setViewState({ type: view.type, state: view.state });
	}

	async setViewState(viewState: ViewState, eState?: unknown): Promise<void> {
		const ws = this.app.workspace;
		const creator = this.app.viewRegistry.getViewCreatorByType(viewState.type);
		const state = viewState.state ?? {};
		if (this.view.getViewType() !== viewState.type || this.view instanceof DeferredView) {
			const next = viewState.type === "empty" ? new EmptyView(this) : creator ? creator(this) : new DeferredView(this, viewState.type, state);
			await this._swap(next);
		}
		if (!(this.view instanceof DeferredView)) await this.view.setState(state, { history: false });
		if (viewState.pinned !== undefined) this.pinned = viewState.pinned;
		if (eState !== undefined) this.view.setEphemeralState(eState);
		if (viewState.active) ws.setActiveLeaf(this, { focus: true });
		ws._syncActiveFile();
		ws.trigger("layout-change");
	}

	getViewState(): ViewState {
		return {
			type: this.view.getViewType(),
			state: this.view.getState(),
			active: this.app.workspace.activeLeaf === this,
			pinned: this.pinned,
		};
	}

	/** Opens a file in this leaf; the leaf becomes active unless `openState.active` is false (focus new tabs). */
	async openFile(file: TFile, openState?: OpenViewState): Promise<void> {
		const type = this.app.viewRegistry.getTypeByExtension(file.extension) ?? "empty";
		const active = openState?.active ?? true;
		await this.setViewState({ type, state: { ...(openState?.state ?? {}), file: file.path }, active }, openState?.eState);
		this.app.workspace._recordOpen(file);
	}

	async open(view: View): Promise<View> {
		await this._swap(view);
		return view;
	}

	detach(): void {
		if (this.detached) return;
		this.detached = true;
		this.app.workspace._removeLeaf(this);
		this.app.workspace._track(this.view._close());
		this.containerEl.detach();
		this.app.workspace.trigger("layout-change");
	}

	getDisplayText(): string {
		return this.view.getDisplayText();
	}

	getIcon(): string {
		return this.view.getIcon();
	}

	getEphemeralState(): unknown {
		return this.view.getEphemeralState();
	}

	setEphemeralState(state: unknown): void {
		this.view.setEphemeralState(state);
	}

	onResize(): void {
		this.view.onResize();
	}

	togglePinned(): void {
		this.setPinned(!this.pinned);
	}

	setPinned(pinned: boolean): void {
		this.pinned = pinned;
		this.trigger("pinned-change", pinned);
	}

	setGroup(group: string): void {
		this.group = group;
		this.trigger("group-change", group);
	}

	setGroupMember(other: WorkspaceLeaf): void {
		this.setGroup(other.group ?? `group-${Math.random().toString(36).slice(2)}`);
		other.setGroup(this.group as string);
	}

	/** Double only: replaces the view with a placeholder that keeps its type and state (used on plugin unload). */
	async _deferView(type = this.view.getViewType(), state = this.view.getState()): Promise<void> {
		await this._swap(new DeferredView(this, type, state));
	}

	private async _swap(next: View): Promise<void> {
		const prev = this.view;
		this.view = next;
		await prev._close();
		if (next instanceof DeferredView) {
			this.containerEl.appendChild(next.containerEl);
			return;
		}
		await next._open(this.containerEl);
	}
}
