/**
 * The containers around leaves (root split, sidebars, ribbon) and the registry of view types and file extensions.
 * Obsidian keeps the registry in `app.viewRegistry`; plugins reach it through `registerView`/`registerExtensions`.
 */
import type { ViewCreator } from "./plugin-types";

/** A collapsible sidebar; `revealLeaf` expands it. */
export class WorkspaceSidedock {
	collapsed = true;
	readonly containerEl: HTMLElement;

	constructor(parent: HTMLElement, side: "left" | "right") {
		this.containerEl = parent.createDiv({ cls: ["workspace-split", "mod-sidedock", `mod-${side}-split`] });
	}

	toggle(): void {
		this.collapsed = !this.collapsed;
	}

	collapse(): void {
		this.collapsed = true;
	}

	expand(): void {
		this.collapsed = false;
	}
}

/** The main area (tabs and splits) of the main window. */
export class WorkspaceRoot {
	readonly containerEl: HTMLElement;
	readonly win: Window = window;
	readonly doc: Document = document;

	constructor(parent: HTMLElement) {
		this.containerEl = parent.createDiv({ cls: ["workspace-split", "mod-root"] });
	}
}

/** Which view class opens for a view type, and which view type opens a file extension. */
export class ViewRegistry {
	private readonly _creators = new Map<string, ViewCreator>();
	private readonly _extensions = new Map<string, string>([["md", "markdown"]]);

	registerView(type: string, creator: ViewCreator): void {
		if (this._creators.has(type)) throw new Error(`Attempting to register an existing view type "${type}"`);
		this._creators.set(type, creator);
	}

	unregisterView(type: string): void {
		this._creators.delete(type);
	}

	getViewCreatorByType(type: string): ViewCreator | undefined {
		return this._creators.get(type);
	}

	isViewTypeRegistered(type: string): boolean {
		return this._creators.has(type);
	}

	registerExtensions(extensions: string[], type: string): void {
		for (const ext of extensions) {
			if (this._extensions.has(ext)) throw new Error(`Attempting to register an existing file extension "${ext}"`);
			this._extensions.set(ext, type);
		}
	}

	unregisterExtensions(extensions: string[]): void {
		for (const ext of extensions) this._extensions.delete(ext);
	}

	getTypeByExtension(extension: string): string | undefined {
		return this._extensions.get(extension);
	}
}
