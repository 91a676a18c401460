/** @jest-environment node */
import { getAllTags, isValidTagName, parseFrontMatterTags, parseNote } from "../../../src/core/metadata";
import type { FrontMatter } from "../../../src/core/metadata";

/** Body tags as `#name` strings, in document order. */
function bodyTags(markdown: string): string[] {
	return (parseNote(markdown).metadata.tags ?? []).map((t) => t.tag);
}

describe("isValidTagName", () => {
	it.each([
		["tag", true],
		["1990s", true],
		["y1984", true],
		["1984", false],
		["2024/05", true],
		["a/b/c", true],
		["snake_case-and-kebab", true],
		["café", true],
		["日本語", true],
		["📝", true],
		["", false],
		["two words", false],
		["a,b", false],
		["a.b", false],
		["what?", false],
		["#hash", false],
		["it's", false],
		["em\u2014dash", false],
		["zero\u200bwidth", false],
		["supplemental\u2e1apunct", false],
		["no\u00a0break", false],
	])("%j → %s", (name, valid) => {
		expect(isValidTagName(name)).toBe(valid);
	});
});

describe("body tags", () => {
	it.each([
		["at line start", "#tag", ["#tag"]],
		["after a space", "see #tag here", ["#tag"]],
		["ended by punctuation", "a #tag. b #two, c #three!", ["#tag", "#two", "#three"]],
		["ended by an apostrophe", "#Bob's idea", ["#Bob"]],
		["not inside a word", "email#tag and a#b", []],
		["not after an opening parenthesis", "(#tag)", []],
		["digits alone are not a tag", "#1984 and #1990s", ["#1990s"]],
		["nested", "#a/b/c", ["#a/b/c"]],
		["unicode and emoji", "#日本語 #café #📝", ["#日本語", "#café", "#📝"]],
		["casing kept, duplicates kept", "#Tag #tag #Tag", ["#Tag", "#tag", "#Tag"]],
		["a heading marker is not a tag", "# Heading", []],
		["tags in a heading", "## Heading #tag", ["#tag"]],
		["no space after # in a line start is a tag, not a heading", "#heading", ["#heading"]],
		["in list items and tasks", "- [ ] #task do\n* #bullet", ["#task", "#bullet"]],
		["in a blockquote", "> #quoted", ["#quoted"]],
		["in a callout", "> [!note] #title\n> #body", ["#title", "#body"]],
		["in a table cell", "| a | b |\n| --- | --- |\n| #cell | x |", ["#cell"]],
		["not in inline code", "`#code` and ``#more``", []],
		["not in fenced code", "```\n#code\n```\n~~~\n#tilde\n~~~", []],
		["not in indented code", "    #code", []],
		["not in an HTML comment", "<!-- #hidden -->\ntext <!-- #inline --> #shown", ["#shown"]],
		["not in an HTML comment block", "<!--\n#hidden\n-->", []],
		["inside %% comments Obsidian still indexes them (capture)", "%%\n#block\n%%\ntext %% #inline %%", ["#block", "#inline"]],
		["not in a wikilink heading target", "[[#Heading]] and [[note#Heading|alias]]", []],
		["not in a Markdown link target", "[text](#anchor) and [t](note.md#part)", []],
		["not in a URL", "https://example.com/page#section", []],
		["an escaped # is text", "\\#escaped", []],
		["after escaped brackets (capture)", "\\[\\[#Escaped\\]\\]", ["#Escaped"]],
		["ended by a zero-width space", "#tag\u200bmore", ["#tag"]],
		["chained: a tag ends at #, which starts the next", "#Bob#Alice", ["#Bob", "#Alice"]],
		["emphasis around a tag (but `_` is a tag character)", "**#bold** and _#em_", ["#bold", "#em_"]],
		["not in frontmatter text", "---\ntitle: a #b\n---\nbody", []],
		["not in math blocks", "$$\n#x\n$$", []],
	])("%s", (_label, markdown, expected) => {
		expect(bodyTags(markdown)).toEqual(expected);
	});

	it("reports exact positions (line, col, offset) with CRLF line ends", () => {
		const tags = parseNote("ab #one\r\n\r\n  #two x").metadata.tags;
		expect(tags).toEqual([
			{ tag: "#one", position: { start: { line: 0, col: 3, offset: 3 }, end: { line: 0, col: 7, offset: 7 } } },
			{ tag: "#two", position: { start: { line: 2, col: 2, offset: 13 }, end: { line: 2, col: 6, offset: 17 } } },
		]);
	});

	it("counts positions after a byte-order mark as Obsidian does (from the character after it)", () => {
		const tags = parseNote("\ufeff#x").metadata.tags;
		expect(tags?.[0].position.start).toEqual({ line: 0, col: 0, offset: 0 });
	});
});

describe("parseFrontMatterTags", () => {
	it.each<[string, FrontMatter | null | undefined, string[] | null]>([
		["list", { tags: ["a", "b/c"] }, ["#a", "#b/c"]],
		["single string", { tags: "one" }, ["#one"]],
		["comma-separated string is one invalid tag", { tags: "a, b" }, []],
		["space-separated string is one invalid tag", { tags: "a b" }, []],
		["empty value", { tags: null }, null],
		["empty list", { tags: [] }, []],
		["no tags key", { title: "x" }, null],
		["no frontmatter", undefined, null],
		["null frontmatter", null, null],
		["non-strings dropped", { tags: ["a", 1984, null, true, { x: 1 }, "b"] }, ["#a", "#b"]],
		["invalid names dropped", { tags: ["ok", "1984", "has space", ""] }, ["#ok"]],
		["a leading # is not doubled", { tags: ["#hash"] }, ["#hash"]],
		["key in any casing", { TAGS: ["x"] }, ["#x"]],
		["legacy singular key ignored", { tag: ["x"] }, null],
		["capitalised singular key ignored", { TAG: ["x"] }, null],
	])("%s", (_label, frontmatter, expected) => {
		expect(parseFrontMatterTags(frontmatter)).toEqual(expected);
	});

	it.each([
		["tags:", { tags: null }, null],
		["tags: a, b", { tags: "a, b" }, []],
		["tags:\n  - #foo", { tags: [null] }, []],
		["tags: [x, 2024]", { tags: ["x", 2024] }, ["#x"]],
		["TAGS:\n  - Upper", { TAGS: ["Upper"] }, ["#Upper"]],
		["tag: legacy", { tag: "legacy" }, null],
	])("from YAML %j", (yaml, frontmatter, expected) => {
		const { metadata } = parseNote(`---\n${yaml}\n---\n`);
		expect(metadata.frontmatter).toEqual(frontmatter);
		expect(parseFrontMatterTags(metadata.frontmatter)).toEqual(expected);
	});
});

describe("getAllTags", () => {
	it("lists frontmatter tags first, then body tags in order, keeping duplicates and casing", () => {
		const { metadata } = parseNote("---\ntags: [b, A]\n---\n#a #c\n\n- #A");
		expect(getAllTags(metadata)).toEqual(["#b", "#A", "#a", "#c", "#A"]);
	});

	it("gives [] for a note without tags and null without metadata", () => {
		expect(getAllTags(parseNote("plain text").metadata)).toEqual([]);
		expect(getAllTags(null)).toBeNull();
	});
});
