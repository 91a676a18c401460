/** @jest-environment node */
import fc from "fast-check";
import { ArticleIndex } from "../../../src/core/articles/article-index";
import type { Article } from "../../../src/core/articles/types";
import { countIn, eachIn, intersect } from "../../../src/core/explorer/set-ops";

function art(i: number, tags: string[], types: string[]): Article {
	return { path: `n${i}.md`, basename: `n${i}`, title: `n${i}`, types, tags, frontmatterTags: tags, pubDate: null, pubTime: null, mtime: 0, problems: [] };
}

const noteArb = fc.record({ tags: fc.subarray(["a", "b", "c", "d"]), types: fc.subarray(["x", "y"]) });

describe("set-ops over the index's sets", () => {
	// Index sets are intersected on sorted ids; native Sets (and the filter's matches) by probing. Both must agree
	// with a plain filter over the paths.
	it("counts and intersections equal a naive filter, with or without a native set among them", () => {
		fc.assert(
			fc.property(fc.array(noteArb, { maxLength: 60 }), fc.array(fc.nat(59), { maxLength: 20 }), fc.subarray(["a", "b", "c", "d", "x", "y"], { minLength: 1 }), fc.boolean(), (notes, removed, keys, withMatch) => {
				const index = new ArticleIndex();
				notes.forEach((n, i) => index.upsert(art(i, n.tags, n.types)));
				for (const i of removed) index.remove(`n${i}.md`);
				const sets = keys.map((k) => (k === "x" || k === "y" ? index.pathsWithType(k) : index.pathsWithTag(k)));
				const match = withMatch ? new Set([...index.articles()].filter((_, i) => i % 2 === 0).map((a) => a.path)) : null;
				const expected = [...index.articles()].map((a) => a.path).filter((p) => sets.every((s) => s.has(p)) && (!match || match.has(p)));
				expect(countIn(sets, match)).toBe(expected.length);
				expect([...intersect(sets, match)].sort()).toEqual([...expected].sort());
				expect([...eachIn(sets, match)].sort()).toEqual([...expected].sort());
			}),
			{ numRuns: 400 },
		);
	});

	it("a set for a key nobody has counts as empty", () => {
		const index = new ArticleIndex();
		index.upsert(art(0, ["a"], []));
		expect(countIn([index.pathsWithTag("a"), index.pathsWithTag("zzz")], null)).toBe(0);
		expect(intersect([index.pathsWithTag("zzz"), index.pathsWithTag("a")], null)).toEqual([]);
	});
});
