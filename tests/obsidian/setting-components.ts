/**
 * The controls a `Setting` can hold, built on real jsdom inputs: a test types into `inputEl` and dispatches
 * `input` (text), `change` (dropdown, slider) or clicks (toggle, buttons), and `onChange`/`onClick` fire as in
 * Obsidian. Setting a value from code (`setValue`) never fires `onChange`.
 */
import { ValueComponent } from "./base-component";

/** Text input or text area; `onChange` fires on the `input` event. */
export class AbstractTextComponent<T extends HTMLInputElement | HTMLTextAreaElement> extends ValueComponent<string> {
	inputEl: T;
	private _onChange: ((value: string) => unknown) | null = null;

	constructor(inputEl: T) {
		super();
		this.inputEl = inputEl;
		inputEl.addEventListener("input", () => this.onChanged());
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.inputEl.disabled = disabled;
		return this;
	}

	getValue(): string {
		return this.inputEl.value;
	}

	setValue(value: string): this {
		this.inputEl.value = value;
		return this;
	}

	setPlaceholder(placeholder: string): this {
		this.inputEl.placeholder = placeholder;
		return this;
	}

	onChanged(): void {
		this._onChange?.(this.getValue());
	}

	onChange(callback: (value: string) => unknown): this {
		this._onChange = callback;
		return this;
	}
}

/** A single-line text input. */
export class TextComponent extends AbstractTextComponent<HTMLInputElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("input", { type: "text" }));
	}
}

/** A multi-line text area. */
export class TextAreaComponent extends AbstractTextComponent<HTMLTextAreaElement> {
	constructor(containerEl: HTMLElement) {
		super(containerEl.createEl("textarea"));
	}
}

/** A search box with a clear button. */
export class SearchComponent extends AbstractTextComponent<HTMLInputElement> {
	clearButtonEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		const wrap = containerEl.createDiv({ cls: "search-input-container" });
		super(wrap.createEl("input", { type: "search", attr: { enterkeyhint: "search", spellcheck: "false" } }));
		this.clearButtonEl = wrap.createDiv({ cls: "search-input-clear-button" });
		this.clearButtonEl.addEventListener("click", () => {
			this.setValue("");
			this.onChanged();
		});
	}
}

/** An on/off switch: `div.checkbox-container` (class `is-enabled` when on) around a checkbox; a click flips it. */
export class ToggleComponent extends ValueComponent<boolean> {
	toggleEl: HTMLElement;
	private readonly _input: HTMLInputElement;
	private _on = false;
	private _onChange: ((value: boolean) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.toggleEl = containerEl.createDiv({ cls: "checkbox-container" });
		this._input = this.toggleEl.createEl("input", { type: "checkbox", attr: { tabindex: 0 } });
		this.toggleEl.addEventListener("click", (evt) => {
			evt.preventDefault();
			this.onClick();
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.toggleEl.toggleClass("is-disabled", disabled);
		this._input.disabled = disabled;
		return this;
	}

	getValue(): boolean {
		return this._on;
	}

	setValue(on: boolean): this {
		this._on = on;
		this.toggleEl.toggleClass("is-enabled", on);
		this._input.checked = on;
		return this;
	}

	setTooltip(tooltip: string): this {
		this.toggleEl.setAttr("aria-label", tooltip);
		return this;
	}

	onClick(): void {
		if (this.disabled) return;
		this.setValue(!this._on);
		this._onChange?.(this._on);
	}

	onChange(callback: (value: boolean) => unknown): this {
		this._onChange = callback;
		return this;
	}
}

/** A `<select>`; `onChange` fires on the `change` event. */
export class DropdownComponent extends ValueComponent<string> {
	selectEl: HTMLSelectElement;
	private _onChange: ((value: string) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.selectEl = containerEl.createEl("select", { cls: "dropdown" });
		this.selectEl.addEventListener("change", () => this._onChange?.(this.getValue()));
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.selectEl.disabled = disabled;
		return this;
	}

	addOption(value: string, display: string): this {
		this.selectEl.createEl("option", { value, text: display });
		return this;
	}

	addOptions(options: Record<string, string>): this {
		for (const [value, display] of Object.entries(options)) this.addOption(value, display);
		return this;
	}

	getValue(): string {
		return this.selectEl.value;
	}

	setValue(value: string): this {
		this.selectEl.value = value;
		return this;
	}

	onChange(callback: (value: string) => unknown): this {
		this._onChange = callback;
		return this;
	}
}

/** A range input; `onChange` fires on `change`, or on every `input` once `setInstant(true)`. */
export class SliderComponent extends ValueComponent<number> {
	sliderEl: HTMLInputElement;
	private _instant = false;
	private _format: (value: number) => string = (v) => String(v);
	private _onChange: ((value: number) => unknown) | null = null;

	constructor(containerEl: HTMLElement) {
		super();
		this.sliderEl = containerEl.createEl("input", { type: "range", cls: "slider" });
		this.sliderEl.addEventListener("input", () => {
			if (this._instant) this._onChange?.(this.getValue());
		});
		this.sliderEl.addEventListener("change", () => {
			if (!this._instant) this._onChange?.(this.getValue());
		});
	}

	override setDisabled(disabled: boolean): this {
		super.setDisabled(disabled);
		this.sliderEl.disabled = disabled;
		return this;
	}

	setInstant(instant: boolean): this {
		this._instant = instant;
		return this;
	}

	setLimits(min: number | null, max: number | null, step: number | "any"): this {
		if (min !== null) this.sliderEl.min = String(min);
		if (max !== null) this.sliderEl.max = String(max);
		this.sliderEl.step = String(step);
		return this;
	}

	getValue(): number {
		return Number(this.sliderEl.value);
	}

	setValue(value: number): this {
		this.sliderEl.value = String(value);
		return this;
	}

	getValuePretty(): string {
		return this._format(this.getValue());
	}

	setDisplayFormat(format: (value: number) => string): this {
		this._format = format;
		return this;
	}

	setDynamicTooltip(): this {
		return this;
	}

	onChange(callback: (value: number) => unknown): this {
		this._onChange = callback;
		return this;
	}
}

