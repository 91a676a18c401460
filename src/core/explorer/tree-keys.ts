/** Keyboard navigation over the flattened tree, as the file explorer does it: pure, so every key is table-tested. */
import type { Row } from "./types";
import { isArray } from "../type-checks";

/**
 * Rows as the keys see them: an array, or a long virtual list that makes a row only when asked (the view's 100k-row
 * tree), so a key press never materialises the whole tree.
 */
export type RowList = readonly Row[] | { readonly length: number; row(index: number): Row | undefined };

const at = (rows: RowList, index: number): Row | undefined =>
	isArray(rows) ? (rows as readonly Row[])[index] : (rows as { row(index: number): Row | undefined }).row(index);

export type TreeAction =
	| { kind: "select"; index: number }
	| { kind: "expand"; id: string }
	| { kind: "collapse"; id: string; select: number }
	| { kind: "open"; path: string }
	| { kind: "toggle"; id: string }
	| { kind: "none" };

/** The answer for a key that does nothing here (shared: actions are only read). */
const NONE: TreeAction = Object.freeze({ kind: "none" });
const select = (index: number): TreeAction => ({ kind: "select", index });

/**
 * What a key does given the rows and the selected index (-1 when nothing is selected yet); `page` is how many rows
 * PageUp and PageDown move, a screenful less one.
 */
export const treeKeyAction = (rows: RowList, selected: number, key: string, page = 10): TreeAction => {
	if (rows.length === 0) return NONE;
	const current = selected >= 0 && selected < rows.length ? (at(rows, selected) ?? null) : null;
	switch (key) {
		case "ArrowDown":
		case "PageDown":
			return select(current ? Math.min(rows.length - 1, selected + (key === "PageDown" ? page : 1)) : 0);
		case "ArrowUp":
		case "PageUp":
			return select(current ? Math.max(0, selected - (key === "PageUp" ? page : 1)) : 0);
		case "Home":
			return select(0);
		case "End":
			return select(rows.length - 1);
		case "ArrowRight":
			if (!current || current.type !== "group") return NONE;
			if (!current.expanded) return { kind: "expand", id: current.group.id };
			return selected + 1 < rows.length && depthOf(at(rows, selected + 1) as Row) > current.group.depth ? select(selected + 1) : NONE;
		case "ArrowLeft": {
			if (!current) return NONE;
			if (current.type === "group" && current.expanded) return { kind: "collapse", id: current.group.id, select: selected };
			const parent = parentIndex(rows, selected);
			return parent >= 0 ? select(parent) : NONE;
		}
		case "Enter":
		case " ":
			if (!current) return NONE;
			return current.type === "note" ? { kind: "open", path: current.path } : { kind: "toggle", id: current.group.id };
		default:
			return NONE;
	}
};

/** How deep a row sits in the tree: its group's depth, or the note's. */
export const depthOf = (row: Row): number => row.type === "group" ? row.group.depth : row.depth;

/** Index of the nearest group row above `index` that is one level shallower (its parent), or -1. */
export const parentIndex = (rows: RowList, index: number): number => {
	const depth = depthOf(at(rows, index) as Row);
	for (let i = index - 1; i >= 0; i--) {
		const row = at(rows, i) as Row;
		if (row.type === "group" && row.group.depth < depth) return i;
	}
	return -1;
};
