/** @jest-environment node */
import { pushTrimmed, type Span } from "../../../src/core/text/trimmed-spans";

describe("pushTrimmed", () => {
	it("adds the span with the whitespace at both ends dropped, as offsets into the text", () => {
		const spans: Span[] = [];
		pushTrimmed(spans, "  one two \n", 0, 11);
		expect(spans).toEqual([{ start: 2, end: 9 }]);
	});

	it("only looks inside the given range", () => {
		const spans: Span[] = [];
		pushTrimmed(spans, "ab  cd  ef", 2, 8);
		expect(spans).toEqual([{ start: 4, end: 6 }]);
	});

	it("adds nothing for a blank or empty range, and keeps what was there", () => {
		const spans: Span[] = [{ start: 0, end: 1 }];
		pushTrimmed(spans, "x \t\n ", 1, 5);
		pushTrimmed(spans, "x", 1, 1);
		expect(spans).toEqual([{ start: 0, end: 1 }]);
	});

	it("drops every kind of whitespace `trim` drops", () => {
		const text = "\u00a0\u2003word\u3000\ufeff";
		const spans: Span[] = [];
		pushTrimmed(spans, text, 0, text.length);
		expect(text.slice(spans[0].start, spans[0].end)).toBe(text.trim());
	});
});
