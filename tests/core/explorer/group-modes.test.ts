/** @jest-environment node */
import type { ExplorerOptions } from "../../../src/core/explorer/types";
import { art, idCounts, modelOf, short } from "./fixtures";

// Expected values below are worked out by hand from the SAMPLE table in fixtures.ts.

describe("tag mode, nested", () => {
	const m = modelOf({ mode: "tag" });

	it("lists root tags in natural name order, Untagged last, with distinct-note counts", () => {
		expect(idCounts(m.topGroups())).toEqual([
			["tag:marketing", 2],
			["tag:sales", 3], // a, b (tagged sales and sales/objections: once), c
			["tag:tag2", 1],
			["tag:tag10", 1],
			["none:untagged", 2],
		]);
	});

	it("labels nested tags by their last segment and keeps the first casing seen", () => {
		expect(m.childGroups("tag:sales/objections").map((g) => [g.label, g.depth])).toEqual([["price", 2]]);
		expect(m.topGroups().find((g) => g.key === "tag10")?.label).toBe("Tag10");
		expect(m.topGroups().find((g) => g.kind === "none")).toMatchObject({ key: "untagged", label: "Untagged" });
	});

	it.each<[string, [string, number][]]>([
		["tag:sales", [["tag:sales/objections", 2]]],
		["tag:sales/objections", [["tag:sales/objections/price", 1]]],
		["tag:sales/objections/price", []],
		["tag:marketing", [["tag:marketing/email", 1]]],
		["none:untagged", []],
		["tag:unknown", []],
	])("children of %s", (id, expected) => {
		expect(idCounts(m.childGroups(id))).toEqual(expected);
	});

	it("shows a root written with a leading slash, and a tag ending in a slash, whole", () => {
		// `#qa/` and `#/qa/lead` (QA notes of session 20): two roots both labelled "qa", and a child with no label
		const odd = modelOf({ mode: "tag" }, [art("x.md", { tags: ["qa/", "/qa/lead", "qa//dbl"] }), art("y.md", { tags: ["qa"] })]);
		expect(odd.topGroups().map((g) => [g.key, g.label])).toEqual([
			["/qa", "/qa"],
			["qa", "qa"],
		]);
		expect(odd.childGroups("tag:/qa").map((g) => g.label)).toEqual(["lead"]);
		expect(odd.childGroups("tag:qa").map((g) => [g.key, g.label])).toEqual([["qa/", "qa/"]]);
		expect(odd.childGroups("tag:qa/").map((g) => g.label)).toEqual(["dbl"]);
	});

	it("marks which groups have sub-groups", () => {
		expect(m.topGroups().map((g) => g.hasChildren)).toEqual([true, true, false, false, false]);
	});
});

describe("parentListsChildNotes", () => {
	it.each<[boolean, string, string[]]>([
		[true, "tag:sales", ["a", "b", "c"]],
		[true, "tag:sales/objections", ["b", "c"]],
		[true, "tag:marketing", ["d", "h"]],
		[false, "tag:sales", ["a", "b"]],
		[false, "tag:sales/objections", ["b"]],
		[false, "tag:sales/objections/price", ["c"]],
		[false, "tag:marketing", ["d"]],
	])("on=%s: %s lists %j", (on, id, expected) => {
		expect(short(modelOf({ parentListsChildNotes: on }).notesOf(id))).toEqual(expected);
	});

	it("does not change counts", () => {
		expect(idCounts(modelOf({ parentListsChildNotes: false }).topGroups())).toEqual(idCounts(modelOf().topGroups()));
	});
});

describe("flattened tags", () => {
	const m = modelOf({ nestedTags: false });

	it("makes every used tag a top-level group with its exact-tag notes", () => {
		expect(idCounts(m.topGroups())).toEqual([
			["tag:marketing", 1],
			["tag:marketing/email", 1],
			["tag:sales", 2],
			["tag:sales/objections", 1],
			["tag:sales/objections/price", 1],
			["tag:tag2", 1],
			["tag:tag10", 1],
			["none:untagged", 2],
		]);
		expect(m.topGroups()[1].label).toBe("marketing/email");
		expect(m.topGroups().every((g) => !g.hasChildren)).toBe(true);
		expect(short(m.notesOf("tag:sales"))).toEqual(["a", "b"]);
	});
});

