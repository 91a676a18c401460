/** @jest-environment node */
import fc from "fast-check";

import { parseNote } from "../../../src/core/metadata";
import { parseNoteUnguarded } from "../../../src/core/metadata/parse-note";

describe("frontmatter", () => {
	it("parses YAML 1.2 core values: dates stay strings, key casing is kept, `key:` is null", () => {
		const text = "---\ndate: 2024-02-06\nn: 5\nflag: true\nType: a\ntype: b\nempty:\n---";
		const { metadata, yamlError } = parseNote(text);
		expect(yamlError).toBeNull();
		expect(metadata.frontmatter).toEqual({ date: "2024-02-06", n: 5, flag: true, Type: "a", type: "b", empty: null });
		expect(metadata.frontmatterPosition).toEqual({
			start: { line: 0, col: 0, offset: 0 },
			end: { line: 7, col: 3, offset: text.length },
		});
		expect(metadata.frontmatterLinks).toEqual([]);
	});

	it.each([
		["broken flow sequence", "---\na: [\n---\n#x"],
		["duplicate key", "---\na: 1\na: 2\n---\n#x"],
		["a list instead of properties", "---\n- a\n---\n#x"],
	])("reports %s as a one-line yamlError and still reads the body", (_label, text) => {
		const { metadata, yamlError } = parseNote(text);
		expect(metadata.frontmatter).toBeUndefined();
		expect(metadata.frontmatterPosition).toBeUndefined();
		expect(typeof yamlError).toBe("string");
		expect(yamlError).not.toContain("\n");
		expect(metadata.sections?.[0].type).toBe("yaml");
		expect(metadata.tags?.map((t) => t.tag)).toEqual(["#x"]);
	});

	it.each([
		["an empty block", "---\n---\nx", ["yaml", "paragraph"]],
		["a comment-only block", "---\n# just a comment\n---\nx", ["yaml", "paragraph"]],
		["an unclosed block (a rule and a paragraph)", "---\ntitle: x", ["thematicBreak", "paragraph"]],
		["a block not on line 0", "\n---\ntitle: x\n---", ["thematicBreak", "heading"]],
	])("gives no frontmatter for %s", (_label, text, sectionTypes) => {
		const { metadata, yamlError } = parseNote(text);
		expect(metadata.frontmatter).toBeUndefined();
		expect(metadata.frontmatterPosition).toBeUndefined();
		expect(yamlError).toBeNull();
		expect(metadata.sections?.map((s) => s.type)).toEqual(sectionTypes);
	});

	it("collects wikilinks in string values with Obsidian's key paths", () => {
		const { metadata } = parseNote('---\nup: "[[Parent|P]]"\nrel:\n  - "[[A#h]]"\n---\n');
		expect(metadata.frontmatterLinks).toEqual([
			{ key: "up", link: "Parent", original: "[[Parent|P]]", displayText: "P" },
			{ key: "rel.0", link: "A#h", original: "[[A#h]]", displayText: "A > h" },
		]);
	});
});

describe("links and embeds", () => {
	const linkOf = (text: string) => parseNote(text).metadata.links?.map((l) => [l.link, l.displayText, l.original]);
	const embedOf = (text: string) => parseNote(text).metadata.embeds?.map((l) => [l.link, l.displayText, l.original]);

	it.each([
		["[[Note]]", [["Note", "Note", "[[Note]]"]]],
		["[[Note|Alias]]", [["Note", "Alias", "[[Note|Alias]]"]]],
		["[[Note#Part#Sub]]", [["Note#Part#Sub", "Note > Part > Sub", "[[Note#Part#Sub]]"]]],
		["[[#Heading]]", [["#Heading", "Heading", "[[#Heading]]"]]],
		["[[|x]]", [["|x", "|x", "[[|x]]"]]],
		["[t](My%20Note.md#h)", [["My Note.md#h", "t", "[t](My%20Note.md#h)"]]],
		["[t](<a b.md>)", [["a b.md", "t", "[t](<a b.md>)"]]],
		["[[]] and []() and [t]()", undefined],
		["[web](https://example.com) and [m](mailto:a@b.c)", undefined],
		["`[[code]]` and \\[\\[escaped\\]\\]", undefined],
		["<!-- [[hidden]] -->", undefined],
		["%% [[shown]] %%", [["shown", "shown", "[[shown]]"]]],
	])("%s", (text, expected) => {
		expect(linkOf(text)).toEqual(expected);
	});

	it("puts ![[…]] and ![…](…) in embeds, with positions", () => {
		expect(embedOf("![[pic.png|200]] ![alt](img/a.png)")).toEqual([
			["pic.png", "200", "![[pic.png|200]]"],
			["img/a.png", "alt", "![alt](img/a.png)"],
		]);
		expect(parseNote("x ![[a]]").metadata.embeds?.[0].position).toEqual({
			start: { line: 0, col: 2, offset: 2 },
			end: { line: 0, col: 8, offset: 8 },
		});
	});
});

