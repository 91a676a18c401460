import type { GroupSpec } from "./group-builder";
import { PROBLEMS } from "./group-ids";
import { cached } from "../maps";
import { compareNames, compareRaw } from "./natural-order";
import type { ExplorerOptions, GroupNode } from "./types";

/** Where a group sorts within its level: `Metadata problems`, then tags or dates, then types, then the catch-all. */
const rank = (node: GroupNode): number => {
	if (node.kind === "none") return node.key === PROBLEMS ? 0 : 3;
	return node.kind === "type" ? 2 : 1;
};

const orders = new Map<string, (a: GroupSpec, b: GroupSpec) => number>();

/**
 * The order of the groups within any level, the one `top` and `children` sort by: a strict total order (keys are
 * unique within a level), so a group put back at its place by binary search lands where a fresh sort puts it.
 */
export const levelOrder = (o: Pick<ExplorerOptions, "groupSort" | "noteSort" | "noteSortDesc">): (a: GroupSpec, b: GroupSpec) => number => {
	// years and months run the way the notes do when they are sorted by date (old to new too), else newest first
	const sort = o.groupSort;
	const oldestFirst = o.noteSort === "date" && !o.noteSortDesc;
	return cached(orders, sort + oldestFirst, () => (x, y) => {
		const a = x.node;
		const b = y.node;
		const r = rank(a) - rank(b);
		if (r !== 0) return r;
		if (a.kind === "date" && b.kind === "date") return oldestFirst ? compareRaw(a.key, b.key) : compareRaw(b.key, a.key);
		return (sort === "count" ? b.count - a.count : 0) || compareNames(a.label, b.label) || compareRaw(a.key, b.key);
	});
};