describe("type mode", () => {
	const m = modelOf({ mode: "type" });

	it("groups by type, No type last; a note with two types is in both", () => {
		expect(idCounts(m.topGroups())).toEqual([
			["type:newsletter", 3],
			["type:post", 4],
			["none:notype", 2],
		]);
		expect(m.topGroups()[2].label).toBe("No type");
	});

	it("lists notes newest first, undated last", () => {
		expect(short(m.notesOf("type:post"))).toEqual(["a", "b", "h", "e"]);
		expect(short(m.notesOf("none:notype"))).toEqual(["d", "g"]);
	});
});

describe("type → tag", () => {
	const m = modelOf({ mode: "type-tag" });

	it("puts the tag tree of each type's notes under it, with Untagged", () => {
		expect(idCounts(m.topGroups())).toEqual([
			["type:newsletter", 3],
			["type:post", 4],
			["none:notype", 2],
		]);
		expect(idCounts(m.childGroups("type:post"))).toEqual([
			["type:post>tag:marketing", 1],
			["type:post>tag:sales", 2],
			["type:post>none:untagged", 1],
		]);
		expect(idCounts(m.childGroups("type:newsletter"))).toEqual([
			["type:newsletter>tag:marketing", 1],
			["type:newsletter>tag:sales", 1],
			["type:newsletter>tag:tag2", 1],
			["type:newsletter>tag:tag10", 1],
		]);
		expect(idCounts(m.childGroups("none:notype"))).toEqual([
			["none:notype>tag:marketing", 1],
			["none:notype>none:untagged", 1],
		]);
		expect(idCounts(m.childGroups("type:newsletter>tag:sales"))).toEqual([["type:newsletter>tag:sales/objections", 1]]);
	});

	it("lists notes only at the tag level, restricted to the type", () => {
		expect(m.notesOf("type:post")).toEqual([]);
		expect(short(m.notesOf("type:post>tag:sales"))).toEqual(["a", "b"]);
		expect(short(m.notesOf("type:newsletter>tag:sales"))).toEqual(["c"]);
		expect(short(m.notesOf("type:post>none:untagged"))).toEqual(["e"]);
		expect(modelOf({ mode: "type-tag", parentListsChildNotes: false }).notesOf("type:newsletter>tag:sales")).toEqual([]);
	});
});

describe("tag → type", () => {
	const m = modelOf({ mode: "tag-type" });

	it("puts child tags first, then the types of the notes the tag lists, No type last", () => {
		expect(idCounts(m.topGroups())).toEqual(idCounts(modelOf({ mode: "tag" }).topGroups()));
		expect(idCounts(m.childGroups("tag:marketing"))).toEqual([
			["tag:marketing/email", 1],
			["tag:marketing>type:newsletter", 1],
			["tag:marketing>type:post", 1],
			["tag:marketing>none:notype", 1],
		]);
		expect(idCounts(m.childGroups("none:untagged"))).toEqual([
			["none:untagged>type:post", 1],
			["none:untagged>none:notype", 1],
		]);
		expect(m.topGroups().every((g) => g.hasChildren)).toBe(true);
	});

	it("lists notes only at the type level", () => {
		expect(m.notesOf("tag:sales")).toEqual([]);
		expect(short(m.notesOf("tag:sales>type:post"))).toEqual(["a", "b"]);
		expect(short(m.notesOf("tag:sales>type:newsletter"))).toEqual(["c"]);
	});

	it("with parentListsChildNotes off, splits only the tag's own notes", () => {
		const off = modelOf({ mode: "tag-type", parentListsChildNotes: false });
		expect(idCounts(off.childGroups("tag:marketing"))).toEqual([
			["tag:marketing/email", 1],
			["tag:marketing>none:notype", 1],
		]);
		expect(idCounts(off.childGroups("tag:sales/objections"))).toEqual([
			["tag:sales/objections/price", 1],
			["tag:sales/objections>type:post", 1],
		]);
	});
});

