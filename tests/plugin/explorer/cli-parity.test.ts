// The view and the headless CLI must show the same groups, counts and order for the same vault (issue: headless parity).
import { resolve } from "node:path";

import { catalogFromNotes, exploreTree } from "../../../src/cli/explore";
import { readVault } from "../../../src/cli/read-vault";
import type { ExportedGroup } from "../../../src/core/explorer";
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
	const drawn = ex.ui.rowEls().map((el) => {
		const depth = Number(el.getAttribute("aria-level")) - 1;
		if (el.hasAttribute("data-group-id")) {
			const label = el.querySelector(".tree-item-inner")!.textContent;
			const count = el.querySelector(".tree-item-flair")!.textContent;
			return `${depth} group ${label} (${count})`;
		}
		return `${depth} note ${el.getAttribute("data-path")}`;
	});
	const cli = flattenExport(exploreTree(catalogFromNotes(disk.notes), mode).groups);
	expect(drawn.length).toBeGreaterThan(20);
	expect(drawn).toEqual(cli);
});
