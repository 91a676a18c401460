/** @jest-environment node */
import { buildArticle } from "../../../src/core/articles/article";
import type { NoteInput } from "../../../src/core/articles/types";
import {
	applyFrontmatterFixes,
	hasCertainFix,
	planEncodingFix,
	planFixes,
	planFrontmatterFixes,
	splitTagText,
	type FixCode,
} from "../../../src/core/health/fixes";
import type { FrontMatter } from "../../../src/core/metadata/types";

describe("splitTagText", () => {
	it.each<[string, string[] | null]>([
		["sales, mindset", ["sales", "mindset"]],
		["sales,mindset", ["sales", "mindset"]],
		["sales mindset", ["sales", "mindset"]],
		["  sales   mindset  ", ["sales", "mindset"]],
		["sales, mindset,", ["sales", "mindset"]],
		["2024, sales", ["2024", "sales"]], // kept as written; the numeric tag stays a separate problem
		["sales/closing, #mindset", ["sales/closing", "#mindset"]],
		["sales", null], // one tag already
		["sales, cold calling", null], // one tag or two? a guess
		[" , ", null],
	])("%j → %j", (text, expected) => {
		expect(splitTagText(text)).toEqual(expected);
	});
});

describe("planFrontmatterFixes", () => {
	it.each<[string, FrontMatter, FixCode[], string[]]>([
		["string tags", { tags: "sales, mindset" }, ["string-tags"], ['tags: "sales, mindset" → tags: ["sales", "mindset"]']],
		["legacy key", { tag: "coaching" }, ["legacy-tag-key"], ['tag: "coaching" → tags: "coaching"']],
		["legacy key in capitals", { Tag: ["a", "b"] }, ["legacy-tag-key"], ['Tag: ["a", "b"] → tags: ["a", "b"]']],
		// Renamed first, then split: each fix is previewed on the result of the one before.
		["legacy key holding a string of tags", { tag: "a b" }, ["legacy-tag-key", "string-tags"], ['tag: "a b" → tags: "a b"', 'tags: "a b" → tags: ["a", "b"]']],
		["type key casing", { Type: "sfcContent" }, ["type-key-case"], ['Type: "sfcContent" → type: "sfcContent"']],
		["TYPE with a list", { TYPE: ["a", "b"] }, ["type-key-case"], ['TYPE: ["a", "b"] → type: ["a", "b"]']],
		["all three", { tag: "x, y", Type: "post" }, ["legacy-tag-key", "string-tags", "type-key-case"], [
			'tag: "x, y" → tags: "x, y"',
			'tags: "x, y" → tags: ["x", "y"]',
			'Type: "post" → type: "post"',
		]],
		["clean", { tags: ["a"], type: "post" }, [], []],
		["tag beside tags: nothing is certain", { tag: "a", tags: ["b"] }, [], []],
		["Type beside type: nothing is overwritten", { Type: "a", type: "b" }, [], []],
		["ambiguous string", { tags: "sales, cold calling" }, [], []],
		["numeric tags have no certain fix", { tags: [2024, "sales"] }, [], []],
		["# in tags has no certain fix", { tags: ["#sales"] }, [], []],
		["a bad date has no certain fix", { date: "2024-13-45" }, [], []],
	])("%s", (_name, frontmatter, codes, previews) => {
		const plan = planFrontmatterFixes(frontmatter);
		expect(plan.map((f) => f.code)).toEqual(codes);
		expect(plan.map((f) => `${f.before} → ${f.after}`)).toEqual(previews);
		for (const fix of plan) expect(fix.description).toMatch(/^[A-Z].{10,}$/);
	});

	it("renames to the configured type property", () => {
		expect(planFrontmatterFixes({ Format: "essay" }, { typeKey: "format" }).map((f) => f.after)).toEqual(['format: "essay"']);
		expect(planFrontmatterFixes({ Type: "essay" }, { typeKey: "format" })).toEqual([]);
	});

	it("does not touch the frontmatter it plans for", () => {
		const frontmatter = { tag: "x, y", Type: "post" };
		planFrontmatterFixes(frontmatter);
		expect(frontmatter).toEqual({ tag: "x, y", Type: "post" });
	});

	it.each([null, undefined, [], "text", new Date(0)])("plans nothing for %p", (value) => {
		expect(planFrontmatterFixes(value as never)).toEqual([]);
	});
});

