// The view and the headless CLI must show the same groups, counts and order for the same vault (issue: headless parity).
// The view adds one group of its own on top, "Metadata problems"; the CLI reports the same notes as `problems` beside
// its tree. So the view's rows are compared with the CLI's tree once that group is taken out, and the group itself
// is compared with the CLI's `problems`: together they cover every row.
import { resolve } from "node:path";

import { catalogFromNotes, exploreTree } from "../../../src/cli/explore";
import { readVault } from "../../../src/cli/read-vault";
import { PROBLEMS_GROUP_ID, type ExportedGroup } from "../../../src/core/explorer";
import type { GroupMode } from "../../../src/core/settings";
import { openExplorer } from "./harness";

type Line = string;

function flattenExport(groups: ExportedGroup[], depth = 0, out: Line[] = []): Line[] {
	for (const g of groups) {
		out.push(`${depth} group ${g.label} (${g.count})`);
		flattenExport(g.children, depth + 1, out);
		for (const n of g.notes) out.push(`${depth + 1} note ${n.path}`);
	}
	return out;
}

const MODES: GroupMode[] = ["tag", "type", "type-tag", "tag-type", "date"];
const disk = readVault(resolve(__dirname, "../../../examples/vault"));

it.each(MODES)("mode %s: every row of the fully expanded view matches the CLI's tree, in order", async (mode) => {
	const ex = await openExplorer();
	await ex.plugin.updateSettings({ groupMode: mode });
	ex.ui.setViewportHeight(100_000);
	ex.ui.headerButton("Expand all").click();
	const els = ex.ui.rowEls();
	// The problems group is the first row; its notes are the depth-1 rows up to the next top-level group.
	expect(els[0].getAttribute("data-group-id")).toBe(PROBLEMS_GROUP_ID);
	const end = els.findIndex((el, i) => i > 0 && el.getAttribute("aria-level") === "1");
	const problemRows = els.slice(1, end);
	const drawn = els.slice(end).map((el) => {
		const depth = Number(el.getAttribute("aria-level")) - 1;
		if (el.hasAttribute("data-group-id")) {
			const label = el.querySelector(".tree-item-inner")!.textContent;
			const count = el.querySelector(".tree-item-flair")!.textContent;
			return `${depth} group ${label} (${count})`;
		}
		return `${depth} note ${el.getAttribute("data-path")}`;
	});
	const tree = exploreTree(catalogFromNotes(disk.notes), mode);
	const cli = flattenExport(tree.groups);
	expect(drawn.length).toBeGreaterThan(20);
	expect(drawn).toEqual(cli);

	const cliProblemPaths = [...new Set(tree.problems.map((p) => p.path))].sort();
	expect(problemRows.map((el) => el.getAttribute("data-path")).sort()).toEqual(cliProblemPaths);
	expect(els[0].querySelector(".tree-item-flair")!.textContent).toBe(String(cliProblemPaths.length));
	// Each problem row says, in one line, the first of the messages the CLI gives for that note.
	for (const el of problemRows) {
		const first = tree.problems.find((p) => p.path === el.getAttribute("data-path"))!;
		expect(el.querySelector(".article-desk-problem-text")!.textContent).toContain(first.message);
	}
});
