/** @jest-environment node */
import { clauses, paragraphs, sentences, wordGraphemes, words } from "../../../src/core/social/thread-units";
import type { Range, Splitter } from "../../../src/core/social/thread-units";
import { findUrls } from "../../../src/core/social/urls";
import { GraphemeIndex } from "../../../src/core/social/grapheme-index";

function pieces(splitter: Splitter, text: string): string[] {
	const all: Range = { start: 0, end: text.length };
	return splitter(text, all, findUrls(text)).map((r) => text.slice(r.start, r.end));
}

describe("thread cut points", () => {
	it.each([
		["blank lines", "One.\n\nTwo.\n \n\nThree.", ["One.", "Two.", "Three."]],
		["a single line break is not a paragraph", "One\nstill one.\n\nTwo.", ["One\nstill one.", "Two."]],
		["surrounding blank space", "\n\n  One.  \n\n", ["One."]],
		["Windows line ends", "One.\r\n\r\nTwo.\r\nstill two.", ["One.", "Two.\r\nstill two."]],
	])("paragraphs: %s", (_name, text, expected) => {
		expect(pieces(paragraphs, text)).toEqual(expected);
	});

	it.each([
		["plain", "First one. Second one! Third?", ["First one.", "Second one!", "Third?"]],
		["a path with a full stop", "See example.com/A. B now. Next.", ["See example.com/A.", "B now.", "Next."]],
		["a path with `!` before a capital", "Visit https://ex.com/wow!Cool now. Next.", ["Visit https://ex.com/wow!Cool now.", "Next."]],
		["a query with `!` and `?`", "See https://example.com/x?a=1!Then more.", ["See https://example.com/x?a=1!Then more."]],
	])("sentences, links masked: %s", (_name, text, expected) => {
		expect(pieces(sentences, text)).toEqual(expected);
	});

	it.each([
		["commas and semicolons", "first, second; third", ["first,", "second;", "third"]],
		["colon", "one thing: the other", ["one thing:", "the other"]],
		["spaced dash", "this — and that", ["this", "— and that"]],
		["no cut inside numbers", "1,000 people", ["1,000 people"]],
	])("clauses: %s", (_name, text, expected) => {
		expect(pieces(clauses, text)).toEqual(expected);
	});

	it("words: any whitespace but a no-break space", () => {
		expect(pieces(words, " a  b\nc\td ")).toEqual(["a", "b", "c", "d"]);
		expect(pieces(words, "10\u00a0000 euros, M.\u202fDupont")).toEqual(["10\u00a0000", "euros,", "M.\u202fDupont"]);
	});

	it("graphemes: a word is cut between graphemes, never inside one", () => {
		expect(pieces(wordGraphemes, "ab👨‍👩‍👧‍👦e\u0301")).toEqual(["a", "b", "👨‍👩‍👧‍👦", "e\u0301"]);
	});

	it("graphemes: a word holding a link is never cut", () => {
		expect(pieces(wordGraphemes, "(https://example.com/a)")).toEqual(["(https://example.com/a)"]);
	});
});

describe("sentence cuts need a gap", () => {
	it.each([
		["a query after a bare domain (not part of the link)", "Go to www.a0.com?q=1 now. Next.", ["Go to www.a0.com?q=1 now.", "Next."]],
		["punctuation glued to a word", "Wow!Cool stuff. Next.", ["Wow!Cool stuff.", "Next."]],
		["full-width terminators cut without a space", "日本語です。次の文です。", ["日本語です。", "次の文です。"]],
	])("%s", (_name, text, expected) => {
		expect(pieces(sentences, text)).toEqual(expected);
	});
});

describe("long ranges", () => {
	/** Sentences as one pass of the segmenter over the whole text gives them (fine for a text this size). */
	function oneSegmentation(text: string): string[] {
		const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
		const out: string[] = [];
		let from = 0;
		for (const { index, segment } of segmenter.segment(text)) {
			const end = index + segment.length;
			if (end < text.length && !/[\s\u3002\uFF01\uFF1F\uFF0E]/.test(text[end - 1])) continue;
			if (text.slice(from, end).trim()) out.push(text.slice(from, end).trim());
			from = end;
		}
		return out;
	}

	it("sentences: a long paragraph is segmented a chunk at a time, with the same cuts as in one pass", () => {
		const text = "He said no. she said yes! Why? 3.14 is pi. e.g. this. Mr. Smith went. ok... \"Quote.\" A. B! c? D\u3002E\uFF01\u65E5\u3002\u672C\nNext line. ".repeat(60);
		expect(text.length).toBeGreaterThan(5000);
		expect(pieces(sentences, text)).toEqual(oneSegmentation(text));
	});

	it("graphemes: a word on the text's cluster boundaries is cut where the index says, as without it", () => {
		const text = "ภาษาไทย👍🏽中文e\u0301".repeat(50);
		const all: Range = { start: 0, end: text.length };
		const index = new GraphemeIndex(text);
		expect(wordGraphemes(text, all, [], () => index)).toEqual(wordGraphemes(text, all, []));
		const inner: Range = { start: text.indexOf("\u0301"), end: text.length };
		expect(index.ordinal[inner.start]).toBe(-1); // starts inside a cluster: the index cannot be used
		expect(wordGraphemes(text, inner, [], () => index)).toEqual(wordGraphemes(text, inner, []));
	});
});