describe("headings and sections", () => {
	it("reads ATX and setext headings at the top level", () => {
		const headings = parseNote("# A\n## B ##\nC\n===\n> # quoted\n- # in list").metadata.headings;
		expect(headings?.map((h) => [h.heading, h.level, h.position.start.line, h.position.end.line])).toEqual([
			["A", 1, 0, 0],
			["B", 2, 1, 1],
			["C", 1, 2, 3],
		]);
	});

	it("types every top-level block as Obsidian does", () => {
		const text = [
			"text",
			"",
			"***",
			"",
			"> q",
			"",
			"> [!note] Title",
			"",
			"```js",
			"c",
			"```",
			"",
			"<div>",
			"",
			"%%",
			"hidden",
			"%%",
			"",
			"$$",
			"x^2",
			"$$",
			"",
			"| a | b |",
			"| - | - |",
			"",
			"- item",
			"",
			"[^1]: note",
		].join("\n");
		expect(parseNote(text).metadata.sections?.map((s) => s.type)).toEqual([
			"paragraph",
			"thematicBreak",
			"blockquote",
			"callout",
			"code",
			"html",
			"comment",
			"math",
			"table",
			"list",
			"footnoteDefinition",
		]);
	});

	it("gives a paragraph's block id to its section and to blocks", () => {
		const { metadata } = parseNote("para ^abc\n\n- item ^li");
		expect(metadata.sections?.[0].id).toBe("abc");
		expect(Object.keys(metadata.blocks ?? {})).toEqual(["abc", "li"]);
		expect(metadata.listItems?.[0].id).toBe("li");
	});
});

describe("robustness", () => {
	const markdownish = fc.string({
		unit: fc.constantFrom(..."#[]()!`<>-*_>|%$\\:/ \t\n\r\u200b\ufeffaZ1é📝".split(""), "---\n", "[[", "]]", "<!--", "-->", "```", "- [ ] "),
		maxLength: 300,
	});

	it("never needs its safety net, and every tag is the exact text at its position", () => {
		fc.assert(
			fc.property(markdownish, (text) => {
				const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
				const { metadata } = parseNoteUnguarded(text);
				for (const t of metadata.tags ?? []) {
					expect(body.slice(t.position.start.offset, t.position.end.offset)).toBe(t.tag);
				}
			}),
			{ numRuns: 500 },
		);
	});

	it.each([
		["null-ish input", undefined as unknown as string],
		["lone surrogates", "#\ud800 [[\udfff]] `\ud800"],
		["deep nesting", "> ".repeat(5000) + "- ".repeat(5000) + "#x"],
	])("survives %s", (_label, text) => {
		expect(() => parseNoteUnguarded(String(text))).not.toThrow();
		expect(() => parseNote(text)).not.toThrow();
	});

	it("parses a 5 MB note and pathological bracket runs completely", () => {
		const block = "# Title #t\n\nSome text with #tag, [[link]], `code` and [md](x.md).\n\n- [ ] task #todo\n  - sub\n\n";
		const big = block.repeat(Math.ceil(5_000_000 / block.length));
		// Speed is measured by the benchmark; here the parse must finish (jest's timeout) and be complete.
		const parsed = parseNote(big);
		expect(parsed.metadata.tags?.length).toBe(3 * Math.ceil(5_000_000 / block.length));
		const hostile = parseNote("[a](x".repeat(20_000) + " #end " + "`".repeat(100) + "[[".repeat(10_000));
		expect(hostile.metadata.tags?.map((t) => t.tag)).toEqual(["#end"]);
	});
});
