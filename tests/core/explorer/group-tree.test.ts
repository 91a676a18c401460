/** @jest-environment node */
import { matchingPaths, parseFilter } from "../../../src/core/explorer/filter";
import type { GroupSpec } from "../../../src/core/explorer/group-builder";
import { GroupTree } from "../../../src/core/explorer/group-tree";
import { DEFAULT_EXPLORER_OPTIONS, type ExplorerOptions } from "../../../src/core/explorer/types";
import { art, indexOf, modelOf, SAMPLE } from "./fixtures";

const OPTS: ExplorerOptions = { ...DEFAULT_EXPLORER_OPTIONS };

/** A tree over the sample, built for the default options and no filter. */
function built() {
	const index = indexOf(SAMPLE);
	const tree = new GroupTree(index);
	tree.rebuild(OPTS, null, false);
	return { index, tree };
}

const ids = (specs: GroupSpec[]) => specs.map((s) => s.node.id);

describe("GroupTree", () => {
	it("builds levels as they are asked for, the same as the model shows them", () => {
		const { tree } = built();
		const model = modelOf();
		expect(ids(tree.top())).toEqual(model.topGroups().map((g) => g.id));
		expect(tree.top()).toBe(tree.top());
		const sales = tree.find("tag:sales")!;
		expect(ids(tree.children(sales))).toEqual(model.childGroups("tag:sales").map((g) => g.id));
		expect(tree.notes(sales)).toEqual(model.notesOf("tag:sales"));
		expect(tree.noteCount(sales)).toBe(tree.notes(sales).length);
	});

	it("finds a deep group by building its ancestors' sub-groups, and nothing for an unknown id", () => {
		const { tree } = built();
		expect(tree.find("tag:sales/objections/price")?.node.label).toBe("price");
		expect(tree.find("tag:nope/deeper")).toBeUndefined();
		expect(tree.children(undefined)).toEqual([]);
		expect(tree.notes(undefined)).toEqual([]);
	});

	it("puts a new note at its sorted place in the patched group", () => {
		const { index, tree } = built();
		tree.notes(tree.find("tag:sales")!);
		const now = art("n.md", { title: "New", tags: ["sales"], date: "2025-03-05" });
		index.upsert(now);
		expect(tree.patch([{ before: undefined, after: now, wasShown: false, isShown: true }], null)?.size).toBeGreaterThan(0);
		expect(tree.notes(tree.find("tag:sales")!)).toEqual(["a.md", "n.md", "b.md", "c.md"]);
	});

	it("narrows the lists already made when the matches only narrowed", () => {
		const { index, tree } = built();
		const wide = matchingPaths(index, parseFilter("a"));
		tree.rebuild(OPTS, wide, false);
		const salesWide = tree.notes(tree.find("tag:sales")!);
		const narrow = matchingPaths(index, parseFilter("alp"), wide);
		tree.rebuild(OPTS, narrow, true);
		const fresh = new GroupTree(index);
		fresh.rebuild(OPTS, narrow, false);
		expect(tree.notes(tree.find("tag:sales")!)).toEqual(fresh.notes(fresh.find("tag:sales")!));
		expect(tree.notes(tree.find("tag:sales")!).length).toBeLessThan(salesWide.length);
	});

	it("drops its sorted lists for new options, and sorts by them", () => {
		const { tree } = built();
		const byDate = tree.notes(tree.find("tag:sales")!);
		const opts = { ...OPTS, noteSort: "title" as const };
		tree.rebuild(opts, null, false);
		const byTitle = tree.notes(tree.find("tag:sales")!);
		expect(byTitle).toEqual(modelOf({ noteSort: "title" }).notesOf("tag:sales"));
		expect(byTitle).not.toEqual(byDate);
	});

	it("patches the built levels like a rebuild would make them, collecting the groups it made", () => {
		const { index, tree } = built();
		tree.children(tree.find("tag:sales")!);
		const old = index.get("g.md")!;
		const now = art("g.md", { title: "Eta", tags: ["sales/new"] });
		index.upsert(now);
		const made = new Set<GroupSpec>();
		const refs = tree.patch([{ before: old, after: now, wasShown: true, isShown: true }], made);
		expect(refs?.size).toBeGreaterThan(0);
		expect(ids([...made])).toEqual(expect.arrayContaining(["tag:sales", "tag:sales/new"]));
		const fresh = new GroupTree(index);
		fresh.rebuild(OPTS, null, false);
		expect(tree.top().map((s) => [s.node.id, s.node.count])).toEqual(fresh.top().map((s) => [s.node.id, s.node.count]));
		expect(ids(tree.children(tree.find("tag:sales")!))).toEqual(ids(fresh.children(fresh.find("tag:sales")!)));
	});

	it("patches nothing for a note the filter hides before and after", () => {
		const { index, tree } = built();
		tree.top();
		const old = index.get("g.md")!;
		const now = art("g.md", { title: "Eta 2", tags: ["sales"] });
		index.upsert(now);
		expect(tree.patch([{ before: old, after: now, wasShown: false, isShown: false }], null)?.size).toBe(0);
	});

	it("refuses to patch when an edit relabels a group it shows", () => {
		const { index, tree } = built();
		tree.top();
		const old = index.get("f.md")!;
		const now = art("f.md", { title: "Zeta", tags: ["TAG10", "tag2"], types: ["newsletter"], date: "2025-03-20", mtime: 2 });
		index.upsert(now);
		expect(index.tagLabel("tag10")).toBe("TAG10");
		expect(tree.patch([{ before: old, after: now, wasShown: true, isShown: true }], null)).toBeNull();
	});
});
