/** @jest-environment node */
import { buildArticle, parsePubDate, tagKey } from "../../../src/core/articles/article";
import type { NoteInput, ProblemCode } from "../../../src/core/articles/types";
import type { FrontMatter } from "../../../src/core/metadata/types";

function note(frontmatter: FrontMatter | null, extra: Partial<NoteInput> = {}): NoteInput {
	return { path: "Folder/Sub/My note.md", frontmatter, tags: [], ...extra };
}

function codes(frontmatter: FrontMatter | null, extra: Partial<NoteInput> = {}): ProblemCode[] {
	return buildArticle(note(frontmatter, extra)).problems.map((p) => p.code);
}

describe("tagKey", () => {
	it.each([
		["#Selling", "selling"],
		["selling", "selling"],
		["#A/B", "a/b"],
		["Été", "été"],
	])("%s → %s", (tag, key) => expect(tagKey(tag)).toBe(key));
});

describe("path, basename and title", () => {
	it.each([
		["a.md", null, "a", "a"],
		["x/y/Deep name.md", null, "Deep name", "Deep name"],
		["x/y/Deep name.md", { title: "Real title" }, "Deep name", "Real title"],
		["n.md", { title: "  padded  " }, "n", "padded"],
		["n.md", { title: 1984 }, "n", "1984"],
		["n.md", { title: ["First", "Second"] }, "n", "First"],
		["n.md", { title: [3, "Text"] }, "n", "Text"],
		["n.md", { title: { a: 1 } }, "n", "n"],
		["n.md", { title: null }, "n", "n"],
		["n.md", { title: "" }, "n", "n"],
		["n.md", { Title: "Any case" }, "n", "Any case"],
		["n.md", { title: "Itâ€™s cafÃ©" }, "n", "It’s café"],
		["CafÃ© notes.md", null, "CafÃ© notes", "Café notes"],
	])("%s with %j → basename %s, title %s", (path, frontmatter, basename, title) => {
		const article = buildArticle({ path, frontmatter, tags: null });
		expect(article.path).toBe(path);
		expect(article.basename).toBe(basename);
		expect(article.title).toBe(title);
	});
});

describe("tags", () => {
	it.each([
		[["#a", "#b"], [], ["a", "b"]],
		[["#Selling", "#selling", "#SELLING"], [], ["Selling"]],
		[["#Parent/Child", "#parent/child", "#parent"], [], ["Parent/Child", "parent"]],
		[["#body"], ["fm"], ["fm", "body"]],
		[null, null, []],
	])("getAllTags %j + frontmatter %j → %j", (tags, frontmatterTags, expected) => {
		const article = buildArticle(note(null, { tags, frontmatterTags }));
		expect(article.tags).toEqual(expected);
	});

	it("frontmatterTags are de-duplicated the same way", () => {
		const article = buildArticle(note({ tags: ["X", "x"] }, { tags: ["#X", "#x", "#body"], frontmatterTags: ["#X", "#x"] }));
		expect(article.frontmatterTags).toEqual(["X"]);
		expect(article.tags).toEqual(["X", "body"]);
	});
});

describe("tag problem wording", () => {
	const messages = (tags: unknown[]) => buildArticle(note({ tags })).problems.map((p) => p.message);
	it("speaks of one tag in the singular and of several in the plural", () => {
		expect(messages([2024])).toEqual(["tags 2024 is only digits; Obsidian ignores it"]);
		expect(messages([2024, 2025])).toEqual(["tags 2024, 2025 are only digits; Obsidian ignores them"]);
		expect(messages(["#a"])).toEqual(['tags "#a" contains "#"; write it without "#"']);
		expect(messages(["#a", "#b"])).toEqual(['tags "#a", "#b" contain "#"; write them without "#"']);
	});

	it("calls a number only digits when YAML read digits alone, and any other number a non-text item", () => {
		expect(messages([2024, "0042"])).toEqual(['tags 2024, "0042" are only digits; Obsidian ignores them']);
		expect(messages([1.5, -3, Infinity, "a"])).toEqual(["tags list has non-text items 1.5, -3, Infinity; Obsidian drops them"]);
	});
});

describe("types", () => {
	it.each([
		[{ type: "Essay" }, ["Essay"]],
		[{ Type: "Essay" }, ["Essay"]],
		[{ TYPE: "Essay" }, ["Essay"]],
		[{ type: ["Essay", "essay", "Review"] }, ["Essay", "Review"]],
		[{ type: "[[Essays|Essay]]" }, ["Essay"]],
		[{ type: "[[Essays]]" }, ["Essays"]],
		[{ type: 3 }, ["3"]],
		[{ type: true }, ["true"]],
		[{ type: null }, []],
		[{ type: "" }, []],
		[{ type: [null, 3, true] }, ["3", "true"]],
		[{ type: { a: 1 } }, []],
		[{}, []],
	])("%j → %j", (frontmatter, expected) => {
		expect(buildArticle(note(frontmatter)).types).toEqual(expected);
	});

	it("reads the option's type key", () => {
		const article = buildArticle(note({ kind: "Memo", type: "Essay" }), { dateKeys: [], typeKey: "kind" });
		expect(article.types).toEqual(["Memo"]);
	});
});

