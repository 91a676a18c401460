/**
 * Obsidian's `Modal`: `open()` attaches `containerEl` (`.modal-container > .modal-bg + .modal`) to the body and calls
 * `onOpen`; `close()` detaches it and calls `onClose`. Escape (a keydown inside the modal) closes it. Open modals
 * are listed by `openModals()` so a test can find the one a command opened.
 */
import type { App } from "./app";
import { Scope } from "./keymap";

const open: Modal[] = [];

/** The modals currently open, oldest first. */
export function openModals(): Modal[] {
	return open.slice();
}

/** A dialog. */
export class Modal {
	app: App;
	scope: Scope;
	containerEl: HTMLElement;
	modalEl: HTMLElement;
	titleEl: HTMLElement;
	contentEl: HTMLElement;
	shouldRestoreSelection = true;
	/** Double only: the promise of the last `onOpen`, so a test can await an async one. */
	opening: Promise<void> | null = null;
	private _closeCallback: (() => unknown) | null = null;

	constructor(app: App) {
		this.app = app;
		this.scope = new Scope();
		this.scope.register([], "Escape", () => this.close());
		this.containerEl = createDiv({ cls: ["modal-container", "mod-dim"] });
		this.containerEl.createDiv({ cls: "modal-bg" });
		this.modalEl = this.containerEl.createDiv({ cls: "modal" });
		const closeButton = this.modalEl.createDiv({ cls: "modal-close-button" });
		closeButton.addEventListener("click", () => this.close());
		this.titleEl = this.modalEl.createDiv({ cls: "modal-header" }).createDiv({ cls: "modal-title" });
		this.contentEl = this.modalEl.createDiv({ cls: "modal-content" });
		this.containerEl.addEventListener("keydown", (evt) => {
			if (evt.key === "Escape") this.close();
		});
	}

	/** Double only: true while open. */
	get isOpen(): boolean {
		return open.includes(this);
	}

	open(): void {
		if (this.isOpen) return;
		open.push(this);
		this.app.keymap.pushScope(this.scope);
		// On the active window, as Obsidian's does: in a popout, what the dialog draws then belongs to that window.
		activeDocument.body.appendChild(this.containerEl);
		this.opening = Promise.resolve(this.onOpen());
	}

	close(): void {
		const i = open.indexOf(this);
		if (i < 0) return;
		open.splice(i, 1);
		this.app.keymap.popScope(this.scope);
		this.containerEl.detach();
		this.onClose();
		this._closeCallback?.();
	}

	onOpen(): Promise<void> | void {
		// Overridden by subclasses.
	}

	onClose(): void {
		// Overridden by subclasses.
	}

	setTitle(title: string): this {
		this.titleEl.setText(title);
		return this;
	}

	setContent(content: string | DocumentFragment): this {
		this.contentEl.setText(content);
		return this;
	}

	setCloseCallback(callback: () => unknown): this {
		this._closeCallback = callback;
		return this;
	}
}
