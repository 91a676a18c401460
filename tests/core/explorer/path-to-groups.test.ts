/** @jest-environment node */
import type { ExplorerModel } from "../../../src/core/explorer/explorer-model";
import type { ExplorerOptions } from "../../../src/core/explorer/types";
import { ALL_SHAPES, modelOf, SAMPLE } from "./fixtures";

describe("pathToGroups", () => {
	it.each<[Partial<ExplorerOptions>, string, string[]]>([
		[{ mode: "tag" }, "b.md", ["tag:sales", "tag:sales/objections"]],
		[{ mode: "tag" }, "c.md", ["tag:sales", "tag:sales/objections", "tag:sales/objections/price"]],
		[{ mode: "tag" }, "g.md", ["none:untagged"]],
		[{ mode: "tag", nestedTags: false }, "c.md", ["tag:sales/objections/price"]],
		[{ mode: "type" }, "d.md", ["none:notype"]],
		[{ mode: "type-tag" }, "b.md", ["type:post", "type:post>tag:sales", "type:post>tag:sales/objections"]],
		[{ mode: "type-tag" }, "g.md", ["none:notype", "none:notype>none:untagged"]],
		[
			{ mode: "tag-type", parentListsChildNotes: true },
			"c.md",
			[
				"tag:sales",
				"tag:sales>type:newsletter",
				"tag:sales/objections",
				"tag:sales/objections>type:newsletter",
				"tag:sales/objections/price",
				"tag:sales/objections/price>type:newsletter",
			],
		],
		[
			{ mode: "tag-type", parentListsChildNotes: false },
			"c.md",
			["tag:sales", "tag:sales/objections", "tag:sales/objections/price", "tag:sales/objections/price>type:newsletter"],
		],
		[{ mode: "tag-type" }, "e.md", ["none:untagged", "none:untagged>type:post"]],
		[{ mode: "date" }, "a.md", ["date:2025", "date:2025-03"]],
		[{ mode: "date" }, "e.md", ["none:nodate"]],
		[{ mode: "tag" }, "missing.md", []],
	])("%j %s", (o, path, expected) => {
		expect(modelOf(o).pathToGroups(path)).toEqual(expected);
	});

	it("lists both types of a two-type note", () => {
		expect(modelOf({ mode: "type" }).pathToGroups("h.md").sort()).toEqual(["type:newsletter", "type:post"]);
	});

	it("is empty for a note the filter hides", () => {
		const m = modelOf();
		m.setFilter("#marketing");
		expect(m.pathToGroups("a.md")).toEqual([]);
		expect(m.pathToGroups("d.md")).toEqual(["tag:marketing"]);
	});
});

/** Walks the whole tree; for each group, the distinct paths listed in it or anywhere below it. */
function subtreePaths(m: ExplorerModel): Map<string, Set<string>> {
	const out = new Map<string, Set<string>>();
	const visit = (id: string): Set<string> => {
		const paths = new Set(m.notesOf(id));
		for (const child of m.childGroups(id)) for (const p of visit(child.id)) paths.add(p);
		out.set(id, paths);
		return paths;
	};
	for (const g of m.topGroups()) visit(g.id);
	return out;
}

/** Every group node in tree order. */
function allNodes(m: ExplorerModel) {
	const out: ReturnType<ExplorerModel["topGroups"]> = [];
	const visit = (nodes: typeof out): void => {
		for (const n of nodes) {
			out.push(n);
			visit(m.childGroups(n.id));
		}
	};
	visit(m.topGroups());
	return out;
}

describe.each(["", "type:post", "#sales", "-#sales eta"])("tree invariants with filter %j", (filter) => {
	it.each(ALL_SHAPES.map((o) => [`${o.mode} nested=${o.nestedTags} parentLists=${o.parentListsChildNotes}`, o] as const))(
		"%s",
		(_name, o) => {
			const m = modelOf(o);
			m.setFilter(filter);
			const subtree = subtreePaths(m);
			const nodes = allNodes(m);
			for (const n of nodes) {
				// a group's count is the number of distinct notes listed in it and below it, never zero
				expect([n.id, n.count]).toEqual([n.id, subtree.get(n.id)!.size]);
				expect(n.count).toBeGreaterThan(0);
				expect([n.id, n.hasChildren]).toEqual([n.id, m.childGroups(n.id).length > 0]);
			}
			expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length); // ids are unique
			// every matching note is somewhere, and pathToGroups names exactly the groups that hold it
			const shown = new Set(nodes.flatMap((n) => [...subtree.get(n.id)!]));
			expect(shown.size).toBe(m.noteCount);
			for (const a of SAMPLE) {
				const holding = nodes.filter((n) => subtree.get(n.id)!.has(a.path)).map((n) => n.id);
				const named = m.pathToGroups(a.path);
				expect([a.path, [...named].sort()]).toEqual([a.path, holding.sort()]);
				// outer groups come before the groups inside them
				for (const [i, id] of named.entries()) {
					const depth = nodes.find((n) => n.id === id)!.depth;
					if (depth > 0) expect(named.slice(0, i).some((p) => nodes.find((n) => n.id === p)!.depth === depth - 1)).toBe(true);
				}
			}
		},
	);
});
