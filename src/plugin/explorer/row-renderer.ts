/** Draws one row of the explorer with the file explorer's own classes, so it looks native in every theme. */
import { setIcon } from "../obsidian-api";

import type { Article } from "../../core/articles/types";
import { formatPubDate, PROBLEMS_GROUP_ID } from "../../core/explorer";
import type { GroupMode, Row } from "../../core/explorer";
import { depthOf } from "../../core/explorer/tree-keys";
import type { ArticleDeskSettings } from "../../core/settings";
import { CSS_PREFIX } from "./explorer-host";

/** What every row of one drawn window shares: where articles are looked up, the open note, the display settings. */
export interface RowContext {
	articles: { get(path: string): Article | undefined };
	/** The note open in the active tab: marked `is-active`, as the file explorer marks it. */
	active: string | undefined;
	settings: Pick<ArticleDeskSettings, "groupMode" | "dateFormat" | "relativeDates">;
}

/** Type badges are shown only where the grouping does not already say the type. */
const showsTypeBadge = (mode: GroupMode): boolean => mode === "tag" || mode === "date";

/**
 * Creates the element for a row; `index` is its position in the flattened tree (for events and ARIA), `set` its
 * place among its siblings and their number (only the rows in view exist, so a screen reader is told them).
 */
export const renderRow = (parent: HTMLElement, row: Row, index: number, selected: boolean, ctx: RowContext, set: [number, number]): HTMLElement => {
	const depth = depthOf(row);
	const item = parent.createDiv({
		cls: `tree-item ${CSS_PREFIX}-row ${CSS_PREFIX}-depth-${Math.min(depth, 12)}`,
		attr: { role: "treeitem", "aria-level": depth + 1 },
	});
	placeRow(item, index, selected, set);
	// A group reads as the file explorer's folder, a note as its file: the same parts, named nav-folder or nav-file.
	const nav = row.type === "group" ? "nav-folder" : "nav-file";
	item.addClass(nav);
	const self = item.createDiv(`tree-item-self ${nav}-title is-clickable`);
	const title = (text: string) => self.createDiv({ cls: `tree-item-inner ${nav}-title-content`, text });
	if (row.type === "group") {
		const g = row.group;
		item.toggleClass("is-collapsed", !row.expanded);
		item.setAttrs({ "aria-expanded": String(row.expanded), "data-group-id": g.id });
		self.addClass("mod-collapsible");
		const icon = self.createDiv("tree-item-icon collapse-icon");
		setIcon(icon, "right-triangle");
		icon.toggleClass("is-collapsed", !row.expanded);
		title(g.label);
		if (g.kind === "none") self.addClass(`${CSS_PREFIX}-catch-all`);
		self.createDiv("tree-item-flair-outer").createSpan({ cls: "tree-item-flair", text: g.count.toLocaleString() });
		return item;
	}
	const article = ctx.articles.get(row.path);
	const problems = article?.problems ?? [];
	// Every problem, one a line: the label and tooltip of the warning icon and of the problem text.
	const all = problems.map((p) => p.message).join("\n");
	item.setAttr("data-path", row.path);
	self.addClass(`${CSS_PREFIX}-note`);
	self.setAttr("draggable", "true");
	// `is-active` marks the open note, as the file explorer marks it.
	if (row.path === ctx.active) self.addClass("is-active");
	title(article?.title ?? row.path);
	if (row.parentId === PROBLEMS_GROUP_ID && problems.length > 0) {
		// One line: the first message cut with an ellipsis by CSS (the row height is fixed), then how many more, which
		// is never cut; the full list is in the label and tooltip.
		const text = self.createDiv({ cls: `${CSS_PREFIX}-problem-text`, attr: { "aria-label": all } });
		text.createSpan({ text: problems[0].message });
		if (problems.length > 1) text.createSpan({ text: `+${problems.length - 1} more` });
	}
	const flair = self.createDiv(`tree-item-flair-outer ${CSS_PREFIX}-note-meta`);
	if (article && showsTypeBadge(ctx.settings.groupMode)) {
		for (const type of article.types.slice(0, 2)) flair.createSpan({ cls: `${CSS_PREFIX}-type-badge`, text: type });
	}
	if (article?.pubDate) {
		flair.createSpan({ cls: `${CSS_PREFIX}-date`, text: formatPubDate(article, ctx.settings) });
	}
	if (problems.length > 0) setIcon(flair.createSpan({ cls: `${CSS_PREFIX}-problem`, attr: { "aria-label": all } }), "alert-triangle");
	return item;
};

/** What a row's element depends on besides its content: its place in the tree and among its siblings, and selection. */
const placeRow = (item: HTMLElement, index: number, selected: boolean, set: [number, number]): void => {
	item.setAttrs({ id: `${CSS_PREFIX}-row-${index}`, "aria-posinset": set[0], "aria-setsize": set[1], "aria-selected": String(selected), "data-index": index });
	// The keyboard's place: a light fill, and a ring while the tree has focus.
	item.toggleClass("is-selected", selected);
};

/**
 * A drawn row: its element; the group node or article it shows (both are values: a changed one is a new object);
 * whether the group is open or the note active; and where it was placed (`placeRow`'s arguments).
 */
type Drawn = [el: HTMLElement, shows: unknown, state: boolean, place: string];

/**
 * The rows of the drawn window by identity, so a redraw (a scroll, a selection moved by a key, an edit) makes only
 * the rows that came into view or changed, and leaves the others in the DOM untouched: the browser then restyles
 * and lays out a few rows instead of every row in view.
 */
export class RowPool {
	#drawn = new Map<string, Drawn>();
	#context: unknown[] = [];

	/** Draws `rows` (the first at tree index `start`) in `parent` in order, reusing the elements still valid. */
	draw(parent: HTMLElement, rows: readonly Row[], start: number, selected: number, ctx: RowContext, sets: [number, number][]): void {
		// Settings change how every note row reads; relative dates ("3 days ago") change at midnight.
		const context = [ctx.settings, ctx.settings.relativeDates && new Date().toDateString()];
		if (context[0] !== this.#context[0] || context[1] !== this.#context[1]) {
			this.#context = context;
			this.#drawn.clear();
			parent.empty();
		}
		const old = this.#drawn;
		const next = (this.#drawn = new Map<string, Drawn>());
		const els: HTMLElement[] = [];
		rows.forEach((row, i) => {
			const index = start + i;
			const group = row.type === "group";
			// A note is listed once per group; a key met twice (a type with a line break) is drawn apart, never shared.
			let key = group ? `g${row.group.id}` : `n${row.parentId}\n${row.path}`;
			if (next.has(key)) key += `\u0000${i}`;
			const shows = group ? row.group : ctx.articles.get(row.path);
			const state = group ? row.expanded : row.path === ctx.active;
			const place = `${index} ${index === selected} ${sets[i][0]} ${sets[i][1]}`;
			let drawn = old.get(key);
			if (drawn && drawn[1] === shows && drawn[2] === state) {
				old.delete(key);
				if (drawn[3] !== place) placeRow(drawn[0], index, index === selected, sets[i]);
				drawn[3] = place;
			} else drawn = [renderRow(parent, row, index, index === selected, ctx, sets[i]), shows, state, place];
			next.set(key, drawn);
			els.push(drawn[0]);
		});
		for (const [el] of old.values()) el.remove();
		// Kept rows stay in their order, so only new ones move (made at the end, then put in their place).
		let at = parent.firstChild;
		for (const el of els) {
			if (el === at) at = el.nextSibling;
			else parent.insertBefore(el, at);
		}
	}
}
