import { segmenterFor } from "../text/segmenters";
import { pushTrimmed } from "../text/trimmed-spans";
import { graphemes } from "./graphemes";
import type { UrlSpan } from "./urls";

/**
 * The places a thread may be cut, from the most to the least natural: paragraphs, sentences, clauses, words, and
 * (only for a word longer than a whole post) graphemes. Each function returns the trimmed pieces of a range of the
 * text as offsets, so the pieces keep the text's own spacing and nothing is rewritten.
 */

/** A `[start, end)` slice of the text being split, in UTF-16 offsets. */
export interface Range {
	start: number;
	end: number;
}

/** Splits one range into the pieces of the next finer level. */
export type Splitter = (text: string, range: Range, links: readonly UrlSpan[]) => Range[];

/** Pieces between separators matched by `separator` (a global regex), trimmed, empty ones skipped. */
function between(text: string, range: Range, separator: RegExp, isCut: (match: RegExpExecArray) => boolean): Range[] {
	const slice = text.slice(range.start, range.end);
	const pieces: Range[] = [];
	let from = 0;
	separator.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = separator.exec(slice)) !== null) {
		if (match[0].length === 0) {
			separator.lastIndex++;
			continue;
		}
		if (!isCut(match)) continue;
		pushTrimmed(pieces, text, range.start + from, range.start + match.index);
		from = match.index + match[0].length;
	}
	pushTrimmed(pieces, text, range.start + from, range.end);
	return pieces;
}

/** Paragraphs: separated by a blank line. */
export const paragraphs: Splitter = (text, range) => between(text, range, /\n[ \t]*\n\s*/g, () => true);

/**
 * Sentences, by `Intl.Segmenter`, with links masked so `example.com/a.B` is never taken for a sentence end. A
 * boundary counts only after whitespace or a full-width terminator (`。！？`): the segmenter also breaks inside
 * `www.a.com?q=1` or `wow!Cool`, which are not sentence ends for a thread.
 */
export const sentences: Splitter = (text, range, links) => {
	const masked = maskLinks(text, links).slice(range.start, range.end);
	const pieces: Range[] = [];
	let from = 0;
	for (const [, end] of sentenceBounds(masked)) {
		if (end < masked.length && !SENTENCE_GAP.test(masked.slice(Math.max(0, end - 1), end))) continue;
		pushTrimmed(pieces, text, range.start + from, range.start + end);
		from = end;
	}
	return pieces;
};

const SENTENCE_GAP = /[\s\u3002\uFF01\uFF1F\uFF0E]/;

const CLAUSE_END = /[,;:)]$/;
const DASH_START = /^[\u2014\u2013]/;

/** Clauses: cut at a space after `,` `;` `:` `)`, or before a dash, which opens the next clause. Links hold no spaces. */
export const clauses: Splitter = (text, range) =>
	between(text, range, /\s+/g, (space) => {
		const at = range.start + space.index;
		return CLAUSE_END.test(text.slice(Math.max(0, at - 1), at)) || DASH_START.test(text.slice(at + space[0].length));
	});

/** Words: cut at any whitespace. */
export const words: Splitter = (text, range) => between(text, range, /\s+/g, () => true);

/** Graphemes of a word, unless the word holds a link: a link is never cut, even if it cannot fit. */
export const wordGraphemes: Splitter = (text, range, links) => {
	if (links.some((link) => link.start < range.end && link.end > range.start)) return [range];
	const pieces: Range[] = [];
	let at = range.start;
	for (const grapheme of graphemes(text.slice(range.start, range.end))) {
		pieces.push({ start: at, end: at + grapheme.length });
		at += grapheme.length;
	}
	return pieces;
};

/** From coarse to fine. */
export const LEVELS: readonly Splitter[] = [paragraphs, sentences, clauses, words, wordGraphemes];

/** The text with every link replaced by letters of the same length, so offsets still line up. */
function maskLinks(text: string, links: readonly UrlSpan[]): string {
	let out = "";
	let from = 0;
	for (const link of links) {
		out += text.slice(from, link.start) + "x".repeat(link.end - link.start);
		from = link.end;
	}
	return out + text.slice(from);
}

/** Sentence boundaries as `[start, end)` pairs; a plain punctuation rule where `Intl.Segmenter` is missing. */
function sentenceBounds(text: string): [number, number][] {
	const segmenter = segmenterFor("sentence");
	if (segmenter) {
		return Array.from(segmenter.segment(text), (part) => [part.index, part.index + part.segment.length]);
	}
	const bounds: [number, number][] = [];
	const end = /[.!?\u2026]+["'\u201D\u2019)\]]*\s+/g;
	let from = 0;
	let match: RegExpExecArray | null;
	while ((match = end.exec(text)) !== null) {
		bounds.push([from, match.index + match[0].length]);
		from = match.index + match[0].length;
	}
	bounds.push([from, text.length]);
	return bounds;
}
