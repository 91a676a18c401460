/**
 * Test harness for the article explorer: loads the plugin on the double, opens the view, and reads and drives its
 * DOM the way a user would (rows by label or path, clicks, keys, the filter box). Tests assert on what is drawn.
 */
import * as nodePath from "path";

import ArticleDeskPlugin from "../../../src/main";
import { ExplorerView } from "../../../src/plugin/explorer/explorer-view";
import type { App } from "../../obsidian/app";
import { createApp, flushAll, loadPlugin, readFolder, type CreateAppOptions } from "../../obsidian/app-factory";

/** The example vault shipped with the project, as `{ path: text }`. */
export const EXAMPLE_VAULT: Record<string, string> = readFolder(nodePath.join(__dirname, "../../../examples/vault"));

export interface Explorer {
	app: App;
	plugin: ArticleDeskPlugin;
	view: ExplorerView;
	ui: ExplorerUi;
}

/**
 * Loads the plugin over `files` (the example vault by default), waits for indexing and for the idle-time check of
 * note bodies (so the "Metadata problems" group is complete and tests do not race it), and opens the explorer.
 */
export async function openExplorer(options: CreateAppOptions = {}): Promise<Explorer> {
	const app = createApp({ files: EXAMPLE_VAULT, ...options });
	const plugin = await loadPlugin(app, ArticleDeskPlugin);
	await flushAll(app);
	await plugin.store.bodiesChecked();
	await flushAll(app);
	const view = await plugin.activateExplorer();
	if (!view) throw new Error("the explorer did not open");
	await flushAll(app);
	return { app, plugin, view, ui: new ExplorerUi(view) };
}

/** A group row as drawn: label, count badge, depth and whether it is open. */
export interface DrawnGroup {
	label: string;
	count: number;
	depth: number;
	expanded: boolean;
}

/** Reads and drives one explorer view through its DOM. */
export class ExplorerUi {
	constructor(readonly view: ExplorerView) {}

	get root(): HTMLElement {
		return this.view.contentEl;
	}

	get scroller(): HTMLElement {
		return this.root.querySelector<HTMLElement>(".article-desk-scroller")!;
	}

	/** Every row element currently in the DOM, top to bottom. */
	rowEls(): HTMLElement[] {
		return Array.from(this.root.querySelectorAll<HTMLElement>(".article-desk-row"));
	}

	/** The drawn group rows. */
	groups(): DrawnGroup[] {
		return this.rowEls()
			.filter((el) => el.hasAttribute("data-group-id"))
			.map((el) => ({
				label: el.querySelector(".tree-item-inner")!.textContent,
				count: Number(el.querySelector(".tree-item-flair")!.textContent),
				depth: Number(el.getAttribute("aria-level")) - 1,
				expanded: el.getAttribute("aria-expanded") === "true",
			}));
	}

	/** `[label, count]` of the drawn groups at one depth (0 = top level). */
	groupsAt(depth: number): [string, number][] {
		return this.groups()
			.filter((g) => g.depth === depth)
			.map((g) => [g.label, g.count]);
	}

	/** `[label, count]` of the groups drawn directly under the group with this label (its open sub-groups). */
	childGroupsOf(label: string): [string, number][] {
		const els = this.rowEls();
		const i = els.findIndex((el) => el.hasAttribute("data-group-id") && labelOf(el) === label);
		if (i < 0) throw new Error(`no group "${label}" drawn`);
		const depth = depthOf(els[i]);
		const out: [string, number][] = [];
		for (const el of els.slice(i + 1)) {
			if (depthOf(el) <= depth) break;
			if (depthOf(el) === depth + 1 && el.hasAttribute("data-group-id")) out.push([labelOf(el), Number(el.querySelector(".tree-item-flair")!.textContent)]);
		}
		return out;
	}

	/** The note paths drawn directly under the group with this label, in order. */
	notesOf(label: string): string[] {
		const els = this.rowEls();
		const i = els.findIndex((el) => el.hasAttribute("data-group-id") && labelOf(el) === label);
		if (i < 0) throw new Error(`no group "${label}" drawn`);
		const depth = depthOf(els[i]);
		const out: string[] = [];
		for (const el of els.slice(i + 1)) {
			if (depthOf(el) <= depth) break;
			if (depthOf(el) === depth + 1 && el.hasAttribute("data-path")) out.push(el.getAttribute("data-path")!);
		}
		return out;
	}

	/** The row of the first group with this label (the title element a user clicks). */
	group(label: string): HTMLElement {
		const el = this.rowEls().find((r) => r.hasAttribute("data-group-id") && labelOf(r) === label);
		if (!el) throw new Error(`no group "${label}" drawn (have: ${this.groups().map((g) => g.label).join(", ")})`);
		return el;
	}

