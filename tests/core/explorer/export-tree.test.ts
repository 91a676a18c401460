/** @jest-environment node */
import { exportTree } from "../../../src/core/explorer/export-tree";
import { allRows, ExplorerModel } from "../../../src/core/explorer/explorer-model";
import { DEFAULT_EXPLORER_OPTIONS } from "../../../src/core/explorer/types";
import { art, indexOf, modelOf, SAMPLE } from "./fixtures";

describe("exportTree", () => {
	it("prints the CLI JSON shape: kinds, keys, labels, distinct counts, notes, nested children", () => {
		const tree = exportTree(modelOf());
		expect(tree.notes).toBe(8);
		expect(tree.groups.map((g) => [g.kind, g.key, g.label, g.count])).toEqual([
			["tag", "marketing", "marketing", 2],
			["tag", "sales", "sales", 3],
			["tag", "tag2", "tag2", 1],
			["tag", "tag10", "Tag10", 1],
			["none", "untagged", "Untagged", 2],
		]);
		expect(tree.groups[0]).toEqual({
			kind: "tag",
			key: "marketing",
			label: "marketing",
			count: 2,
			notes: [
				{ path: "d.md", title: "Delta", pubDate: "2025-01-15" },
				{ path: "h.md", title: "Theta", pubDate: "2023-07-04" },
			],
			children: [
				{
					kind: "tag",
					key: "marketing/email",
					label: "email",
					count: 1,
					notes: [{ path: "h.md", title: "Theta", pubDate: "2023-07-04" }],
					children: [],
				},
			],
		});
		expect(tree.groups[4].notes).toEqual([
			{ path: "e.md", title: "Epsilon", pubDate: null },
			{ path: "g.md", title: "Eta", pubDate: null },
		]);
		expect(tree.problems).toEqual([]);
		expect(JSON.parse(JSON.stringify(tree))).toEqual(tree);
	});

	it("labels catch-alls with kind none in every mode", () => {
		const kinds = (mode: "type" | "date" | "type-tag") =>
			exportTree(modelOf({ mode })).groups.filter((g) => g.kind === "none").map((g) => [g.key, g.label]);
		expect(kinds("type")).toEqual([["notype", "No type"]]);
		expect(kinds("date")).toEqual([["nodate", "No date"]]);
		expect(exportTree(modelOf({ mode: "type-tag" })).groups[1].children.at(-1)).toMatchObject({ kind: "none", key: "untagged", label: "Untagged" });
	});

	it("matches the view: same groups and order as a fully expanded allRows()", () => {
		const m = modelOf({ mode: "tag-type", groupSort: "count" });
		const tree = exportTree(m);
		const flat: string[] = [];
		const walk = (groups: typeof tree.groups, depth: number): void => {
			for (const g of groups) {
				flat.push(`${depth}:${g.kind}:${g.key}:${g.count}`);
				walk(g.children, depth + 1);
				for (const n of g.notes) flat.push(`${depth + 1}:${n.path}`);
			}
		};
		walk(tree.groups, 0);
		const everything = new Set<string>();
		for (let i = 0; i < 5; i++) for (const r of allRows(m, everything)) if (r.type === "group") everything.add(r.group.id);
		const viewed = allRows(m, everything).map((r) => (r.type === "group" ? `${r.group.depth}:${r.group.kind}:${r.group.key}:${r.group.count}` : `${r.depth}:${r.path}`));
		expect(flat).toEqual(viewed);
	});

	it("reports the index's problems by default (whole vault, sorted by path) or the ones given", () => {
		const bad = { code: "string-tags" as const, message: 'tags: "a, b" is one string' };
		const index = indexOf([art("z.md", { problems: [bad] }), art("a.md", { problems: [bad, { code: "bad-date", message: "x" }] }), ...SAMPLE.slice(2)]);
		const m = new ExplorerModel(index, DEFAULT_EXPLORER_OPTIONS);
		m.setFilter("gamma");
		const tree = exportTree(m);
		expect(tree.notes).toBe(1);
		expect(tree.problems).toEqual([
			{ path: "a.md", ...bad },
			{ path: "a.md", code: "bad-date", message: "x" },
			{ path: "z.md", ...bad },
		]);
		expect(exportTree(m, []).problems).toEqual([]);
	});
});

describe("tags with a leading slash", () => {
	// `/` nests what comes before it, so `#/b` is a tag of its own at the top, next to `#b`, in the index as in the
	// explorer: no unlabelled group above it (the index once filed it under an empty key the explorer never showed).
	const articles = [art("real.md", { tags: ["b"] }), art("lead.md", { tags: ["/b"] }), art("deep.md", { tags: ["/B/c"] })];

	it("files `/b` and `/b/c` under their own keys, with no empty key", () => {
		expect([...indexOf(articles).tagKeys()].sort()).toEqual(["/b", "/b/c", "b"]);
		expect(indexOf([articles[2]]).tagLabel("/b")).toBe("/B");
	});

	it("shows `/b` at the top with its child, every group counted from the notes it lists", () => {
		const tree = exportTree(modelOf({}, articles));
		expect(tree.groups.map((g) => [g.key, g.count, g.children.map((c) => c.key)])).toEqual([
			["/b", 2, ["/b/c"]],
			["b", 1, []],
		]);
	});
});
