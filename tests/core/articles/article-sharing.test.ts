/** @jest-environment node */
import { buildArticle } from "../../../src/core/articles/article";
import type { NoteInput } from "../../../src/core/articles/types";
import type { FrontMatter } from "../../../src/core/metadata/types";

// Articles share equal lists and strings to stay small; sharing must never change what a note reads back.
const note = (path: string, frontmatter: FrontMatter | null, extra: Partial<NoteInput> = {}): NoteInput => ({
	path,
	frontmatter,
	tags: [],
	...extra,
});

describe("shared parts of articles", () => {
	it.each<[string, FrontMatter, string[]]>([
		["one type", { type: "Essay" }, ["Essay"]],
		["two types", { type: ["a", "b"] }, ["a", "b"]],
		["a type holding a line break", { type: "a\nb" }, ["a\nb"]],
		["one type again", { type: "Essay" }, ["Essay"]],
	])("%s reads back as written", (_name, frontmatter, types) => {
		// Built after the others, so a wrongly shared list would show here.
		buildArticle(note("first.md", { type: ["a", "b"] }));
		expect(buildArticle(note("n.md", frontmatter)).types).toEqual(types);
	});

	it("equal type lists are one frozen list", () => {
		const a = buildArticle(note("a.md", { type: ["Memo", "Review"] }));
		const b = buildArticle(note("b.md", { type: ["Memo", "Review"] }));
		expect(a.types).toBe(b.types);
		expect(Object.isFrozen(a.types)).toBe(true);
	});

	it.each<[string, string[] | null, string[] | null, string[], string[]]>([
		["only frontmatter tags", ["#a", "#b"], ["#a", "#b"], ["a", "b"], ["a", "b"]],
		["body tags too", ["#a"], ["#a", "#body"], ["a"], ["a", "body"]],
		["no tags at all", null, null, [], []],
	])("%s", (_name, frontmatterTags, tags, expectedFm, expectedAll) => {
		const article = buildArticle(note("t.md", { tags: frontmatterTags }, { frontmatterTags, tags }));
		expect(article.frontmatterTags).toEqual(expectedFm);
		expect(article.tags).toEqual(expectedAll);
	});

	it("a date read from a date-time is the same string for every note of that day", () => {
		const a = buildArticle(note("a.md", { date: "2024-02-06T08:30:00" }));
		const b = buildArticle(note("b.md", { date: "2024-02-06 09:00" }));
		expect(a.pubDate).toBe("2024-02-06");
		expect(b.pubDate).toBe("2024-02-06");
		expect(a.pubTime).toBe(Date.UTC(2024, 1, 6, 8, 30));
	});
});