describe("parsePubDate", () => {
	it.each([
		["2024-02-06", "2024-02-06", Date.UTC(2024, 1, 6)],
		["2024-02-06T08:30:00Z", "2024-02-06", Date.UTC(2024, 1, 6, 8, 30)],
		["2024-02-06T08:30:00", "2024-02-06", Date.UTC(2024, 1, 6, 8, 30)],
		["2024-02-06T08:30:00.250Z", "2024-02-06", Date.UTC(2024, 1, 6, 8, 30, 0, 250)],
		["2024-02-06T00:30:00+02:00", "2024-02-06", Date.UTC(2024, 1, 6, 0, 30)],
		["2024-02-06T23:30-0500", "2024-02-06", Date.UTC(2024, 1, 6, 23, 30)],
		["2024-02-06 08:30", "2024-02-06", Date.UTC(2024, 1, 6, 8, 30)],
		["2024/02/06", "2024-02-06", Date.UTC(2024, 1, 6)],
		["  2024-02-06  ", "2024-02-06", Date.UTC(2024, 1, 6)],
		["February 6, 2024", "2024-02-06", Date.UTC(2024, 1, 6)],
		["2024", "2024-01-01", Date.UTC(2024, 0, 1)],
	])("%j → %s", (value, date, time) => {
		expect(parsePubDate(value)).toEqual({ date, time });
	});

	it.each([
		[new Date(Date.UTC(2024, 1, 6)), "2024-02-06", Date.UTC(2024, 1, 6)],
		[20240206, "2024-02-06", Date.UTC(2024, 1, 6)],
		[1707208200000, "2024-02-06", 1707208200000],
	])("non-text %p → %s", (value, date, time) => {
		expect(parsePubDate(value)).toEqual({ date, time });
	});

	it.each([["2024-13-45"], ["2024-02-30"], ["soon"], [""], ["24-02-06"], [null], [undefined], [true], [{}], [[]], [NaN], [-5], [1.5], [new Date("x")]])(
		"%p → null",
		(value) => expect(parsePubDate(value)).toBeNull(),
	);
});

describe("publication date", () => {
	it.each([
		[{ pubDate: "2024-02-06", date: "2023-01-01" }, "2024-02-06"],
		[{ date: "2023-01-01" }, "2023-01-01"],
		[{ pubdate: "2022-05-05", date: "2023-01-01" }, "2022-05-05"],
		[{ pubDate: "", date: "2023-01-01" }, "2023-01-01"],
		[{ pubDate: null, published: "2021-03-03" }, "2021-03-03"],
		[{ created: "2020-01-01" }, "2020-01-01"],
		[{ pubDate: "soon", date: "2023-01-01" }, null],
		[{}, null],
	])("%j → %s", (frontmatter, pubDate) => {
		expect(buildArticle(note(frontmatter)).pubDate).toBe(pubDate);
	});

	it("uses the option's keys in order", () => {
		const article = buildArticle(note({ date: "2023-01-01", when: "2024-01-01" }), { dateKeys: ["when", "date"], typeKey: "type" });
		expect(article.pubDate).toBe("2024-01-01");
		expect(article.pubTime).toBe(Date.UTC(2024, 0, 1));
	});
});

