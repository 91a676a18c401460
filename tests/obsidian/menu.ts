/**
 * Obsidian's context `Menu`. Showing a menu renders `.menu > .menu-item` elements in the body and records it as
 * `lastMenu()`, so a test can read item titles and click one (`menu.clickItem('Open in new tab')`), like a user.
 */
import { Component } from "./component";
import { setIcon } from "./icons";

let shownMenu: Menu | null = null;

/** The menu most recently shown (still open or not), or null. */
export function lastMenu(): Menu | null {
	return shownMenu;
}

/** Forgets the last shown menu (for `beforeEach`). */
export function resetMenus(): void {
	shownMenu?.hide();
	shownMenu = null;
}

/** One entry of a menu; built by `Menu.addItem`. */
export class MenuItem {
	title = "";
	icon: string | null = null;
	section = "";
	checked: boolean | null = null;
	disabled = false;
	warning = false;
	isLabel = false;
	callback: ((evt: MouseEvent | KeyboardEvent) => unknown) | null = null;

	constructor(readonly menu: Menu) {}

	setTitle(title: string | DocumentFragment): this {
		this.title = typeof title === "string" ? title : (title.textContent ?? "");
		return this;
	}

	setIcon(icon: string | null): this {
		this.icon = icon;
		return this;
	}

	setChecked(checked: boolean | null): this {
		this.checked = checked;
		return this;
	}

	setDisabled(disabled: boolean): this {
		this.disabled = disabled;
		return this;
	}

	setWarning(isWarning: boolean): this {
		this.warning = isWarning;
		return this;
	}

	setIsLabel(isLabel: boolean): this {
		this.isLabel = isLabel;
		return this;
	}

	setSection(section: string): this {
		this.section = section;
		return this;
	}

	onClick(callback: (evt: MouseEvent | KeyboardEvent) => unknown): this {
		this.callback = callback;
		return this;
	}

	/** Double only: what a user's click does — run the callback (unless disabled) and close the menu. */
	click(evt: MouseEvent = new MouseEvent("click")): void {
		if (this.disabled || this.isLabel) return;
		this.menu.hide();
		this.callback?.(evt);
	}
}

/** A separator between groups of items. */
export class MenuSeparator {}

/** A context menu; `items` (double only) lists items and separators in insertion order. */
export class Menu extends Component {
	readonly items: (MenuItem | MenuSeparator)[] = [];
	/** Double only: the element shown, while shown. */
	dom: HTMLElement | null = null;
	/** Double only: where it was shown. */
	position: { x: number; y: number } | null = null;
	private readonly _onHide: (() => unknown)[] = [];

	setNoIcon(): this {
		return this;
	}

	setUseNativeMenu(_useNativeMenu: boolean): this {
		return this;
	}

	addItem(cb: (item: MenuItem) => unknown): this {
		const item = new MenuItem(this);
		this.items.push(item);
		cb(item);
		return this;
	}

	addSeparator(): this {
		this.items.push(new MenuSeparator());
		return this;
	}

	setParentElement(_el: HTMLElement): this {
		return this;
	}

	showAtMouseEvent(evt: MouseEvent): this {
		return this.showAtPosition({ x: evt.clientX, y: evt.clientY });
	}

	showAtPosition(position: { x: number; y: number }, doc: Document = document): this {
		this.hide();
		this.position = { x: position.x, y: position.y };
		this.dom = doc.body.createDiv({ cls: "menu" });
		for (const entry of this.items) {
			if (entry instanceof MenuSeparator) {
				this.dom.createDiv({ cls: "menu-separator" });
				continue;
			}
			const el = this.dom.createDiv({ cls: "menu-item", attr: { "data-section": entry.section || null } });
			if (entry.disabled) el.addClass("is-disabled");
			if (entry.warning) el.addClass("is-warning");
			setIcon(el.createDiv({ cls: "menu-item-icon" }), entry.icon ?? "");
			el.createDiv({ cls: "menu-item-title", text: entry.title });
			el.addEventListener("click", (e) => entry.click(e));
		}
		this.load();
		shownMenu = this;
		return this;
	}

	hide(): this {
		if (!this.dom) return this;
		this.dom.detach();
		this.dom = null;
		for (const cb of this._onHide) cb();
		this.unload();
		return this;
	}

	close(): void {
		this.hide();
	}

	onHide(callback: () => unknown): void {
		this._onHide.push(callback);
	}

	/** Double only: the item titles, separators left out. */
	titles(): string[] {
		return this.items.filter((i): i is MenuItem => i instanceof MenuItem).map((i) => i.title);
	}

	/** Double only: the first item with this title, or undefined. */
	findItem(title: string): MenuItem | undefined {
		return this.items.find((i): i is MenuItem => i instanceof MenuItem && i.title === title);
	}

	/** Double only: clicks the item with this title; throws when there is none, to keep tests honest. */
	clickItem(title: string): void {
		const item = this.findItem(title);
		if (!item) throw new Error(`No menu item titled "${title}" (have: ${this.titles().join(", ")})`);
		item.click();
	}
}
