/**
 * Where a key line sits in the note's source. Key lines are cleaned text (emphasis, highlight and link markup
 * gone, `[[a|b]]` read as `b`), so they are found word by word: the key line's words must appear in order, with
 * a few extra source words allowed between them (a link's target, say). When no such run exists, the whole source
 * line is used, so a key line is always marked somewhere sensible.
 */

import { CONTROL } from "../../core/snippets/clean";

/** A half-open character range in the document. */
export interface TextRange {
	from: number;
	to: number;
}

interface Word {
	key: string;
	start: number;
	end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
/** Extra source words allowed between two consecutive words of the key line. */
const MAX_GAP = 12;
/** How many source lines past the key line's own line may hold the rest of it. */
const MAX_LINES = 40;
/** Markup that may sit between the last word and its closing punctuation (`**fast.**`, `==done==.`). */
const MARKUP = new Set("*_=~`])");

const wordsOf = (text: string, offset: number): Word[] => {
	const out: Word[] = [];
	for (const m of text.matchAll(WORD)) {
		const start = (m.index ?? 0) + offset;
		out.push({ key: m[0].normalize("NFKC").toLowerCase().replace(/’/g, "'"), start, end: start + m[0].length });
	}
	return out;
};

/** Offsets where each line starts, for 0-based line numbers. */
const lineStarts = (doc: string): number[] => {
	const starts = [0];
	for (let i = doc.indexOf("\n"); i >= 0; i = doc.indexOf("\n", i + 1)) starts.push(i + 1);
	return starts;
};

/** The range of one source line (1-based), without its line break; the last line when out of range. */
const lineRange = (doc: string, starts: readonly number[], line: number): TextRange => {
	const index = Math.min(Math.max(line - 1, 0), starts.length - 1);
	const from = starts[index];
	const next = index + 1 < starts.length ? starts[index + 1] - 1 : doc.length;
	const to = next > from && doc[next - 1] === "\r" ? next - 1 : next;
	return { from, to };
};

/** The source range of a key line: its words in order from `line` on, or the whole line when they are not found. */
export const locateKeyLine = (doc: string, text: string, line: number, starts: readonly number[] = lineStarts(doc)): TextRange => {
	const own = lineRange(doc, starts, line);
	const wanted = wordsOf(text, 0);
	if (wanted.length === 0) return own;
	const last = lineRange(doc, starts, line + MAX_LINES);
	// the control sequences cleaning removed ("\x1b[31mRED") read as spaces of their length, so offsets stay the source's
	const source = wordsOf(doc.slice(own.from, last.to).replace(CONTROL, (c) => " ".repeat(c.length)), own.from);
	for (let s = 0; s < source.length; s++) {
		if (source[s].key !== wanted[0].key) continue;
		const end = matchFrom(source, s, wanted);
		if (end < 0) continue;
		return {
			from: extendStart(doc, source[s].start, text.slice(0, wanted[0].start), own.from),
			to: extendEnd(doc, source[end].end, text.slice(wanted[wanted.length - 1].end)),
		};
	}
	return own;
};

/** Index of the source word that matches the key line's last word, or -1. */
const matchFrom = (source: readonly Word[], first: number, wanted: readonly Word[]): number => {
	let at = first;
	for (let w = 1; w < wanted.length; w++) {
		let next = -1;
		for (let j = at + 1; j < source.length && j - at - 1 <= MAX_GAP; j++) {
			if (source[j].key === wanted[w].key) {
				next = j;
				break;
			}
		}
		if (next < 0) return -1;
		at = next;
	}
	return at;
};

/** Takes in the key line's leading punctuation (an opening quote) when the source has it just before. */
const extendStart = (doc: string, from: number, head: string, floor: number): number => {
	let start = from;
	for (let k = head.length - 1; k >= 0 && start > floor; k--) {
		if (/\s/.test(head[k])) break;
		if (doc[start - 1] !== head[k]) break;
		start--;
	}
	return start;
};

/** Takes in the key line's closing punctuation, stepping over closing markup in between. */
const extendEnd = (doc: string, to: number, tail: string): number => {
	let end = to;
	let probe = to;
	for (const ch of tail) {
		if (/\s/.test(ch)) break;
		// (past the end of the document there is no markup)
		while (doc[probe] !== ch && MARKUP.has(doc[probe])) probe++;
		if (doc[probe] !== ch) break;
		probe++;
		end = probe;
	}
	return end;
};

/** The ranges of several key lines in one document, computing line offsets once. */
export const locateKeyLines = (doc: string, lines: ReadonlyArray<{ text: string; line: number }>): TextRange[] => {
	const starts = lineStarts(doc);
	return lines.map((k) => locateKeyLine(doc, k.text, k.line, starts));
};