describe("date mode", () => {
	const m = modelOf({ mode: "date" });

	it("groups years then months, newest first, No date last", () => {
		expect(m.topGroups().map((g) => [g.id, g.label, g.count])).toEqual([
			["date:2025", "2025", 4],
			["date:2024", "2024", 1],
			["date:2023", "2023", 1],
			["none:nodate", "No date", 2],
		]);
		expect(m.childGroups("date:2025").map((g) => [g.id, g.label, g.count, g.depth])).toEqual([
			["date:2025-03", "March 2025", 3, 1],
			["date:2025-01", "January 2025", 1, 1],
		]);
		expect(short(m.notesOf("date:2025-03"))).toEqual(["f", "a", "b"]);
		expect(m.notesOf("date:2025")).toEqual([]);
	});

	it("runs years and months old to new when the notes are sorted by date old to new, and keeps that order after edits", () => {
		const old = modelOf({ mode: "date", noteSort: "date", noteSortDesc: false });
		expect(old.topGroups().map((g) => g.id)).toEqual(["date:2023", "date:2024", "date:2025", "none:nodate"]);
		expect(old.childGroups("date:2025").map((g) => g.id)).toEqual(["date:2025-01", "date:2025-03"]);
		// a note dated in a new year and month lands at its place in that order (the level is patched, not rebuilt)
		old.index.upsert(art("z.md", { tags: ["x"], date: "2024-06-01" }));
		old.index.upsert(art("y.md", { tags: ["x"], date: "2025-02-01" }));
		expect(old.topGroups().map((g) => g.id)).toEqual(["date:2023", "date:2024", "date:2025", "none:nodate"]);
		expect(old.childGroups("date:2025").map((g) => g.id)).toEqual(["date:2025-01", "date:2025-02", "date:2025-03"]);
		old.index.upsert(art("w.md", { tags: ["x"], date: "2026-06-01" }));
		expect(old.topGroups().map((g) => g.id)).toEqual(["date:2023", "date:2024", "date:2025", "date:2026", "none:nodate"]);
	});

	it("keeps chronological order even when groups sort by count", () => {
		const byCount = modelOf({ mode: "date", groupSort: "count" });
		expect(byCount.topGroups().map((g) => g.id)).toEqual(m.topGroups().map((g) => g.id));
	});
});

describe("sorting", () => {
	it("sorts groups by count, ties by name, catch-alls still last", () => {
		expect(idCounts(modelOf({ groupSort: "count" }).topGroups())).toEqual([
			["tag:sales", 3],
			["tag:marketing", 2],
			["tag:tag2", 1],
			["tag:tag10", 1],
			["none:untagged", 2],
		]);
		expect(idCounts(modelOf({ mode: "type", groupSort: "count" }).topGroups())).toEqual([
			["type:post", 4],
			["type:newsletter", 3],
			["none:notype", 2],
		]);
	});

	it.each<[Partial<ExplorerOptions>, string[]]>([
		[{ noteSort: "date", noteSortDesc: true }, ["a", "b", "h", "e"]],
		[{ noteSort: "date", noteSortDesc: false }, ["h", "b", "a", "e"]], // undated stays last
		[{ noteSort: "title", noteSortDesc: false }, ["a", "b", "e", "h"]], // Alpha Beta Epsilon Theta
		[{ noteSort: "title", noteSortDesc: true }, ["h", "e", "b", "a"]],
		[{ noteSort: "mtime", noteSortDesc: true }, ["b", "a", "h", "e"]], // 8 5 4 3
		[{ noteSort: "mtime", noteSortDesc: false }, ["e", "h", "a", "b"]],
	])("notes of type post with %j", (o, expected) => {
		expect(short(modelOf({ mode: "type", ...o }).notesOf("type:post"))).toEqual(expected);
	});

	it("sorts titles naturally and case-insensitively, ties by path", () => {
		const m = modelOf({ mode: "type", noteSort: "title", noteSortDesc: false }, [
			{ ...art("x/1.md"), title: "Part 10" },
			{ ...art("x/2.md"), title: "part 2" },
			{ ...art("x/3.md"), title: "Part 1" },
			{ ...art("x/4.md"), title: "Émile" },
			{ ...art("x/5.md"), title: "Part 2" },
		]);
		expect(m.notesOf("none:notype")).toEqual(["x/4.md", "x/3.md", "x/5.md", "x/2.md", "x/1.md"]);
	});
});