describe("applyFrontmatterFixes", () => {
	it("applies the wanted fixes in place, keeping every other key, its value and the key order", () => {
		const frontmatter: Record<string, unknown> = { title: "T", tag: "x, y", pubDate: "2024-01-02", Type: "post", extra: { a: [1] } };
		const applied = applyFrontmatterFixes(frontmatter, ["type-key-case", "legacy-tag-key", "string-tags"]);
		expect(applied).toEqual(["legacy-tag-key", "string-tags", "type-key-case"]);
		expect(Object.entries(frontmatter)).toEqual([
			["title", "T"],
			["tags", ["x", "y"]],
			["pubDate", "2024-01-02"],
			["type", "post"],
			["extra", { a: [1] }],
		]);
	});

	it("applies only what was asked", () => {
		const frontmatter: Record<string, unknown> = { tags: "a b", Type: "post" };
		expect(applyFrontmatterFixes(frontmatter, ["type-key-case"])).toEqual(["type-key-case"]);
		expect(frontmatter).toEqual({ tags: "a b", type: "post" });
	});

	it.each<[string, Record<string, unknown>, FixCode[]]>([
		["the problem is gone", { tags: ["a", "b"] }, ["string-tags"]],
		["the key was fixed by hand", { type: "post" }, ["type-key-case"]],
		["a tags key appeared beside tag", { tag: "a", tags: ["b"] }, ["legacy-tag-key"]],
		["the string became ambiguous", { tags: "a, b c" }, ["string-tags"]],
		["nothing asked", { tag: "a" }, []],
	])("changes nothing when %s", (_name, frontmatter, wanted) => {
		const before = JSON.stringify(frontmatter);
		expect(applyFrontmatterFixes(frontmatter, wanted)).toEqual([]);
		expect(JSON.stringify(frontmatter)).toBe(before);
	});

	it("recomputes on the current value: a tag added after the preview is kept", () => {
		const frontmatter: Record<string, unknown> = { tags: "a, b, c" };
		applyFrontmatterFixes(frontmatter, ["string-tags"]);
		expect(frontmatter).toEqual({ tags: ["a", "b", "c"] });
	});
});

describe("planFixes", () => {
	it("lists the frontmatter fixes, then the encoding repair with its lines", () => {
		const text = '---\ntitle: "cafÃ©"\ntag: x\n---\nOK line\nItâ€™s garbled\n';
		const plan = planFixes({ frontmatter: { title: "cafÃ©", tag: "x" }, text });
		expect(plan.map((f) => f.code)).toEqual(["legacy-tag-key", "mojibake"]);
		expect(plan[1]).toEqual({
			code: "mojibake",
			description: "Repair 2 lines garbled by a wrong text encoding",
			before: 'title: "cafÃ©"\nItâ€™s garbled',
			after: 'title: "café"\nIt’s garbled',
			lines: [
				{ line: 2, before: 'title: "cafÃ©"', after: 'title: "café"' },
				{ line: 6, before: "Itâ€™s garbled", after: "It’s garbled" },
			],
		});
	});

	it("plans nothing for a correct note", () => {
		expect(planFixes({ frontmatter: { title: "café", tags: ["a"] }, text: "---\ntitle: café\n---\nIt’s fine." })).toEqual([]);
		expect(planEncodingFix("It’s fine.")).toBeNull();
	});
});

describe("hasCertainFix", () => {
	const article = (frontmatter: FrontMatter | null, extra: Partial<NoteInput> = {}) =>
		buildArticle({ path: "n.md", frontmatter, tags: [], ...extra });

	it.each<[string, FrontMatter | null, Partial<NoteInput>, boolean, boolean]>([
		["string tags", { tags: "a, b" }, {}, false, true],
		["legacy key", { tag: "a" }, {}, false, true],
		["type key", { Type: "a" }, {}, false, true],
		["garbled title in frontmatter", { title: "cafÃ©" }, {}, false, true],
		["garbled body", { title: "ok" }, { bodyMojibake: true }, true, true],
		// The title comes from the file name: a text repair cannot change it.
		["garbled file name only", null, { path: "cafÃ©.md" }, false, false],
		["bad date only", { date: "soon" }, {}, false, false],
		["invalid YAML only", null, { yamlError: "bad" }, false, false],
		["ambiguous tag string", { tags: "a, b c" }, {}, false, false],
		["no problem", { tags: ["a"] }, {}, false, false],
	])("%s → %s", (_name, frontmatter, extra, bodyMojibake, expected) => {
		expect(hasCertainFix(article(frontmatter, extra), frontmatter, bodyMojibake)).toBe(expected);
	});
});
