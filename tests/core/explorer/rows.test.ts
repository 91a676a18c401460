/** @jest-environment node */
import type { Row } from "../../../src/core/explorer/types";
import { allRows } from "../../../src/core/explorer/explorer-model";
import { modelOf } from "./fixtures";

/** A row as a short line: `group id (count) +/-` or `  note path @parent`, indented by depth. */
function lines(rows: Row[]): string[] {
	return rows.map((r) =>
		r.type === "group"
			? `${"  ".repeat(r.group.depth)}${r.expanded ? "-" : "+"} ${r.group.id} (${r.group.count})`
			: `${"  ".repeat(r.depth)}${r.path} @${r.parentId}`,
	);
}

describe("rows", () => {
	it.each<[string, string[], string[]]>([
		[
			"nothing expanded",
			[],
			["+ tag:marketing (2)", "+ tag:sales (3)", "+ tag:tag2 (1)", "+ tag:tag10 (1)", "+ none:untagged (2)"],
		],
		[
			"one group: sub-groups first, then its notes",
			["tag:sales"],
			[
				"+ tag:marketing (2)",
				"- tag:sales (3)",
				"  + tag:sales/objections (2)",
				"  a.md @tag:sales",
				"  b.md @tag:sales",
				"  c.md @tag:sales",
				"+ tag:tag2 (1)",
				"+ tag:tag10 (1)",
				"+ none:untagged (2)",
			],
		],
		[
			"nested expansion",
			["tag:sales", "tag:sales/objections", "none:untagged"],
			[
				"+ tag:marketing (2)",
				"- tag:sales (3)",
				"  - tag:sales/objections (2)",
				"    + tag:sales/objections/price (1)",
				"    b.md @tag:sales/objections",
				"    c.md @tag:sales/objections",
				"  a.md @tag:sales",
				"  b.md @tag:sales",
				"  c.md @tag:sales",
				"+ tag:tag2 (1)",
				"+ tag:tag10 (1)",
				"- none:untagged (2)",
				"  e.md @none:untagged", // both undated: by title, Epsilon before Eta
				"  g.md @none:untagged",
			],
		],
		[
			"a child expanded under a collapsed parent, and a stale id: both invisible",
			["tag:sales/objections", "tag:gone"],
			["+ tag:marketing (2)", "+ tag:sales (3)", "+ tag:tag2 (1)", "+ tag:tag10 (1)", "+ none:untagged (2)"],
		],
	])("%s", (_name, expanded, expected) => {
		expect(lines(allRows(modelOf(), new Set(expanded)))).toEqual(expected);
	});

	it("lists notes only at the inner level of two-level modes", () => {
		const m = modelOf({ mode: "type-tag" });
		expect(lines(allRows(m, new Set(["type:post", "type:post>tag:sales", "type:post>none:untagged"])))).toEqual([
			"+ type:newsletter (3)",
			"- type:post (4)",
			"  + type:post>tag:marketing (1)",
			"  - type:post>tag:sales (2)",
			"    + type:post>tag:sales/objections (1)", // b is a post tagged sales/objections
			"    a.md @type:post>tag:sales",
			"    b.md @type:post>tag:sales",
			"  - type:post>none:untagged (1)",
			"    e.md @type:post>none:untagged",
			"+ none:notype (2)",
		]);
	});

	it("caches by the expanded set's contents, not its identity", () => {
		const m = modelOf();
		// A group row is an object of the layout that made it: the same object means the same layout, reused.
		const top = (expanded: string[]) => allRows(m, new Set(expanded))[0];
		const first = top(["tag:sales"]);
		expect(top(["tag:sales"])).toBe(first);
		expect(top(["tag:marketing"])).not.toBe(first);
		m.setOptions({ noteSortDesc: true }); // no real change
		expect(top(["tag:marketing"])).toBe(top(["tag:marketing"]));
	});

	it("rebuilds on option changes and keeps ids stable, so the expanded set still applies", () => {
		const m = modelOf();
		const expanded = new Set(["tag:sales", "tag:sales/objections"]);
		const before = allRows(m, expanded);
		m.setOptions({ groupSort: "count", noteSort: "title", noteSortDesc: false });
		const after = allRows(m, expanded);
		expect(after).not.toBe(before);
		const openIds = (rows: Row[]) => rows.flatMap((r) => (r.type === "group" && r.expanded ? [r.group.id] : []));
		expect(openIds(after)).toEqual(["tag:sales", "tag:sales/objections"]);
		expect(after.filter((r) => r.type === "note" && r.parentId === "tag:sales").map((r) => (r.type === "note" ? r.path : ""))).toEqual([
			"a.md",
			"b.md",
			"c.md",
		]); // Alpha, Beta, Gamma
	});
});
