/** The explorer's header: article count, grouping switch, sort menu, collapse/expand all, and the filter box. */
import { Menu, setIcon } from "../obsidian-api";

import type { ArticleDeskSettings, GroupMode } from "../../core/settings";
import { GROUP_MODE_LABELS, NOTE_SORT_LABELS } from "../settings-spec";
import { CSS_PREFIX, type ExplorerHost } from "./explorer-host";

/** Registers a DOM listener for cleanup with the owning view (`registerDomEvent`). */
export type Listen = <K extends keyof HTMLElementEventMap>(el: HTMLElement, type: K, cb: (evt: HTMLElementEventMap[K]) => void) => void;

export interface HeaderActions {
	onFilter(text: string): void;
	onExpandAll(expand: boolean): void;
}

export class ExplorerHeader {
	readonly #countEl: HTMLElement;
	readonly #modeEl: HTMLSelectElement;
	readonly #filterEl: HTMLInputElement;

	readonly #host: ExplorerHost;
	readonly #actions: HeaderActions;
	readonly #listen: Listen;

	constructor(parent: HTMLElement, host: ExplorerHost, actions: HeaderActions, listen: Listen) {
		this.#host = host;
		this.#actions = actions;
		this.#listen = listen;
		const header = parent.createDiv(`${CSS_PREFIX}-header nav-header`);
		const top = header.createDiv(`${CSS_PREFIX}-header-row nav-buttons-container`);
		// a status, so a screen reader hears "3 matching" as the filter narrows the tree
		this.#countEl = top.createSpan({ cls: `${CSS_PREFIX}-count`, attr: { role: "status" } });
		const modeEl = (this.#modeEl = top.createEl("select", { cls: `dropdown ${CSS_PREFIX}-mode`, attr: { "aria-label": "Group by" } }));
		for (const [mode, label] of Object.entries(GROUP_MODE_LABELS)) modeEl.createEl("option", { value: mode, text: label });
		listen(modeEl, "change", () => void host.updateSettings({ groupMode: modeEl.value as GroupMode }));
		this.#iconButton(top, "arrow-up-narrow-wide", "Sort", (evt) => this.#showSortMenu(evt));
		this.#iconButton(top, "chevrons-down-up", "Collapse all", () => actions.onExpandAll(false));
		this.#iconButton(top, "chevrons-up-down", "Expand all", () => actions.onExpandAll(true));
		const search = header.createDiv(`search-input-container ${CSS_PREFIX}-filter`);
		const filterEl = (this.#filterEl = search.createEl("input", {
			type: "search",
			attr: { placeholder: "Filter: words, #tag, type:name, -exclude", "aria-label": "Filter articles", spellcheck: "false" },
		}));
		listen(filterEl, "input", () => actions.onFilter(filterEl.value));
		const clear = search.createDiv({ cls: "search-input-clear-button", attr: { "aria-label": "Clear filter" } });
		listen(clear, "click", () => this.clearFilter());
	}

	get filterText(): string {
		return this.#filterEl.value;
	}

	/** Empties the filter; `focus` puts the caret back in the box (its clear button does, a reveal does not). */
	clearFilter(focus = true): void {
		this.#filterEl.value = "";
		this.#actions.onFilter("");
		if (focus) this.#filterEl.focus();
	}

	/** Shows the settings the header reflects (after a change here, in the settings tab, or at open). */
	sync(settings: ArticleDeskSettings): void {
		this.#modeEl.value = settings.groupMode;
	}

	/** Null while loading; otherwise "N articles", or "N matching" while a filter is active. */
	setCount(count: number | null, filtering: boolean): void {
		this.#countEl.setText(count === null ? "Loading…" : `${count.toLocaleString()} ${filtering ? "matching" : count === 1 ? "article" : "articles"}`);
	}

	#iconButton(parent: HTMLElement, icon: string, label: string, onClick: (evt: MouseEvent) => void): void {
		const button = parent.createDiv({ cls: "clickable-icon nav-action-button", attr: { "aria-label": label, role: "button", tabindex: "0" } });
		setIcon(button, icon);
		this.#listen(button, "click", onClick);
		// Enter and Space press it, as they press a button; a menu it opens then shows under it.
		this.#listen(button, "keydown", (evt) => {
			if (evt.key !== "Enter" && evt.key !== " ") return;
			evt.preventDefault();
			const { left, bottom } = button.getBoundingClientRect();
			onClick(new MouseEvent("click", { clientX: left, clientY: bottom }));
		});
	}

	#showSortMenu(evt: MouseEvent): void {
		const s = this.#host.getSettings();
		const menu = new Menu();
		const add = (section: string, title: string, checked: boolean, change: Partial<ArticleDeskSettings>) =>
			menu.addItem((item) =>
				item
					.setTitle(title)
					.setChecked(checked)
					.setSection(section)
					.onClick(() => void this.#host.updateSettings(change)),
			);
		const groups = (title: string, groupSort: ArticleDeskSettings["groupSort"]) => add("groups", title, s.groupSort === groupSort, { groupSort });
		// As in Obsidian's file explorer: each note order names its direction, and one click sets both fields.
		const note = (title: string, noteSort: ArticleDeskSettings["noteSort"], noteSortDesc: boolean) =>
			add("notes", title, s.noteSort === noteSort && s.noteSortDesc === noteSortDesc, { noteSort, noteSortDesc });
		// A note order as its two items: `first` in the direction `firstDesc` says, then `second` the other way.
		const notes = (noteSort: ArticleDeskSettings["noteSort"], [first, second]: readonly string[], firstDesc: boolean) => {
			const name = NOTE_SORT_LABELS[noteSort];
			note(`${name} (${first})`, noteSort, firstDesc);
			note(`${name} (${second})`, noteSort, !firstDesc);
		};
		const newFirst = ["new to old", "old to new"];
		groups("Groups by name", "name");
		groups("Groups by number of notes", "count");
		notes("date", newFirst, true);
		notes("title", ["A to Z", "Z to A"], false);
		notes("mtime", newFirst, true);
		menu.showAtMouseEvent(evt);
	}
}
