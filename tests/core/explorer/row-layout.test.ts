/** @jest-environment node */
import { allRows, ExplorerModel } from "../../../src/core/explorer/explorer-model";
import type { GroupSpec } from "../../../src/core/explorer/group-builder";
import { RowLayout, type LayoutSource } from "../../../src/core/explorer/row-layout";
import type { Row } from "../../../src/core/explorer/types";
import { ALL_SHAPES, art, indexOf, SAMPLE } from "./fixtures";

/** Every group id of the tree, so the fully expanded set can be built. */
function everyGroup(m: ExplorerModel): Set<string> {
	const all = new Set<string>();
	const walk = (ids: string[]): void => {
		for (const id of ids) {
			all.add(id);
			walk(m.childGroups(id).map((g) => g.id));
		}
	};
	walk(m.topGroups().map((g) => g.id));
	return all;
}

/**
 * Each row's place among its siblings (from 1) and their number, read off the flattened rows alone: a row's parent
 * is the nearest group row above it that is less deep, and its siblings are the rows with the same parent.
 */
function expectedSiblings(rows: readonly Row[]): [number, number][] {
	const depth = (r: Row) => (r.type === "group" ? r.group.depth : r.depth);
	const parents = rows.map((r, i) => {
		for (let j = i - 1; j >= 0; j--) if (rows[j].type === "group" && depth(rows[j]) < depth(r)) return j;
		return -1;
	});
	return rows.map((_r, i) => {
		const same = parents.flatMap((p, j) => (p === parents[i] ? [j] : []));
		return [same.indexOf(i) + 1, same.length];
	});
}

const shapes = ALL_SHAPES.map((o) => [`${o.mode}/${o.nestedTags}/${o.parentListsChildNotes}`, o] as const);

describe("windowed rows agree with the full list", () => {
	describe.each(["", "eta", "#sales", "type:post -#sales"])("filter %j", (filter) => {
		it.each(shapes)("%s", (_name, options) => {
			const m = new ExplorerModel(indexOf(SAMPLE), { ...options, problemsGroup: true });
			m.setFilter(filter);
			const all = everyGroup(m);
			const top = new Set(m.topGroups().map((g) => g.id).slice(0, 2));
			for (const expanded of [new Set<string>(), top, all]) {
				const rows = allRows(m, expanded);
				expect(m.rowCount(expanded)).toBe(rows.length);
				for (let start = -1; start <= rows.length; start++) {
					for (const size of [1, 3, 40]) expect(m.rowsInRange(expanded, start, start + size)).toEqual(rows.slice(Math.max(0, start), Math.max(0, start + size)));
				}
				rows.forEach((row, i) => expect(m.rowIndex(expanded, row)).toBe(i));
				const sets: [number, number][] = [];
				m.rowsInRange(expanded, -2, rows.length + 3, sets);
				expect(sets).toEqual(expectedSiblings(rows));
				sets.length = 0;
				m.rowsInRange(expanded, 1, 3, sets);
				expect(sets).toEqual(expectedSiblings(rows).slice(1, 3));
				for (const a of SAMPLE) {
					expect(m.noteRowIndex(expanded, a.path)).toBe(rows.findIndex((r) => r.type === "note" && r.path === a.path));
				}
			}
		});
	});

	it("finds no index for a row that is not shown", () => {
		const m = new ExplorerModel(indexOf(SAMPLE), ALL_SHAPES[0]);
		const gone: Row = { type: "note", path: "a.md", depth: 1, parentId: "tag:marketing" };
		expect(m.rowIndex(new Set(["tag:marketing"]), gone)).toBe(-1);
		expect(m.rowIndex(new Set(), { type: "note", path: "a.md", depth: 1, parentId: "tag:sales" })).toBe(-1);
		expect(m.noteRowIndex(new Set(), "a.md")).toBe(-1);
	});

	it.each(shapes)("after edits, a window of a live model equals the same window of a fresh one (%s)", (_name, options) => {
		const index = indexOf(SAMPLE);
		const live = new ExplorerModel(index, options);
		const expanded = everyGroup(live);
		allRows(live, expanded);
		index.upsert(art("a.md", { title: "Alpha", tags: ["marketing"], types: ["newsletter"], date: "2022-02-02" }));
		index.remove("h.md");
		index.upsert(art("n.md", { title: "Aaa", tags: ["sales/objections"], date: "2025-03-11" }));
		const fresh = new ExplorerModel(indexOf([...index.articles()]), options);
		const rows = allRows(fresh, expanded);
		expect(live.rowCount(expanded)).toBe(rows.length);
		for (let start = 0; start < rows.length; start += 2) expect(live.rowsInRange(expanded, start, start + 3)).toEqual(rows.slice(start, start + 3));
		const sets: [number, number][] = [];
		live.rowsInRange(expanded, 0, rows.length, sets);
		expect(sets).toEqual(expectedSiblings(rows));
	});
});

