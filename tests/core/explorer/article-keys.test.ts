/** @jest-environment node */
import type { ArticleIndex } from "../../../src/core/articles/article-index";
import type { Article } from "../../../src/core/articles/types";
import { ArticleKeys, hasRegularTags, ownTagKeys, withParents } from "../../../src/core/explorer/article-keys";
import { art, indexOf, SAMPLE } from "./fixtures";

describe("hasRegularTags", () => {
	const index = indexOf(SAMPLE);

	it("accepts plain and nested tags, and a note without tags", () => {
		expect(hasRegularTags(index, art("x.md", { tags: ["sales", "sales/objections/price"] }))).toBe(true);
		expect(hasRegularTags(index, art("y.md"))).toBe(true);
	});

	it("refuses a tag key that starts with a slash, whatever the other tags", () => {
		expect(hasRegularTags(index, art("z.md", { tags: ["/odd"] }))).toBe(false);
		expect(hasRegularTags(index, art("z.md", { tags: ["sales", "/odd"] }))).toBe(false);
	});
});

describe("ArticleKeys.tags and tagsWithParents, read off the index's tag nodes", () => {
	/** Spellings chosen to stress nesting and case: leading, trailing and doubled slashes, `#`, casings, a lone `#`. */
	const SPELLINGS = ["Sales", "sales", "SALES/Objections", "sales/objections/price", "a//b", "a/", "/lead", "/lead/x", "#hashed", "#", "Émoji/📄", "émoji/📄/deep", "x/y/z/w", "X/Y"];

	/** A seeded generator (mulberry32), so a failure names the case that failed. */
	const random = (seed: number) => () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};

	const notes = (seed: number, n: number) => {
		const next = random(seed);
		return Array.from({ length: n }, (_, i) => {
			const tags = Array.from({ length: Math.floor(next() * 6) }, () => SPELLINGS[Math.floor(next() * SPELLINGS.length)]);
			return art(`n${i}.md`, { tags });
		});
	};

	/** What the keys must be: derived from the text alone, as before the nodes were used. */
	const expected = (index: ArticleIndex, a: Article) => ({ own: ownTagKeys(index, a), nested: withParents(ownTagKeys(index, a)) });

	it.each([
		["all tags, none hidden", {}],
		["frontmatter tags only", { tagSource: "frontmatter" as const }],
		["`sales` and `/lead` hidden", { hiddenTags: ["sales", "/lead"] }],
	])("match the keys derived from the text for every note held (%s)", (_, options) => {
		for (const seed of [1, 2, 3]) {
			const articles = notes(seed, 60);
			const index = indexOf(articles, options);
			const keys = new ArticleKeys(index);
			for (const a of articles) {
				const { own, nested } = expected(index, a);
				expect([a.path, keys.tags(a)]).toEqual([a.path, own]);
				expect([a.path, keys.tagsWithParents(a)]).toEqual([a.path, nested]);
				// read off the nodes, not derived from the text: only a note whose tags are all hidden or empty has none
				expect(index.groupKeys(a, true)).toEqual(nested);
			}
		}
	});

	it("lists parents first, each key once, and leaves out empty and hidden tags", () => {
		const index = indexOf([art("p.md", { tags: ["B/c", "a/b/c", "A", "#", "b"] })], { hiddenTags: ["b"] });
		const keys = new ArticleKeys(index);
		const [note] = [...index.articles()];
		expect(keys.tags(note)).toEqual(["a/b/c", "a"]);
		expect(keys.tagsWithParents(note)).toEqual(["a", "a/b", "a/b/c"]);
	});

	it("still gives the keys of an article the index no longer holds, or holds in another version", () => {
		const articles = notes(7, 40);
		const index = indexOf(articles);
		const keys = new ArticleKeys(index);
		// every note leaves or changes its tags, so many nodes die; the old versions are what an edit's patch reads
		articles.forEach((a, i) => (i % 2 === 0 ? index.remove(a.path) : index.upsert({ ...a, tags: ["other"], frontmatterTags: ["other"] })));
		let unfiled = 0;
		for (const a of articles) {
			const { own, nested } = expected(index, a);
			expect(keys.tags(a)).toEqual(own);
			expect(keys.tagsWithParents(a)).toEqual(nested);
			if (own.length > 0 && index.groupKeys(a, false) === null) unfiled++;
		}
		// the case this test is about happened: most old versions have tags no node holds now
		expect(unfiled).toBeGreaterThan(10);
	});
});
