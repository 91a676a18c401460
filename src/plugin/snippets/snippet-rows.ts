/**
 * The modal's list of candidate lines: a checkbox, an editable text and the score per line. Rows are plain data;
 * the list is drawn once per change of the rows themselves (not per keystroke), and reports edits through one
 * delegated listener per event type, so redrawing never piles up listeners.
 */
import type { Component } from "obsidian";

import type { KeyLine } from "../../core/snippets/key-lines";
import { CSS_PREFIX } from "../css-prefix";
import { targetElement } from "../event-target";

/** One line the author can pick and edit. */
export interface SnippetRow {
	/** The text, as found, then as edited. */
	text: string;
	checked: boolean;
	/** Null for a selection (no score). */
	score: number | null;
	features: Record<string, number>;
	forced?: string;
	/** 1-based source line, or null for a selection. */
	line: number | null;
	/** Whether the text as it stands is already in the snippets note. */
	used: boolean;
}

/** The prefix of the classes of one line and one post (`-line`, `-check`, `-post`…), styled in styles.css. */
export const SNIPPET_CLASS = `${CSS_PREFIX}-snippet`;

/** How many of the ranked lines start checked. */
export const CHECKED_BY_DEFAULT = 3;

/** Rows for ranked key lines: the best three checked. */
export const rowsFromKeyLines = (lines: readonly KeyLine[]): SnippetRow[] => {
	// A key line already has a row's text, score, features, forced mark and line.
	return lines.map((k, i) => ({ ...k, checked: i < CHECKED_BY_DEFAULT, used: false }));
};

/** `setApart 0.90, contrast 0.60`, strongest first: what made a line score, for the hover text. */
export const featureSummary = (row: Pick<SnippetRow, "features" | "forced">): string => {
	const parts = Object.entries(row.features)
		.filter(([, value]) => value !== 0)
		.sort((a, b) => b[1] - a[1])
		.map(([name, value]) => `${name.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase()} ${value.toFixed(2)}`);
	const why = parts.length > 0 ? `Features: ${parts.join(", ")}` : "No scoring features";
	return row.forced ? `Marked by the author (${row.forced}). ${why}` : why;
};

/** Draws the rows into `el` (emptied first). */
export const renderRows = (el: HTMLElement, rows: readonly SnippetRow[]): void => {
	el.empty();
	rows.forEach((row, index) => {
		const item = el.createDiv({ cls: `${SNIPPET_CLASS}-line`, attr: { "data-row": String(index) } });
		const check = item.createEl("input", { type: "checkbox", cls: `${SNIPPET_CLASS}-check`, attr: { "aria-label": `Use line ${index + 1}` } });
		check.checked = row.checked;
		// `dir: auto`: a Hebrew or Arabic line reads right to left
		const text = item.createEl("textarea", { cls: `${SNIPPET_CLASS}-text`, attr: { rows: textRows(row.text), dir: "auto", "aria-label": `Text of line ${index + 1}` } });
		text.value = row.text;
		const meta = item.createDiv(`${SNIPPET_CLASS}-meta`);
		// a selection has no score, and no features to explain
		const score = row.score?.toFixed(2);
		const summary = featureSummary(row);
		meta.createSpan({ cls: `${SNIPPET_CLASS}-score`, text: score ?? "Selection", attr: score ? { "aria-label": `Score ${score}. ${summary}`, title: summary } : {} });
	});
	showUsed(el, rows);
};

/** Marks each drawn row used (already in the snippets note) or not, as its row says: its class and its badge. */
export const showUsed = (el: HTMLElement, rows: readonly SnippetRow[]): void => {
	rows.forEach((row, index) => {
		const item = el.children[index];
		if (!item || item.hasClass("is-used") === row.used) return;
		item.toggleClass("is-used", row.used);
		if (row.used) item.lastElementChild!.createSpan({ cls: `${SNIPPET_CLASS}-used`, text: "Used", attr: { title: "Already in the snippets note" } });
		else item.querySelector(`.${SNIPPET_CLASS}-used`)?.remove();
	});
};

/** Listens for checkbox and text edits in a row list drawn by `renderRows`; `onChange` runs after the row is updated. */
export const listenToRows = (owner: Component, el: HTMLElement, rows: () => SnippetRow[], onChange: () => void): void => {
	// `tag` names the field an event type edits: by tag, not `instanceof`, as in a popout window the element belongs to
	// that window's classes.
	const listen = (type: "change" | "input", tag: string, update: (row: SnippetRow, field: HTMLInputElement & HTMLTextAreaElement) => unknown) =>
		owner.registerDomEvent(el, type, (evt) => {
			const field = targetElement(evt) as (HTMLInputElement & HTMLTextAreaElement) | null;
			const index = Number(field?.closest("[data-row]")?.getAttribute("data-row"));
			const row = Number.isInteger(index) ? rows()[index] : undefined;
			if (!row || field?.tagName !== tag) return;
			update(row, field);
			onChange();
		});
	listen("change", "INPUT", (row, box) => (row.checked = box.checked));
	listen("input", "TEXTAREA", (row, text) => (row.text = text.value));
};

/**
 * Rows for a line where the box cannot fit its text itself (styles.css sizes it with `field-sizing: content` where the
 * app's browser can): about 100 characters a row, at most three.
 */
const textRows = (text: string): number => Math.min(3, Math.max(1, Math.ceil(text.length / 100)));