	groupById(id: string): HTMLElement | null {
		return this.rowEls().find((r) => r.getAttribute("data-group-id") === id) ?? null;
	}

	/** The first row drawn for a note path, or null. */
	note(path: string): HTMLElement | null {
		return this.rowEls().find((r) => r.getAttribute("data-path") === path) ?? null;
	}

	/** The title a note row shows. */
	titleOf(path: string): string | null {
		return this.note(path)?.querySelector(".tree-item-inner")?.textContent ?? null;
	}

	/** Clicks a row's title (groups toggle, notes open). */
	click(row: HTMLElement, evt: MouseEvent = new MouseEvent("click", { bubbles: true, cancelable: true })): void {
		row.querySelector(".tree-item-self")!.dispatchEvent(evt);
	}

	/** Opens the groups with these labels, outer first, by clicking them. */
	expand(...labels: string[]): void {
		for (const label of labels) {
			const row = this.group(label);
			if (row.getAttribute("aria-expanded") !== "true") this.click(row);
		}
	}

	/** Presses a key in the tree. */
	key(key: string, init: KeyboardEventInit = {}): KeyboardEvent {
		const evt = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init });
		this.scroller.dispatchEvent(evt);
		return evt;
	}

	/** The index (data-index) of the selected row, or -1. */
	selectedIndex(): number {
		const el = this.root.querySelector('[aria-selected="true"]');
		return el ? Number(el.getAttribute("data-index")) : -1;
	}

	selectedRow(): HTMLElement | null {
		return this.root.querySelector<HTMLElement>('[aria-selected="true"]');
	}

	get filterInput(): HTMLInputElement {
		return this.root.querySelector<HTMLInputElement>(".article-desk-filter input")!;
	}

	/** Types into the filter box (replacing what was there). */
	filter(text: string): void {
		this.filterInput.value = text;
		this.filterInput.dispatchEvent(new Event("input", { bubbles: true }));
	}

	/** The message shown instead of rows ("" when hidden). */
	message(): string {
		const el = this.root.querySelector<HTMLElement>(".article-desk-message")!;
		return el.hasClass("is-hidden") ? "" : el.querySelector("span")!.textContent;
	}

	/** The "Clear filter" button when it is shown, else null. */
	clearFilterButton(): HTMLButtonElement | null {
		const button = Array.from(this.root.querySelectorAll<HTMLButtonElement>(".article-desk-message button")).find((b) => b.textContent === "Clear filter");
		return button && !button.hasClass("is-hidden") ? button : null;
	}

	/** The article count in the header. */
	count(): string {
		return this.root.querySelector(".article-desk-count")!.textContent;
	}

	/** A header button by its aria-label. */
	headerButton(label: string): HTMLElement {
		const el = this.root.querySelector<HTMLElement>(`.article-desk-header [aria-label="${label}"]`);
		if (!el) throw new Error(`no header button "${label}"`);
		return el;
	}

	/** Lays the scroller out as a browser would: a fixed visible height (jsdom has no layout). */
	setViewportHeight(px: number): void {
		Object.defineProperty(this.scroller, "clientHeight", { configurable: true, get: () => px });
	}

	/** Scrolls the tree and fires the scroll event. */
	scrollTo(top: number): void {
		this.scroller.scrollTop = top;
		this.scroller.dispatchEvent(new Event("scroll"));
	}
}

function labelOf(el: Element): string {
	return el.querySelector(".tree-item-inner")?.textContent ?? "";
}

function depthOf(el: Element): number {
	return Number(el.getAttribute("aria-level")) - 1;
}

/** The example vault's note paths by a short name, so tables stay readable. */
export const NOTE = {
	coldCalls: "Articles/Cold calls are warm if you do the homework.md",
	followUp: "Articles/Follow up like a professional.md",
	desperation: "Articles/Nobody buys your desperation.md",
	price: "Articles/Price is never the real objection.md",
	rejection: "Articles/Rejection is data.md",
	apologising: "Articles/Stop apologising for your price.md",
	discovery: "Articles/The discovery call is not an interview.md",
	morning: "Articles/The five-minute morning review.md",
	goodEgg: "Articles/The good-egg problem.md",
	pipeline: "Articles/Your pipeline is a calendar, not a wish list.md",
	askOrder: "Drafts/Ask for the order.md",
	coach: "Drafts/Coach the person, not the script.md",
	listening: "Drafts/Listening is a closing skill.md",
	maybe: "Drafts/Maybe is the most expensive word.md",
	secondMeeting: "Drafts/The second meeting matters more.md",
	referrals: "Drafts/What 2024 taught me about referrals.md",
	busy: "Imported/Busy is not the same as productive.md",
	handshake: "Imported/The handshake before the handshake.md",
	bestProspects: "Imported/Why your best prospects say no.md",
	writeItDown: "Imported/Write it down or it did not happen.md",
} as const;
