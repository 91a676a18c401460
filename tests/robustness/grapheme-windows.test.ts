/** @jest-environment node */
/**
 * Counting long texts: `graphemes` segments long text a window at a time and skips the segmenter for text below
 * U+0300 (V8's segment iterator slowed a 100k-character line to minutes). The clusters must be exactly the ones the
 * segmenter finds on the whole text, and the time must grow linearly.
 */
import fc from "fast-check";

import { graphemeCount, graphemes } from "../../src/core/social/graphemes";

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });
const direct = (text: string) => Array.from(segmenter.segment(text), (s) => s.segment);

/** Pieces that join into clusters across any cut: ZWJ sequences, flags, modifiers, marks, Hangul jamo, CR LF. */
const JOINERS = [
	"👨‍👩‍👧‍👦", "\u200d", "🇫🇷", "🇩", "🇪", "👍🏽", "🏽", "e\u0301", "\u0301", "\u0308\u0301", "\u1100\u1161\u11a8", "\u1100", "\u11a8",
	"क्ष", "\u094d", "\r\n", "\r", "\n", "a", " ", "é", "\uD83D", "\uDE00", "\uFE0F", "#\uFE0F\u20E3", "©\uFE0F", "\u00ad",
];

describe("graphemes on text longer than one window", () => {
	it("finds exactly the segmenter's clusters, wherever the windows fall", () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...JOINERS), { minLength: 300, maxLength: 2_500 }), (pieces) => {
				const text = pieces.join("");
				const expected = direct(text);
				expect(graphemes(text)).toEqual(expected);
				expect(graphemeCount(text)).toBe(expected.length);
			}),
			{ numRuns: 60, seed: 7 },
		);
	});

	it.each<[string, string]>([
		["one cluster longer than two windows", `a${"\u0301".repeat(3_000)}b`],
		["a run of flags (pairs counted from the start)", "🇫🇷".repeat(1_500) + "🇩"],
		["a surrogate pair on every window edge", "😀".repeat(2_000)],
		["CR LF across a window edge", `😀${"x".repeat(1_021)}\r\n`.repeat(4)],
	])("%s", (_name, text) => {
		expect(graphemes(text)).toEqual(direct(text));
		expect(graphemeCount(text)).toBe(direct(text).length);
	});

	it("counts every character below U+0300 as one cluster, except CR LF", () => {
		let text = "";
		for (let code = 0; code < 0x300; code++) text += String.fromCharCode(code);
		expect(graphemeCount(text)).toBe(direct(text).length);
		expect(graphemeCount("a\r\nb\rc")).toBe(direct("a\r\nb\rc").length);
		expect(graphemes("a\r\nb")).toEqual(["a", "\r\n", "b"]);
	});

	it("counts 200k characters in linear time (well under a second)", () => {
		const unit = "Ça va très bien, 日本語も 👍🏽 ";
		const mixed = unit.repeat(8_000);
		const start = Date.now();
		expect(graphemeCount(mixed)).toBe(direct(unit).length * 8_000);
		expect(Date.now() - start).toBeLessThan(3_000);
	});
});
