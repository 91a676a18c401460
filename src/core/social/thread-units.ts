import { segmenterFor } from "../text/segmenters";
import { overlaps, pushTrimmed, span } from "../text/trimmed-spans";
import type { GraphemeIndex } from "./grapheme-index";
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

/** Splits one range into the pieces of the next finer level; `index` gives the whole text's clusters, if known. */
export type Splitter = (text: string, range: Range, links: readonly UrlSpan[], index?: () => GraphemeIndex) => Range[];

/**
 * Pieces between separators matched by `separator` (a global regex), trimmed, empty ones skipped; with `isCut`, only
 * the separators it accepts cut.
 */
const between = (text: string, range: Range, separator: RegExp, isCut?: (match: RegExpExecArray) => boolean): Range[] => {
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
		if (isCut && !isCut(match)) continue;
		pushTrimmed(pieces, text, range.start + from, range.start + match.index);
		from = match.index + match[0].length;
	}
	pushTrimmed(pieces, text, range.start + from, range.end);
	return pieces;
};

/** Paragraphs: separated by a blank line. */
export const paragraphs: Splitter = (text, range) => between(text, range, /\r?\n[ \t]*\r?\n\s*/g);

/**
 * Sentences, by `Intl.Segmenter`, with links masked so `example.com/a.B` is never taken for a sentence end. A
 * boundary counts only after whitespace or a full-width terminator (`。！？`): the segmenter also breaks inside
 * `www.a.com?q=1` or `wow!Cool`, which are not sentence ends for a thread.
 */
export const sentences: Splitter = (text, range, links) => {
	const masked = maskLinks(text, links, range);
	const pieces: Range[] = [];
	let from = 0;
	for (const end of sentenceEnds(masked)) {
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

/** Words: cut at any whitespace but a no-break space (`10\u00a0000`, `M.\u202fDupont`), which was written to hold. */
export const words: Splitter = (text, range) => between(text, range, /[^\S\u00a0\u2007\u202f]+/g);

/** Graphemes of a word, unless the word holds a link: a link is never cut, even if it cannot fit. */
export const wordGraphemes: Splitter = (text, range, links, index) => {
	if (links.some((link) => overlaps(link, range))) return [range];
	const pieces: Range[] = [];
	const known = index?.();
	const [from, to] = known ? [known.ordinal[range.start], known.ordinal[range.end]] : [-1, -1];
	if (known && from >= 0 && to >= 0) {
		for (let k = from; k < to; k++) pieces.push(span(known.starts[k], known.starts[k + 1]));
		return pieces;
	}
	let at = range.start;
	for (const grapheme of graphemes(text.slice(range.start, range.end))) {
		pieces.push(span(at, at + grapheme.length));
		at += grapheme.length;
	}
	return pieces;
};

/** From coarse to fine. */
export const LEVELS: readonly Splitter[] = [paragraphs, sentences, clauses, words, wordGraphemes];

/** The range's text with every link replaced by letters of the same length, so offsets still line up. */
const maskLinks = (text: string, links: readonly UrlSpan[], range: Range): string => {
	let out = "";
	let from = range.start;
	for (const link of links) {
		if (link.end <= from || link.start >= range.end) continue;
		out += text.slice(from, Math.max(from, link.start)) + "x".repeat(Math.min(link.end, range.end) - Math.max(from, link.start));
		from = Math.min(link.end, range.end);
	}
	return out + text.slice(from, range.end);
};

/**
 * Where sentences end; a plain punctuation rule where `Intl.Segmenter` is missing. The segmenter is quadratic on
 * long strings in V8, so the text goes to it a chunk at a time, each ending where UAX #29 breaks whatever comes before
 * or after: after a line feed, between `. `, `! ` or `? ` and a capital, and between `。`, `！` or `？` and an ideograph.
 */
const sentenceEnds = (text: string): number[] => {
	const ends: number[] = [];
	const segmenter = segmenterFor("sentence");
	if (segmenter) {
		for (let from = 0; from < text.length; ) {
			CERTAIN_BREAK.lastIndex = from + CHUNK;
			const to = CERTAIN_BREAK.exec(text) ? CERTAIN_BREAK.lastIndex : text.length;
			for (const part of segmenter.segment(text.slice(from, to))) ends.push(from + part.index + part.segment.length);
			from = to;
		}
		return ends;
	}
	const end = /[.!?\u2026]+["'\u201D\u2019)\]]*\s+/g;
	let match: RegExpExecArray | null;
	while ((match = end.exec(text)) !== null) ends.push(match.index + match[0].length);
	ends.push(text.length);
	return ends;
};

const CHUNK = 1000;
const CERTAIN_BREAK = /\n|[.!?] (?=[A-Z])|[\u3002\uFF01\uFF1F](?=[\u4E00-\u9FFF])/g;
