/** @jest-environment node */
import { articleKeys } from "../../../src/core/explorer/article-keys";
import { CountedForest } from "../../../src/core/explorer/counted-forest";
import { matchingPaths, parseFilter } from "../../../src/core/explorer/filter";
import { ScopeTallies, TypeTally } from "../../../src/core/explorer/scope-tallies";
import { art, indexOf } from "./fixtures";

describe("CountedForest", () => {
	it("counts notes in and out, keeping the nested structure", () => {
		const index = indexOf([]);
		const forest = new CountedForest(articleKeys(index), true);
		const a = art("a.md", { tags: ["x/y", "z"] });
		const b = art("b.md", { tags: ["x"] });
		forest.apply(a, 1);
		forest.apply(b, 1);
		forest.apply(art("c.md"), 1);
		expect(forest.roots.sort()).toEqual(["x", "z"]);
		expect(forest.children("x")).toEqual(["x/y"]);
		expect([forest.count("x"), forest.direct("x"), forest.count("x/y"), forest.untagged]).toEqual([2, 1, 1, 1]);
		forest.apply(a, -1);
		expect([forest.count("x"), forest.count("x/y"), forest.count("z")]).toEqual([1, 0, 0]);
		forest.apply(a, 1);
		// a key seen again is not placed twice
		expect(forest.children("x")).toEqual(["x/y"]);
		expect(forest.roots.sort()).toEqual(["x", "z"]);
	});
});

describe("ScopeTallies", () => {
	it("patches only the tallies of groups that hold the old or new article", () => {
		const index = indexOf([]);
		const tallies = new ScopeTallies(index);
		const essay = new TypeTally();
		const post = new TypeTally();
		tallies.get("type:essay", () => essay, (a) => a.types.some((t) => t.toLowerCase() === "essay"));
		tallies.get("type:post", () => post, (a) => a.types.includes("post"));
		expect(tallies.get("type:essay", () => new TypeTally(), () => false)).toBe(essay);
		const before = art("a.md", { types: ["Essay"] });
		const after = art("a.md", { types: ["post", "essay"] });
		expect(tallies.apply([{ before, after, wasShown: true, isShown: true }])).toBe(true);
		expect([essay.count("essay"), essay.count("post"), post.count("post"), post.count("essay")]).toEqual([0, 1, 1, 1]);
		// a note the filter hides now is only taken out
		expect(tallies.apply([{ before: after, after, wasShown: true, isShown: false }])).toBe(true);
		expect([essay.count("essay"), post.count("post")]).toEqual([-1, 0]);
	});

	it("refuses notes whose tag keys the index nests its own way", () => {
		const index = indexOf([]);
		const tallies = new ScopeTallies(index);
		tallies.get("none:untagged", () => new TypeTally(), () => true);
		expect(tallies.apply([{ before: undefined, after: art("a.md", { tags: ["/odd"] }), wasShown: false, isShown: true }])).toBe(false);
	});
});

describe("FilterMatch by id", () => {
	it("flags the matched notes by index id, and remembers a removed note's flag", () => {
		const index = indexOf([art("a.md", { title: "Alpha" }), art("b.md", { title: "Beta" }), art("c.md", { title: "Alpine" })]);
		const match = matchingPaths(index, parseFilter("alp"))!;
		const flags = match.idFlags();
		const flagged = ["a.md", "b.md", "c.md"].map((p) => flags[index.idOf(p)!] === 1);
		expect(flagged).toEqual([true, false, true]);
		index.remove("a.md");
		expect(match.has("a.md")).toBe(false);
		expect(match.marked("a.md")).toBe(true);
		expect(match.idFlags()[index.idOf("c.md")!]).toBe(1);
	});

	it("follows the index when it renumbers its notes after many removals", () => {
		const paths = Array.from({ length: 1100 }, (_, i) => `n${i}.md`);
		const index = indexOf(paths.map((p, i) => art(p, { title: i % 3 === 0 ? "Alpha" : "Beta" })));
		const match = matchingPaths(index, parseFilter("alp"))!;
		expect(match.idFlags().reduce((a, b) => a + b, 0)).toBe(367);
		// removing from the front leaves most ids as holes: the index renumbers the rest from 0
		for (const p of paths.slice(0, 700)) index.remove(p);
		expect(index.renumbered).toBeGreaterThan(0);
		const flags = match.idFlags();
		const left = paths.slice(700);
		expect(left.map((p) => flags[index.idOf(p)!] === 1)).toEqual(left.map((p) => Number(p.slice(1, -3)) % 3 === 0));
		expect(flags.reduce((a, b) => a + b, 0)).toBe(left.filter((p) => Number(p.slice(1, -3)) % 3 === 0).length);
		// a renamed note keeps its id, and a note added after the renumbering gets a new one (the explorer adds both
		// to the match, as they are in new slots of the note table)
		index.rename("n999.md", art("m999.md", { title: "Alpha" }));
		index.upsert(art("new.md", { title: "Alpine" }));
		match.add("m999.md");
		match.add("new.md");
		const again = match.idFlags();
		expect([again[index.idOf("m999.md")!], again[index.idOf("new.md")!], again[index.idOf("n1000.md")!]]).toEqual([1, 1, 0]);
	});
});
