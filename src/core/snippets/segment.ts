import { findUrls } from "../social/urls";
import { segmenterFor } from "../text/segmenters";
import { pushTrimmed, span } from "../text/trimmed-spans";
import { endBeforeClosers } from "./sentence-end";

/** A sentence as offsets into the text it was cut from. */
export interface Piece {
	start: number;
	end: number;
}

const STARTS_LOWER = /^[\s"'“‘(]*\p{Ll}/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

// A sentence ending on an abbreviation ("Mr.") or an initial ("J."). Both patterns end in `\.…$`, so they can only
// match in a sentence's last few characters: they are global and started there (with lastIndex) instead of being
// tried at every position of a long sentence.
const ABBREVIATION_TAIL = /(?:^|[\s("'“‘])(?:mr|mrs|ms|dr|prof|sr|jr|st|vs|inc|ltd|approx|e\.g|i\.e|u\.s|u\.k|a\.m|p\.m)\.["'”’)]*\s*$/gi;
const INITIAL_TAIL = /(?:^|\s)(?!I\.)\p{Lu}\.\s*$/gu;
/** The longest abbreviation ("approx") plus the character before it and the dot. */
const ABBREVIATION_REACH = 8;
/** True when the trailing whitespace of `s` holds a line break: the piece ended a line. */
const endsLine = (s: string): boolean => s.slice(s.trimEnd().length).includes("\n");

/** Whether `s` ends on an abbreviation, searched only from where the abbreviation must start. */
const endsOnAbbreviation = (s: string): boolean => {
	const end = endBeforeClosers(s, s.trimEnd().length);
	if (end === 0 || s[end - 1] !== ".") return false;
	ABBREVIATION_TAIL.lastIndex = Math.max(0, end - 1 - ABBREVIATION_REACH);
	return ABBREVIATION_TAIL.test(s);
};

/** Whether `s` ends on an initial, searched only from where the initial must start (never inside a surrogate pair). */
const endsOnInitial = (s: string): boolean => {
	const end = s.trimEnd().length;
	if (end === 0 || s[end - 1] !== ".") return false;
	let from = Math.max(0, end - 4);
	const c = s.charCodeAt(from);
	if (from > 0 && c >= 0xdc00 && c <= 0xdfff) from--;
	INITIAL_TAIL.lastIndex = from;
	return INITIAL_TAIL.test(s);
};

/**
 * Hides the `.`, `?` and `!` inside links and domain names (as X reads them, `findUrls`) so no sentence ends in the
 * middle of one; offsets stay the same. A stop right after a link is not part of it and still ends the sentence.
 */
export const maskUrls = (text: string): string => {
	let masked = "";
	let from = 0;
	for (const { start, end } of findUrls(text)) {
		masked += text.slice(from, start) + text.slice(start, end).replace(/[.?!]/g, "_");
		from = end;
	}
	return masked + text.slice(from);
};

/**
 * A stop followed by more text: only then can a line hold more than one sentence. Chinese and Japanese write no space
 * after their stops, so `。！？` count followed by anything (as does the Devanagari danda `।`).
 */
const INNER_STOP = /(?:[.!?…]["'”’)\]]*\s|[。！？।])\s*\S/;
/** A piece that ends on a stop (or a colon or semicolon): the line ended the sentence, not a wrap of the text. */
const STOPPED = /[.!?…:;。！？।]["'”’)\]」』]*\s*$/;

const rawPieces = (text: string): Piece[] => {
	const out: Piece[] = [];
	if (!INNER_STOP.test(text)) {
		// one sentence per line: skip the segmenter, which is the slowest step on short punchy paragraphs
		let start = 0;
		for (const line of text.split("\n")) {
			out.push(span(start, start + line.length + 1));
			start += line.length + 1;
		}
		out[out.length - 1].end = text.length;
		return out;
	}
	const seg = segmenterFor("sentence");
	if (seg) {
		for (const s of seg.segment(text)) out.push(span(s.index, s.index + s.segment.length));
		return out;
	}
	const re = /[^.!?\n]*(?:[.!?]+["'”’)]*\s*|\n+|$)/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null && m[0].length > 0) out.push(span(m.index, m.index + m[0].length));
	return out;
};

/**
 * Splits prose into sentences with `Intl.Segmenter`, then glues back what it wrongly split: after abbreviations
 * (Mr., e.g., U.S.), before a piece that starts lower-case, and pieces with no words (a lone emoji or quote mark).
 */
export const splitSentences = (text: string): Piece[] => {
	const masked = maskUrls(text);
	const merged: Piece[] = [];
	for (const p of rawPieces(masked)) {
		const prev = merged[merged.length - 1];
		if (prev) {
			const prevText = masked.slice(prev.start, prev.end);
			const body = masked.slice(p.start, p.end);
			// A line that stops mid-sentence and a next one that goes on in lower case are one hard-wrapped sentence
			// ("It tells you something about⏎the offer"); any other line break ends the sentence.
			const wrapped = !STOPPED.test(prevText) && STARTS_LOWER.test(body);
			if (endsLine(prevText) ? wrapped : STARTS_LOWER.test(body) || !HAS_WORD.test(body) || endsOnAbbreviation(prevText) || endsOnInitial(prevText)) {
				prev.end = p.end;
				continue;
			}
		}
		merged.push({ ...p });
	}
	const out: Piece[] = [];
	for (const p of merged) pushTrimmed(out, text, p.start, p.end);
	return out;
};
