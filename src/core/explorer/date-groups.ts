import type { ArticleIndex } from "../articles/article-index";
import type { GroupSpec } from "./group-builder";
import { branchSpec, groupNode, leafSpec, NO_DATE, topCatchAll } from "./group-ids";
import { cachedUpTo, pushTo } from "../maps";
import { monthLabel } from "./pub-date";
import { countIn } from "./set-ops";
import type { GroupKind, GroupNode } from "./types";
import type { Paths } from "../articles/path-set";

/**
 * Date mode's groups: years holding months (`March 2025`) in the level's `order` (newest first, or oldest first when
 * the notes are sorted old to new), then `No date`.
 */
export const dateGroups = (index: ArticleIndex, match: Paths | null, order: Order): GroupSpec[] => {
	const byYear = monthsByYear(index, null);
	const out: GroupSpec[] = [];
	for (const [year, months] of byYear) {
		const spec = yearSpec(index, match, year, months, order);
		if (spec) out.push(spec);
	}
	out.sort(order);
	const undated = undatedSpec(index, match);
	if (undated) out.push(undated);
	return out;
};

/** The one top-level group of date mode with this kind and key (a year, or `No date`), as `dateGroups` makes it. */
export const dateGroup = (index: ArticleIndex, match: Paths | null, order: Order, kind: GroupKind, key: string): GroupSpec | null => {
	if (kind === "none") return key === NO_DATE ? undatedSpec(index, match) : null;
	if (kind !== "date" || key.length !== 4) return null;
	const months = monthsByYear(index, key).get(key);
	return months ? yearSpec(index, match, key, months, order) : null;
};

/** The index's month keys by year (of one year only, when given). */
const monthsByYear = (index: ArticleIndex, only: string | null): Map<string, string[]> => {
	const byYear = new Map<string, string[]>();
	for (const m of index.monthKeys()) {
		const y = m.slice(0, 4);
		if (only === null || y === only) pushTo(byYear, y, m);
	}
	return byYear;
};

const yearSpec = (index: ArticleIndex, match: Paths | null, year: string, months: string[], order: Order): GroupSpec | null => {
	const monthSpecs: GroupSpec[] = [];
	for (const m of months) {
		const sets = [index.pathsInMonth(m)];
		const count = countIn(sets, match);
		if (count > 0) monthSpecs.push(leafSpec(dateNode(m, monthName(m), count, 1, false), sets, count));
	}
	if (monthSpecs.length === 0) return null;
	monthSpecs.sort(order);
	const total = monthSpecs.reduce((n, s) => n + s.node.count, 0);
	return branchSpec(
		dateNode(year, year, total, 0, true),
		() => monthSpecs,
		(kind, key) => (kind === "date" && monthSpecs.find((s) => s.node.key === key)) || null,
	);
};

const undatedSpec = (index: ArticleIndex, match: Paths | null): GroupSpec | null =>
	topCatchAll(NO_DATE, index.undated(), match);

/** Month labels by key: formatting a date is slow, and the top level is rebuilt after every edit in date mode. */
const monthLabels = new Map<string, string>();

const monthName = (key: string): string => cachedUpTo(monthLabels, 10_000, key, monthLabel);

const dateNode = (key: string, label: string, count: number, depth: number, hasChildren: boolean): GroupNode =>
	groupNode(`date:${key}`, "date", key, label, count, depth, hasChildren);

type Order = (a: GroupSpec, b: GroupSpec) => number;
