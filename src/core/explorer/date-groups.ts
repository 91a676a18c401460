import type { ArticleIndex } from "../articles/article-index";
import type { GroupSpec } from "./group-builder";
import { catchAll, childId, NO_DATE } from "./group-ids";
import { compareRaw } from "./natural-order";
import { monthLabel } from "./pub-date";
import { countIn } from "./set-ops";
import type { GroupNode } from "./types";

/**
 * Date mode's groups: years (newest first) holding months (newest first, `March 2025`), then `No date`. `kept`
 * hands back groups kept from before an edit that cannot hold the edited notes, so they are not counted again.
 */
export function dateGroups(index: ArticleIndex, match: ReadonlySet<string> | null, kept: (id: string) => GroupSpec | undefined): GroupSpec[] {
	const byYear = new Map<string, string[]>();
	for (const m of index.monthKeys()) {
		const y = m.slice(0, 4);
		const list = byYear.get(y);
		if (list) list.push(m);
		else byYear.set(y, [m]);
	}
	const out: GroupSpec[] = [];
	for (const [year, months] of byYear) {
		const keptYear = kept(`date:${year}`);
		if (keptYear) {
			out.push(keptYear);
			continue;
		}
		const monthSpecs: GroupSpec[] = [];
		for (const m of months) {
			const keptMonth = kept(`date:${m}`);
			if (keptMonth) {
				monthSpecs.push(keptMonth);
				continue;
			}
			const sets = [index.pathsInMonth(m)];
			const count = countIn(sets, match);
			if (count > 0) monthSpecs.push({ node: dateNode(`date:${m}`, m, monthName(m), count, 1, false), list: sets, listed: count, children: () => [] });
		}
		if (monthSpecs.length === 0) continue;
		monthSpecs.sort(newestFirst);
		const total = monthSpecs.reduce((n, s) => n + s.node.count, 0);
		out.push({ node: dateNode(`date:${year}`, year, year, total, 0, true), list: null, listed: 0, children: () => monthSpecs });
	}
	out.sort(newestFirst);
	const undated = [index.undated()];
	const count = countIn(undated, match);
	if (count > 0) out.push({ node: catchAll(childId(null, "none", NO_DATE), NO_DATE, count, 0, false), list: undated, listed: count, children: () => [] });
	return out;
}

/** Month labels by key: formatting a date is slow, and the top level is rebuilt after every edit in date mode. */
const monthLabels = new Map<string, string>();

function monthName(key: string): string {
	let label = monthLabels.get(key);
	if (label === undefined) {
		if (monthLabels.size >= 10_000) monthLabels.clear();
		label = monthLabel(key);
		monthLabels.set(key, label);
	}
	return label;
}

function dateNode(id: string, key: string, label: string, count: number, depth: number, hasChildren: boolean): GroupNode {
	return { id, kind: "date", key, label, count, depth, hasChildren };
}

function newestFirst(a: GroupSpec, b: GroupSpec): number {
	return compareRaw(b.node.key, a.node.key);
}
