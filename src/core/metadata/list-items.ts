import type { Block } from "./block-tree";
import type { LineIndex } from "./line-index";
import type { ListItemCache, Pos } from "./types";

/**
 * Obsidian's `listItems`: every item at any depth, in document order. Its positions differ from the list
 * section's: an item with a sub-list ends before that sub-list, and an item followed by blank lines and a sibling
 * ends on the last blank line (both as the captures show).
 */
export function listItemCaches(index: LineIndex, items: Block[]): ListItemCache[] {
	return items.map((item) => {
		const entry: ListItemCache = { parent: listParent(item), position: itemPosition(index, item) };
		if (item.task !== undefined) entry.task = item.task;
		if (item.id) entry.id = item.id;
		return entry;
	});
}

/** The line of the enclosing list item, or minus the first line of a root list (and -1, never -0, for line 0). */
function listParent(item: Block): number {
	for (let b = item.parent?.parent ?? null; b; b = b.parent) {
		if (b.type === "item") return b.startLine;
	}
	const list = item.parent as Block;
	return list.startLine === 0 ? -1 : -list.startLine;
}

/** Where Obsidian says an item is (also the position of its block id). */
export function itemPosition(index: LineIndex, item: Block): Pos {
	let endLine = item.endLine;
	let endCol = item.endCol;
	const firstList = item.children.findIndex((c) => c.type === "list");
	if (firstList !== -1) {
		endLine = item.startLine;
		endCol = index.trimmedEnd(item.startLine);
		for (let k = 0; k < firstList; k++) {
			const c = item.children[k];
			if (c.endLine > endLine || (c.endLine === endLine && c.endCol > endCol)) {
				endLine = c.endLine;
				endCol = c.endCol;
			}
		}
	} else {
		const siblings = item.parent ? item.parent.children : [];
		const next = siblings[siblings.indexOf(item) + 1];
		if (next && next.startLine > endLine + 1) {
			endLine = next.startLine - 1;
			endCol = index.lines[endLine].length;
		}
	}
	return index.pos(item.startLine, item.startCol, endLine, endCol);
}
