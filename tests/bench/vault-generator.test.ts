/** @jest-environment node */
import { articleMarkdown, countWords } from "../../bench/prose";
import { itemSeed, Random } from "../../bench/random";
import { BROKEN_KINDS, generateNote, generateVault, type BrokenKind } from "../../bench/vault-generator";
import { buildArticle } from "../../src/core/articles/article";
import { noteInputFromMarkdown } from "../../src/core/articles/from-markdown";
import type { ProblemCode } from "../../src/core/articles/types";

const VAULT = generateVault(2000, 7);

describe("seeded random source", () => {
	it("repeats its sequence for the same seed and differs for another", () => {
		const draw = (seed: number) => {
			const r = new Random(seed);
			return Array.from({ length: 20 }, () => r.next());
		};
		expect(draw(42)).toEqual(draw(42));
		expect(draw(42)).not.toEqual(draw(43));
	});

	it("keeps int() within its bounds and reaches both ends", () => {
		const r = new Random(1);
		const seen = new Set<number>();
		for (let i = 0; i < 2000; i++) seen.add(r.int(3, 6));
		expect([...seen].sort()).toEqual([3, 4, 5, 6]);
	});

	it("gives neighbouring items unrelated seeds", () => {
		const seeds = new Set(Array.from({ length: 1000 }, (_v, i) => itemSeed(5, i)));
		expect(seeds.size).toBe(1000);
	});
});

describe("vault generator determinism", () => {
	it("generates the same vault twice from the same seed", () => {
		expect(generateVault(300, 7)).toEqual(VAULT.slice(0, 300));
	});

	it("generates a different vault from another seed", () => {
		const other = generateVault(50, 8);
		expect(other.map((n) => n.text)).not.toEqual(VAULT.slice(0, 50).map((n) => n.text));
	});

	it("makes a small vault the prefix of a larger one, each note buildable alone", () => {
		expect(generateVault(20, 7)).toEqual(VAULT.slice(0, 20));
		expect(generateNote(1234, 7)).toEqual(VAULT[1234]);
	});
});

describe("vault generator content", () => {
	it("gives every note a unique path in a folder, ending in .md", () => {
		const paths = VAULT.map((n) => n.path);
		expect(new Set(paths).size).toBe(paths.length);
		for (const p of paths) expect(p).toMatch(/^[^/]+(\/[^/]+)*\/[^/]+\.md$/);
	});

	it("writes 0–8 tags and 0–2 types per note, using every count somewhere", () => {
		const tagCounts = new Set(VAULT.map((n) => n.tags.length));
		const typeCounts = new Set(VAULT.map((n) => n.types.length));
		expect([...tagCounts].every((c) => c >= 0 && c <= 8)).toBe(true);
		expect([...typeCounts].every((c) => c >= 0 && c <= 2)).toBe(true);
		expect(tagCounts.has(0) && tagCounts.has(8)).toBe(true);
		expect(typeCounts.has(0) && typeCounts.has(2)).toBe(true);
	});

	it("has nested tags and tags that differ only in case", () => {
		const tags = VAULT.flatMap((n) => n.tags);
		expect(tags.some((t) => t.includes("/"))).toBe(true);
		const casings = new Map<string, Set<string>>();
		for (const t of tags) casings.set(t.toLowerCase(), (casings.get(t.toLowerCase()) ?? new Set()).add(t));
		expect([...casings.values()].some((c) => c.size > 1)).toBe(true);
	});

	it("dates notes over ten years, 2015 to 2024", () => {
		const years = new Set(VAULT.flatMap((n) => (n.date ? [Number(n.date.slice(0, 4))] : [])));
		expect(Math.min(...years)).toBe(2015);
		expect(Math.max(...years)).toBe(2024);
		expect(years.size).toBe(10);
	});

	it("writes tags, types and dates that the real parser and article model read back", () => {
		for (const note of VAULT.filter((n) => n.broken === null)) {
			const input = noteInputFromMarkdown(note.path, note.text);
			expect((input.tags ?? []).map((t) => t.slice(1))).toEqual(note.tags);
			const article = buildArticle(input);
			expect(article.types).toEqual(note.types);
			expect(article.pubDate).toBe(note.date);
			expect(article.problems).toEqual([]);
		}
	});

	const expected: [BrokenKind, ProblemCode][] = [
		["invalid-yaml", "invalid-yaml"],
		["string-tags", "string-tags"],
		["legacy-tag-key", "legacy-tag-key"],
		// An unquoted `- #tag` is a YAML comment, so the list holds a null.
		["hash-in-yaml", "non-string-tag"],
		["numeric-tag", "numeric-tag"],
		["bad-date", "bad-date"],
		["type-key-case", "type-key-case"],
		["mojibake-title", "mojibake"],
	];

	it("plants every kind of broken metadata", () => {
		expect(expected.map(([kind]) => kind).sort()).toEqual([...BROKEN_KINDS].sort());
	});

	it.each(expected)("a %s note is listed with the %s problem", (kind, code) => {
		const notes = VAULT.filter((n) => n.broken === kind);
		expect(notes.length).toBeGreaterThan(0);
		for (const note of notes) {
			const article = buildArticle(noteInputFromMarkdown(note.path, note.text));
			expect(article.problems.map((p) => p.code)).toContain(code);
		}
	});
});

describe("prose", () => {
	it.each([500, 2000, 10000])("makes a %i-word article with exactly that many words", (words) => {
		const text = articleMarkdown(words, 3);
		expect(countWords(text)).toBe(words);
		expect(text).toBe(articleMarkdown(words, 3));
	});

	it.each([
		["a b c", 3],
		["- one\n> two ##", 2],
		["37% of 2019 —", 3],
		["", 0],
	])("counts the words of %j as %i", (text, n) => {
		expect(countWords(text)).toBe(n);
	});
});
