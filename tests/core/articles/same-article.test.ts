/** @jest-environment node */
import { same } from "../../../src/core/articles/same-article";
import type { Article } from "../../../src/core/articles/types";

const base: Article = {
	path: "a/b.md",
	basename: "b",
	title: "B",
	types: ["Essay"],
	tags: ["x", "y/z"],
	frontmatterTags: ["x"],
	pubDate: "2024-02-06",
	pubTime: Date.UTC(2024, 1, 6),
	mtime: 5,
	problems: [{ code: "bad-date", message: "m" }],
};

/** A deep copy, so equality cannot come from shared arrays. */
const copy = (a: Article): Article => JSON.parse(JSON.stringify(a)) as Article;

describe("same", () => {
	it("an article equals itself and a deep copy", () => {
		expect(same(base, base)).toBe(true);
		expect(same(base, copy(base))).toBe(true);
	});

	it.each<[string, Partial<Article>]>([
		["path", { path: "a/c.md" }],
		["basename", { basename: "c" }],
		["title", { title: "C" }],
		["types", { types: ["essay"] }],
		["types length", { types: [] }],
		["tags order", { tags: ["y/z", "x"] }],
		["tags length", { tags: ["x"] }],
		["frontmatterTags", { frontmatterTags: [] }],
		["pubDate", { pubDate: null }],
		["pubTime", { pubTime: 1 }],
		["mtime", { mtime: 6 }],
		["problem code", { problems: [{ code: "mojibake", message: "m" }] }],
		["problem message", { problems: [{ code: "bad-date", message: "n" }] }],
		["problems length", { problems: [] }],
	])("differs when %s changes", (_field, change) => {
		expect(same(base, { ...copy(base), ...change })).toBe(false);
		expect(same({ ...copy(base), ...change }, base)).toBe(false);
	});

	it("treats NaN times as equal, as their JSON is", () => {
		expect(same({ ...base, pubTime: NaN }, { ...copy(base), pubTime: NaN })).toBe(true);
	});
});
