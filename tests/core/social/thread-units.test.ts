/** @jest-environment node */
import { clauses, paragraphs, sentences, wordGraphemes, words } from "../../../src/core/social/thread-units";
import type { Range, Splitter } from "../../../src/core/social/thread-units";
import { findUrls } from "../../../src/core/social/urls";

function pieces(splitter: Splitter, text: string): string[] {
	const all: Range = { start: 0, end: text.length };
	return splitter(text, all, findUrls(text)).map((r) => text.slice(r.start, r.end));
}

describe("thread cut points", () => {
	it.each([
		["blank lines", "One.\n\nTwo.\n \n\nThree.", ["One.", "Two.", "Three."]],
		["a single line break is not a paragraph", "One\nstill one.\n\nTwo.", ["One\nstill one.", "Two."]],
		["surrounding blank space", "\n\n  One.  \n\n", ["One."]],
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

	it("words: any whitespace", () => {
		expect(pieces(words, " a  b\nc\td ")).toEqual(["a", "b", "c", "d"]);
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
