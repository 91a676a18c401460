/** @jest-environment node */
import { NoteLists } from "../../../src/core/explorer/note-lists";
import { sortPaths } from "../../../src/core/explorer/note-order";
import { art, indexOf, SAMPLE } from "./fixtures";

const ORDER = { noteSort: "date", noteSortDesc: true } as const;

describe("NoteLists", () => {
	it("brings a list up to date after several versions it was not asked for, patching it from the change log", () => {
		const index = indexOf(SAMPLE);
		const lists = new NoteLists(index);
		const sets = () => [index.pathsUnderTag("sales")];
		lists.get("tag:sales", sets(), null, ORDER);
		index.upsert(art("a.md", { title: "Alpha", tags: ["sales"], date: "2020-01-01" }));
		index.upsert(art("n.md", { title: "New", tags: ["sales/x"], date: "2026-01-01" }));
		index.remove("b.md");
		index.rename("c.md", art("cc.md", { title: "Gamma", tags: ["sales/objections/price"], date: "2024-12-01" }));
		const got = lists.get("tag:sales", sets(), null, ORDER);
		expect(got).toEqual(sortPaths(index, sets()[0], ORDER));
	});

	it("keeps the same array when no change touches the group", () => {
		const index = indexOf(SAMPLE);
		const lists = new NoteLists(index);
		const first = lists.get("tag:marketing", [index.pathsUnderTag("marketing")], null, ORDER);
		index.upsert(art("z.md", { title: "Z", tags: ["other"] }));
		index.upsert(art("y.md", { title: "Y", tags: ["other"] }));
		expect(lists.get("tag:marketing", [index.pathsUnderTag("marketing")], null, ORDER)).toBe(first);
	});

	it("checks a list against the index when the log does not reach back (unsubscribed)", () => {
		const index = indexOf(SAMPLE);
		const lists = new NoteLists(index);
		lists.get("tag:sales", [index.pathsUnderTag("sales")], null, ORDER);
		lists.dispose();
		index.remove("a.md");
		index.upsert(art("n.md", { title: "New", tags: ["sales"], date: "2026-01-01" }));
		expect(lists.get("tag:sales", [index.pathsUnderTag("sales")], null, ORDER)).toEqual(sortPaths(index, index.pathsUnderTag("sales"), ORDER));
	});

	it("forgets its lists on clear, and narrows a list by the filter's matches", () => {
		const index = indexOf(SAMPLE);
		const lists = new NoteLists(index);
		const all = lists.get("g", [index.pathsUnderTag("sales")], null, ORDER);
		expect(lists.get("g", [index.pathsUnderTag("sales")], new Set(["b.md", "c.md"]), ORDER)).toEqual(all.filter((p) => p === "b.md" || p === "c.md"));
		lists.clear();
		expect(lists.get("g", [index.pathsWithTag("marketing")], null, ORDER)).toEqual(sortPaths(index, index.pathsWithTag("marketing"), ORDER));
	});
});
