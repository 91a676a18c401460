/** @jest-environment node */
/**
 * Property tests: the Markdown cleaner and the key-line finder never throw on any string, and what they report
 * points back into the source (line numbers within the file, offsets within the cleaned text).
 */
import fc from "fast-check";

import { cleanMarkdown } from "../../src/core/snippets/clean";
import { findKeyLines, scoreCandidates } from "../../src/core/snippets/key-lines";

/** Pieces of Markdown (and of things that break naive parsers) that random notes are built from. */
const PIECES = [
	"#", "## ", "#tag", "#a/b", "[[", "]]", "[[note|alias]]", "![[embed]]", "**", "*", "_", "==", "~~", "%%", "`", "```",
	"~~~", "---", "...", "\n", "\n\n", "\r\n", "\r", " ", "\t", "> ", "> [!quote] ", "> [!note]- ", "- ", "1. ", "- [ ] ",
	"^snippet-a", " ^id", "<!--", "-->", "$$", "|", "| a | b |", "[", "]", "(", ")", "[text](https://x.io/a_(b))", "!",
	"🔥", "👨‍👩‍👧", "🇫🇷", "é", "e\u0301", "\u200b", "\u200d", "\uFEFF", "\u2028", "\u0000", "\uD800", "\uDC00", "שלום",
	"https://example.com/a.b?c=d#e", "www.x.io", "word", "Sentence one.", "Why not?", "Yes! ", "Mr. Smith", "e.g. this",
	"title: x", "tags: [a]", "<b>", "</b>", "<script>", "&amp;", "\\", "\"", "'", "…", "—", ":", "1", "2024-13-45",
	"\u001b[31m", "\u001b]0;x\u0007", "\u0007", "\u0085",
];

const markdownish = fc.string({ unit: fc.constantFrom(...PIECES), maxLength: 200 });
const anything = fc.oneof(
	fc.string({ unit: "binary", maxLength: 300 }),
	fc.string({ unit: fc.constantFrom("\uD800", "\uDFFF", "\n", "a", " ", "#", "`"), maxLength: 100 }),
	markdownish,
);

/** Lines as the cleaner and the editor count them (a leading byte-order mark is not a line). */
const lineCount = (text: string) => text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).length;

const RUNS = { numRuns: 400, seed: 20_241_122 };

describe("cleanMarkdown", () => {
	it("never throws, and every cleaned line sits where it says, on a line of the file", () => {
		fc.assert(
			fc.property(anything, (text) => {
				const clean = cleanMarkdown(text);
				const lines = lineCount(text);
				let last = 0;
				for (const line of clean.lines) {
					expect(line.line).toBeGreaterThanOrEqual(1);
					expect(line.line).toBeLessThanOrEqual(lines);
					expect(line.line).toBeGreaterThan(last);
					last = line.line;
					expect(clean.text.slice(line.start, line.start + line.text.length)).toBe(line.text);
				}
				for (const offset of [0, clean.text.length >> 1, clean.text.length, clean.text.length + 5]) {
					expect(clean.lineAt(offset)).toBeGreaterThanOrEqual(1);
					expect(clean.lineAt(offset)).toBeLessThanOrEqual(lines);
				}
				for (const span of [...clean.emphasis, ...clean.forced]) {
					expect(0 <= span.start && span.start <= span.end && span.end <= clean.text.length).toBe(true);
				}
			}),
			RUNS,
		);
	});

	it("accepts what is not a string at all, as an empty note", () => {
		for (const value of [undefined, null, 42, {}, ["# a"]]) expect(cleanMarkdown(value as unknown as string).lines).toEqual([]);
	});
});

describe("findKeyLines", () => {
	const options = fc.record({
		count: fc.oneof(fc.integer({ min: -2, max: 12 }), fc.constantFrom(Number.NaN, Infinity, 2.5)),
		title: fc.oneof(fc.constant(undefined), markdownish),
		tags: fc.oneof(fc.constant(undefined), fc.array(markdownish, { maxLength: 5 })),
	});

	it("never throws, and each key line is on a line of the file, with a finite score and no control character", () => {
		fc.assert(
			fc.property(anything, options, (text, opts) => {
				const found = findKeyLines(text, opts);
				if (Number.isFinite(opts.count)) expect(found.length).toBeLessThanOrEqual(Math.max(0, Math.floor(opts.count)));
				for (const k of found) {
					expect(Number.isInteger(k.line)).toBe(true);
					expect(k.line).toBeGreaterThanOrEqual(1);
					expect(k.line).toBeLessThanOrEqual(lineCount(text));
					expect(Number.isFinite(k.score)).toBe(true);
					expect(k.text.trim()).not.toBe("");
					expect(k.text).not.toMatch(/\p{Cc}/u);
				}
			}),
			RUNS,
		);
	});

	it("scores every candidate of any note without throwing, each on a line of the file", () => {
		fc.assert(
			fc.property(markdownish, (text) => {
				for (const k of scoreCandidates(text)) {
					expect(k.line).toBeGreaterThanOrEqual(1);
					expect(k.line).toBeLessThanOrEqual(lineCount(text));
				}
			}),
			{ ...RUNS, numRuns: 200 },
		);
	});
});
