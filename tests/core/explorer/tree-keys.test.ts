/** @jest-environment node */
import { parentIndex, treeKeyAction, type TreeAction } from "../../../src/core/explorer/tree-keys";
import type { GroupNode, Row } from "../../../src/core/explorer/types";

function group(id: string, depth: number, expanded: boolean): Row {
	const node: GroupNode = { id, kind: "tag", key: id, label: id, count: 1, depth, hasChildren: true };
	return { type: "group", group: node, expanded };
}

function note(path: string, depth: number, parentId: string): Row {
	return { type: "note", path, depth, parentId };
}

/**
 * The tree the tables walk:
 *   0 ▾ a             (expanded)
 *   1   ▸ a/x         (collapsed)
 *   2     a1.md
 *   3 ▾ b             (expanded, but nothing under it)
 *   4 ▾ c             (expanded)
 *   5     c1.md
 *   6 ▸ d             (collapsed)
 */
const ROWS: Row[] = [
	group("a", 0, true),
	group("a/x", 1, false),
	note("a1.md", 1, "a"),
	group("b", 0, true),
	group("c", 0, true),
	note("c1.md", 1, "c"),
	group("d", 0, false),
];

describe("treeKeyAction", () => {
	it.each<[string, number, TreeAction]>([
		["ArrowDown", -1, { kind: "select", index: 0 }],
		["ArrowDown", 0, { kind: "select", index: 1 }],
		["ArrowDown", 6, { kind: "select", index: 6 }],
		["ArrowDown", 99, { kind: "select", index: 0 }],
		["ArrowUp", -1, { kind: "select", index: 0 }],
		["ArrowUp", 0, { kind: "select", index: 0 }],
		["ArrowUp", 3, { kind: "select", index: 2 }],
		["Home", 5, { kind: "select", index: 0 }],
		["End", 0, { kind: "select", index: 6 }],
		// Right: a collapsed group opens; an open group steps into its first child; a note or an empty group does nothing.
		["ArrowRight", 1, { kind: "expand", id: "a/x" }],
		["ArrowRight", 6, { kind: "expand", id: "d" }],
		["ArrowRight", 0, { kind: "select", index: 1 }],
		["ArrowRight", 3, { kind: "none" }],
		["ArrowRight", 2, { kind: "none" }],
		["ArrowRight", -1, { kind: "none" }],
		// Left: an open group closes; anything else steps up to its parent group; a top-level closed group stays.
		["ArrowLeft", 0, { kind: "collapse", id: "a", select: 0 }],
		["ArrowLeft", 2, { kind: "select", index: 0 }],
		["ArrowLeft", 1, { kind: "select", index: 0 }],
		["ArrowLeft", 5, { kind: "select", index: 4 }],
		["ArrowLeft", 6, { kind: "none" }],
		["ArrowLeft", -1, { kind: "none" }],
		// Enter and Space: open a note, toggle a group.
		["Enter", 2, { kind: "open", path: "a1.md" }],
		[" ", 5, { kind: "open", path: "c1.md" }],
		["Enter", 1, { kind: "toggle", id: "a/x" }],
		["Enter", 0, { kind: "toggle", id: "a" }],
		["Enter", -1, { kind: "none" }],
		["a", 0, { kind: "none" }],
		["Tab", 0, { kind: "none" }],
	])("%j with row %i selected → %j", (key, selected, expected) => {
		expect(treeKeyAction(ROWS, selected, key)).toEqual(expected);
	});

	it.each<[string, number, number, TreeAction]>([
		["PageDown", 0, 3, { kind: "select", index: 3 }],
		["PageDown", 5, 3, { kind: "select", index: 6 }],
		["PageDown", -1, 3, { kind: "select", index: 0 }],
		["PageUp", 5, 3, { kind: "select", index: 2 }],
		["PageUp", 1, 3, { kind: "select", index: 0 }],
		["PageUp", -1, 3, { kind: "select", index: 0 }],
	])("%j from row %i with pages of %i rows → %j", (key, selected, page, expected) => {
		expect(treeKeyAction(ROWS, selected, key, page)).toEqual(expected);
	});

	it.each(["ArrowDown", "ArrowUp", "Home", "End", "ArrowRight", "ArrowLeft", "Enter", " "])(
		"%j gives the same action on a virtual row list as on the array, in at most one pass over it",
		(key) => {
			for (let selected = -1; selected < ROWS.length; selected++) {
				const asked: number[] = [];
				const virtual = {
					length: ROWS.length,
					row: (i: number) => {
						asked.push(i);
						return ROWS[i];
					},
				};
				expect(treeKeyAction(virtual, selected, key)).toEqual(treeKeyAction(ROWS, selected, key));
				expect(asked.every((i) => i >= 0 && i < ROWS.length)).toBe(true);
				expect(asked.length).toBeLessThanOrEqual(ROWS.length + 1); // at most one pass (plus the selected row)
			}
		},
	);

	it.each(["ArrowDown", "ArrowUp", "Home", "End", "ArrowRight", "ArrowLeft", "Enter", " "])("%j does nothing in an empty tree", (key) => {
		expect(treeKeyAction([], -1, key)).toEqual({ kind: "none" });
	});
});

describe("parentIndex", () => {
	it.each<[number, number]>([
		[0, -1],
		[1, 0],
		[2, 0],
		[3, -1],
		[5, 4],
		[6, -1],
	])("row %i → %i", (index, expected) => {
		expect(parentIndex(ROWS, index)).toBe(expected);
	});

	it("skips deeper rows and siblings on the way up", () => {
		const rows: Row[] = [group("s", 0, true), group("s/o", 1, true), note("p.md", 2, "s/o"), note("q.md", 1, "s")];
		expect(parentIndex(rows, 3)).toBe(0);
		expect(parentIndex(rows, 2)).toBe(1);
	});
});
