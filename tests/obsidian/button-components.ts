/**
 * Obsidian's buttons: `ButtonComponent` (a `<button>`, `mod-cta`/`mod-warning` styles) and `ExtraButtonComponent`
 * (a clickable icon). A click runs the `onClick` callback unless the button is disabled.
 */
import { setIcon } from "./icons";
import { BaseComponent } from "./base-component";

/** A text or icon button. */
export class ButtonComponent extends BaseComponent {
	buttonEl: HTMLButtonElement;
	private _onClick: ((evt: MouseEvent) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.buttonEl = containerEl.createEl("button");
		this.buttonEl.addEventListener("click", (evt) => {
			if (!this.disabled) void this._onClick?.(evt);
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.buttonEl.disabled = disabled;
		this.buttonEl.toggleClass("is-disabled", disabled);
		return this;
	}

	setCta(): this {
		this.buttonEl.addClass("mod-cta");
		return this;
	}

	removeCta(): this {
		this.buttonEl.removeClass("mod-cta");
		return this;
	}

	setWarning(): this {
		this.buttonEl.addClass("mod-warning");
		return this;
	}

	setDestructive(): this {
		this.buttonEl.addClass("mod-destructive");
		return this;
	}

	removeDestructive(): this {
		this.buttonEl.removeClass("mod-destructive");
		return this;
	}

	setTooltip(tooltip: string): this {
		this.buttonEl.setAttr("aria-label", tooltip);
		return this;
	}

	setButtonText(name: string): this {
		this.buttonEl.setText(name);
		return this;
	}

	setIcon(icon: string): this {
		setIcon(this.buttonEl, icon);
		return this;
	}

	setClass(cls: string): this {
		this.buttonEl.addClass(cls);
		return this;
	}

	onClick(callback: (evt: MouseEvent) => unknown): this {
		this._onClick = callback;
		return this;
	}
}

/** A small clickable icon next to a setting. */
export class ExtraButtonComponent extends BaseComponent {
	extraSettingsEl: HTMLElement;
	private _onClick: (() => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.extraSettingsEl = containerEl.createDiv({ cls: ["clickable-icon", "extra-setting-button"] });
		this.extraSettingsEl.addEventListener("click", () => {
			if (!this.disabled) void this._onClick?.();
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.extraSettingsEl.toggleClass("is-disabled", disabled);
		return this;
	}

	setTooltip(tooltip: string): this {
		this.extraSettingsEl.setAttr("aria-label", tooltip);
		return this;
	}

	setIcon(icon: string): this {
		setIcon(this.extraSettingsEl, icon);
		return this;
	}

	onClick(callback: () => unknown): this {
		this._onClick = callback;
		return this;
	}
}