describe("typing on narrows the lists already made", () => {
	it.each(shapes)("gives what a fresh model gives, also after an edit (%s)", (_name, options) => {
		const index = indexOf(SAMPLE);
		const live = new ExplorerModel(index, options);
		const fresh = (filter: string) => {
			const m = new ExplorerModel(indexOf([...index.articles()]), options);
			m.setFilter(filter);
			return m;
		};
		const expanded = everyGroup(live);
		for (const filter of ["e", "et", "eta"]) {
			live.setFilter(filter);
			expect(allRows(live, expanded)).toEqual(allRows(fresh(filter), expanded));
		}
		index.upsert(art("n.md", { title: "Beta prime", tags: ["sales"], types: ["post"], date: "2025-03-05" }));
		index.upsert(art("g.md", { title: "Eta", tags: ["marketing"] }));
		expect(allRows(live, expanded)).toEqual(allRows(fresh("eta"), expanded));
	});
});

describe("groups kept across edits", () => {
	it("relabels a kept group when an edit changes which casing comes first", () => {
		// `Sales` is the first casing seen; once its note drops the tag, the group takes the next note's `sales`
		const index = indexOf([art("x.md", { tags: ["Sales"], types: ["post"] }), art("y.md", { tags: ["sales"], types: ["note"] })]);
		const m = new ExplorerModel(index, { ...ALL_SHAPES[0], mode: "type-tag" });
		const expanded = new Set(["type:note", "type:post"]);
		expect(allRows(m, expanded).flatMap((r) => (r.type === "group" && r.group.kind === "tag" ? [r.group.label] : []))).toEqual(["Sales", "Sales"]);
		index.upsert(art("x.md", { tags: [], types: ["post"] }));
		expect(allRows(m, expanded).flatMap((r) => (r.type === "group" && r.group.kind === "tag" ? [r.group.label] : []))).toEqual(["sales"]);
	});

	it("notices a rename that replaced another note (the index does not report the note it displaced)", () => {
		const index = indexOf([art("p.md", { tags: ["c"] }), art("r.md", { tags: ["c"] }), art("q.md", { tags: ["b"] })]);
		const m = new ExplorerModel(index, ALL_SHAPES[0]);
		const expanded = new Set(["tag:c"]);
		const notes = () => allRows(m, expanded).flatMap((r) => (r.type === "note" ? [`${r.path}@${r.parentId}`] : []));
		expect(notes()).toEqual(["p.md@tag:c", "r.md@tag:c"]);
		index.rename("q.md", art("p.md", { tags: ["b"] }));
		expect(notes()).toEqual(["r.md@tag:c"]);
		expect(m.topGroups().map((g) => [g.id, g.count])).toEqual([
			["tag:b", 1],
			["tag:c", 1],
		]);
	});
});

describe("a layout laid out from the previous one", () => {
	const spec = (id: string, listed: number, kids: GroupSpec[] = []): GroupSpec => ({
		node: { id, kind: "tag", key: id, label: id, count: listed, depth: id.split("/").length - 1, hasChildren: kids.length > 0 },
		list: [],
		listed,
		children: () => kids,
		child: () => null,
	});
	const source: LayoutSource = {
		children: (s) => s.children(),
		noteCount: (s) => s.listed,
		notes: (s) => Array.from({ length: s.listed }, (_, i) => `${s.node.id}-${i}.md`),
	};

	it("copies the groups not made anew (same row objects) and walks the others, as a fresh layout would", () => {
		const inner = spec("b/x", 2);
		const [a, b, c] = [spec("a", 3), spec("b", 1, [inner]), spec("c", 2)];
		const expanded = new Set(["a", "b", "b/x", "c"]);
		const old = new RowLayout([a, b, c], expanded, source);
		const oldRows = old.rowsInRange(0, old.rowCount);
		// b's count grew and a new group d came in: both made anew; a, c and b's sub-group kept
		const b2 = spec("b", 4, [inner, spec("b/y", 1)]);
		const d = spec("d", 1);
		const top = [a, b2, c, d];
		const reused = new RowLayout(top, expanded, source, { old, remade: new Set([b2, d, b2.children()[1]]) });
		const fresh = new RowLayout(top, expanded, source);
		expect(reused.rowCount).toBe(fresh.rowCount);
		const rows = reused.rowsInRange(0, reused.rowCount);
		expect(rows).toEqual(fresh.rowsInRange(0, fresh.rowCount));
		expect(rows[0]).toBe(oldRows[0]);
		expect(rows.find((r) => r.type === "group" && r.group.id === "b/x")).toBe(oldRows.find((r) => r.type === "group" && r.group.id === "b/x"));
		expect(rows.find((r) => r.type === "group" && r.group.id === "b")).not.toBe(oldRows.find((r) => r.type === "group" && r.group.id === "b"));
		for (let i = 0; i < rows.length; i++) expect(reused.indexOf(rows[i])).toBe(i);
		// a copied row's place is read anew: `c` was third of three, and is third of four now that `d` came in
		const at = rows.findIndex((r) => r.type === "group" && r.group.id === "c");
		expect(rows[at]).toBe(oldRows.find((r) => r.type === "group" && r.group.id === "c"));
		expect(reused.siblings(at)).toEqual([3, 4]);
		expect(rows.map((_r, i) => reused.siblings(i))).toEqual(expectedSiblings(rows));
		// b/x's notes come after b's sub-groups: b2 lists b/x, b/y, then its 4 notes
		expect(rows.map((r, i) => (r.type === "note" && r.parentId === "b" ? reused.siblings(i) : null)).filter(Boolean)).toEqual([
			[3, 6],
			[4, 6],
			[5, 6],
			[6, 6],
		]);
	});
});
