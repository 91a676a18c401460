/** @jest-environment node */
import fc from "fast-check";
import { equalsIgnoringCase, findKey, isFrontMatter, KeyFinder } from "../../../src/core/articles/frontmatter-keys";
import type { FrontMatter } from "../../../src/core/metadata/types";

describe("equalsIgnoringCase", () => {
	it.each<[string, string, boolean]>([
		["Type", "type", true],
		["TYPE", "type", true],
		["tyPe", "type", true],
		["tape", "type", false],
		["ÉTÉ", "été", true],
		["Été", "ete", false],
		["ΣΑ", "σα", true],
		["", "", true],
	])("%s vs %s → %s", (key, lower, expected) => {
		expect(equalsIgnoringCase(key, lower)).toBe(expected);
	});

	it("agrees with toLowerCase for any keys of the same length", () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 6 }), fc.string({ maxLength: 6 }), (key, other) => {
				const lower = other.toLowerCase();
				if (key.length !== lower.length) return;
				expect(equalsIgnoringCase(key, lower)).toBe(key.toLowerCase() === lower);
				expect(equalsIgnoringCase(key, key.toLowerCase())).toBe(true);
			}),
			{ numRuns: 2000 },
		);
	});
});

describe("KeyFinder finds each key as findKey does", () => {
	const wanted = ["title", "tags", "tag", "type", "pubDate", "date", "published", "created"];

	it.each<[string, FrontMatter]>([
		["exact keys", { title: "t", tags: [], type: "x", date: "d" }],
		["other casings", { Title: "t", TAGS: [], Type: "x", PUBDATE: "d" }],
		["exact wins over an earlier casing", { Type: "a", type: "b", pubdate: 1, pubDate: 2 }],
		["the first casing wins", { TYPE: "a", Type: "b" }],
		["legacy key", { Tag: "a" }],
		["number-like and odd keys", { 1: "x", "": "y", "Date ": "z", dAtE: "w" }],
		["no keys", {}],
	])("%s", (_name, frontmatter) => {
		const finder = new KeyFinder(wanted);
		finder.scan({ title: "stale", Type: "stale" });
		finder.scan(frontmatter);
		expect(finder.found).toEqual(wanted.map((key) => findKey(frontmatter, key)));
	});

	it("ignores inherited keys", () => {
		const frontmatter = Object.create({ title: "inherited" }) as FrontMatter;
		frontmatter.Title = "own";
		const finder = new KeyFinder(["title"]);
		finder.scan(frontmatter);
		expect(finder.found).toEqual(["Title"]);
	});

	it("agrees with findKey for any keys", () => {
		const keyArb = fc.oneof(fc.constantFrom("title", "Title", "TAGS", "tag", "Tag", "type", "tYpe", "date", "DATE", "pubdate", "pubDate", "created", "x"), fc.string({ maxLength: 8 }));
		fc.assert(
			fc.property(fc.array(keyArb, { maxLength: 10 }), fc.array(keyArb, { minLength: 1, maxLength: 6 }), (keys, wantedKeys) => {
				const frontmatter: FrontMatter = {};
				for (const key of keys) frontmatter[key] = 1;
				const finder = new KeyFinder(wantedKeys);
				finder.scan(frontmatter);
				expect(finder.found).toEqual(wantedKeys.map((key) => findKey(frontmatter, key)));
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("isFrontMatter", () => {
	it("accepts a mapping and nothing else YAML can yield", () => {
		expect(isFrontMatter({ title: "A" })).toBe(true);
		expect(isFrontMatter({})).toBe(true);
		for (const other of [null, undefined, "text", 3, true, ["a"], new Date(0)]) expect(isFrontMatter(other)).toBe(false);
	});
});