describe("problems", () => {
	it.each<[string, FrontMatter | null, Partial<NoteInput>, ProblemCode[]]>([
		["clean note", { tags: ["a"], type: "Essay", date: "2024-02-06" }, {}, []],
		["no frontmatter", null, {}, []],
		["invalid YAML", null, { yamlError: "bad indentation\nat line 3" }, ["invalid-yaml"]],
		["legacy tag key", { tag: "a" }, {}, ["legacy-tag-key"]],
		["tag and tags (the tag key's tags are lost)", { tag: "a", tags: ["b"] }, {}, ["legacy-tag-key"]],
		["comma string", { tags: "a, b" }, {}, ["string-tags"]],
		["space string", { tags: "a b" }, {}, ["string-tags"]],
		["single string", { tags: "a" }, {}, []],
		["numeric tag", { tags: [1984, "2024", "1990s"] }, {}, ["numeric-tag"]],
		["numeric string tag", { tags: "1984" }, {}, ["numeric-tag"]],
		["hash in tag", { tags: ["#a", "b"] }, {}, ["hash-in-yaml-tag"]],
		["null item (YAML comment)", { tags: [null, "b"] }, {}, ["non-string-tag"]],
		["object item", { tags: [{ a: "b" }] }, {}, ["non-string-tag"]],
		["tags as a map", { tags: { a: "b" } }, {}, ["non-string-tag"]],
		["Type key", { Type: "Essay" }, {}, ["type-key-case"]],
		["TYPE key", { TYPE: "Essay" }, {}, ["type-key-case"]],
		["bad date", { date: "2024-13-45" }, {}, ["bad-date"]],
		["word date", { pubDate: "soon" }, {}, ["bad-date"]],
		["mojibake title", { title: "cafÃ©" }, {}, ["mojibake"]],
		["mojibake body", { title: "café" }, { bodyMojibake: true }, ["mojibake"]],
		["body not checked yet", { title: "café" }, { bodyMojibake: undefined }, []],
		["mojibake title and body", { title: "cafÃ©" }, { bodyMojibake: true }, ["mojibake", "mojibake"]],
		["several", { tag: "x", Type: "y", date: "soon" }, { yamlError: "e" }, ["invalid-yaml", "legacy-tag-key", "type-key-case", "bad-date"]],
		// listed in ProblemCode's order whatever order they are found in: the encoding comes last
		["all kinds", { title: "cafÃ©", tags: [1984, "#a", null], TYPE: "y", date: "soon" }, { bodyMojibake: true }, ["numeric-tag", "hash-in-yaml-tag", "non-string-tag", "type-key-case", "bad-date", "mojibake", "mojibake"]],
	])("%s", (_name, frontmatter, extra, expected) => {
		expect(codes(frontmatter, extra)).toEqual(expected);
	});

	it.each<[string, FrontMatter, unknown, ProblemCode[]]>([
		["every item kept", { tags: ["a", "b/c"] }, ["#a", "#b/c"], []],
		["items Obsidian dropped", { tags: ["cold calling", "q&a", "ok"] }, ["#ok"], ["invalid-tag"]],
		["a single text it dropped", { tags: "q&a" }, [], ["invalid-tag"]],
		["a comma string is only that", { tags: "a, b" }, [], ["string-tags"]],
		["what was kept not known", { tags: ["cold calling"] }, null, []],
		["with other kinds", { tags: ["a b", 1984, "#x", null] }, ["#x"], ["numeric-tag", "hash-in-yaml-tag", "non-string-tag", "invalid-tag"]],
	])("tags Obsidian read or dropped: %s", (_name, frontmatter, kept, expected) => {
		expect(codes(frontmatter, { frontmatterTags: kept as string[] | null })).toEqual(expected);
	});

	it("says to rename a lone tag key, and to move the tags of one beside tags", () => {
		expect(buildArticle(note({ tag: "a" })).problems[0].message).toBe('"tag:" is no longer read by Obsidian; rename it to "tags:"');
		expect(buildArticle(note({ Tag: "a", TAGS: ["b"] })).problems[0].message).toBe('"Tag:" is no longer read by Obsidian; move its tags into "TAGS:"');
	});

	it("names each dropped tag once, in one line", () => {
		const article = buildArticle(note({ tags: ["c++", "q&a", "cold calling", "a.b", "ok"] }, { frontmatterTags: ["#ok"] }));
		expect(article.problems).toEqual([
			{ code: "invalid-tag", message: 'Obsidian ignores "c++", "q&a", "cold calling", "a.b" as tags: a tag has no spaces and no punctuation but - _ /' },
		]);
	});

	it("writes each problem as one plain line", () => {
		const article = buildArticle(note({ tags: "a, b", date: "soon" }));
		for (const problem of article.problems) {
			expect(problem.message).not.toContain("\n");
			expect(problem.message.length).toBeGreaterThan(10);
		}
		expect(article.problems[0].message).toContain('"a, b"');
	});
});

describe("never throws on odd shapes", () => {
	it.each<[string, unknown]>([
		["tags map", { tags: { a: "b" } }],
		["title list", { title: [[1], { x: 1 }] }],
		["title object", { title: { a: { b: 1 } } }],
		["type odd list", { type: [null, 3, true, [1], { a: 1 }] }],
		["date number", { date: 12 }],
		["date list", { date: ["2024-01-01"] }],
		["date object", { date: { y: 2024 } }],
		["frontmatter is a list", ["a"]],
		["frontmatter is a string", "text"],
		["circular", (() => { const o: Record<string, unknown> = {}; o.date = o; o.tags = [o]; return o; })()],
	])("%s", (_name, frontmatter) => {
		const article = buildArticle({ path: "n.md", frontmatter: frontmatter as FrontMatter, tags: ["#ok", 5 as unknown as string] });
		expect(article.basename).toBe("n");
		expect(article.tags).toEqual(["ok"]);
	});

	it("survives a missing input shape", () => {
		expect(buildArticle({} as NoteInput).path).toBe("");
	});
});
