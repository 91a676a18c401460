import { HTML_TAG } from "./block-syntax";
import { decodeLinkPath, isExternalUrl, readWikilink } from "./link-text";
import { endsTag } from "./tag-chars";
import { isValidTagName } from "./tags";

/** What the scanner reports, with start and end as indexes into the scanned string. */
export interface InlineSink {
	tag(tag: string, start: number, end: number): void;
	link(embed: boolean, link: string, original: string, displayText: string, start: number, end: number): void;
}

/** Longest Markdown link destination followed; keeps garbage like `[a](((((…` linear. */
const MAX_DESTINATION = 1024;
/** Longest inline HTML tag recognised (an attribute value may not hide tags beyond this). */
const MAX_HTML_TAG = 512;

/**
 * Finds tags, links and embeds in one block's inline text (its lines joined by `\n`), skipping what Obsidian
 * skips: code spans, HTML comments and tags, link targets, escaped brackets. Every construct is matched with
 * precomputed or cached look-ups, so the scan stays linear on any input.
 */
export function scanInline(s: string, tableCells: boolean, sink: InlineSink): void {
	const n = s.length;
	const finders: Finders = {
		closeOf: matchBrackets(s),
		closeParen: new NextFinder(s, ")"),
		openParen: new NextFinder(s, "("),
		backslash: new NextFinder(s, "\\"),
		space: new NextFinder(s, (from) => {
			let i = from;
			while (i < s.length && s.charCodeAt(i) > 32) i++;
			return i < s.length ? i : -1;
		}),
		angle: new NextFinder(s, ">"),
		doubleQuote: new NextFinder(s, '"'),
		singleQuote: new NextFinder(s, "'"),
	};
	const ticks = new BacktickRuns(s);
	const wikiClose = new NextFinder(s, "]]");
	const newline = new NextFinder(s, "\n");
	const commentClose = new NextFinder(s, "-->");
	let allow = true;
	let i = 0;
	while (i < n) {
		const c = s.charCodeAt(i);
		if (c === 32 || (c >= 9 && c <= 13) || (c > 127 && /\s/.test(s[i]))) {
			allow = true;
			i++;
		} else if (c === 92 /* \ */) {
			if (i + 1 < n && isAsciiPunctuation(s.charCodeAt(i + 1))) {
				i += 2;
				allow = true;
			} else {
				i++;
				allow = false;
			}
		} else if (c === 96 /* ` */) {
			let run = 1;
			while (s.charCodeAt(i + run) === 96) run++;
			const closer = ticks.closer(run, i + run);
			i = closer === -1 ? i + run : closer + run;
			allow = false;
		} else if (c === 60 /* < */) {
			i = skipHtml(s, i, commentClose);
			allow = false;
		} else if (c === 91 /* [ */ || (c === 33 /* ! */ && s.charCodeAt(i + 1) === 91)) {
			const embed = c === 33;
			const open = embed ? i + 1 : i;
			let end = -1;
			if (s.charCodeAt(open + 1) === 91) end = wikilinkAt(s, i, open, embed, wikiClose, newline, sink);
			if (end === -1) end = markdownLinkAt(s, i, open, embed, finders, sink);
			i = end === -1 ? i + 1 : end;
			allow = false;
		} else if (c === 35 /* # */ && allow) {
			let j = i + 1;
			while (j < n && !endsTag(s.charCodeAt(j))) j++;
			const name = s.slice(i + 1, j);
			const valid = isValidTagName(name);
			if (valid) sink.tag("#" + name, i, j);
			allow = valid && s.charCodeAt(j) === 35;
			i = j;
		} else if (c === 42 || c === 95 || c === 126 || c === 61) {
			while (i < n && s.charCodeAt(i) === c) i++;
		} else {
			allow = tableCells && c === 124;
			i++;
		}
	}
}

function isAsciiPunctuation(code: number): boolean {
	return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

/** `[[…]]` on one line at `open`; reports it and returns the index after it, or -1 when it is not a wikilink. */
function wikilinkAt(
	s: string,
	start: number,
	open: number,
	embed: boolean,
	wikiClose: NextFinder,
	newline: NextFinder,
	sink: InlineSink,
): number {
	const close = wikiClose.find(open + 2);
	if (close === -1) return -1;
	const nl = newline.find(open);
	if (nl !== -1 && nl < close) return -1;
	const parts = readWikilink(s.slice(open + 2, close));
	if (!parts) return -1;
	sink.link(embed, parts.link, s.slice(start, close + 2), parts.displayText, start, close + 2);
	return close + 2;
}

/** `[text](destination "title")` at `open`; internal ones are reported. Returns the index after it, or -1. */
function markdownLinkAt(s: string, start: number, open: number, embed: boolean, f: Finders, sink: InlineSink): number {
	const close = f.closeOf.get(open);
	if (close === undefined || s.charCodeAt(close + 1) !== 40 /* ( */ || f.closeParen.find(close + 2) === -1) return -1;
	let p = skipSpaces(s, close + 2);
	let dest: string;
	if (s.charCodeAt(p) === 60 /* < */) {
		const gt = f.angle.find(p + 1);
		if (gt === -1 || gt - p > MAX_DESTINATION) return -1;
		dest = s.slice(p + 1, gt);
		if (/[<\n]/.test(dest)) return -1;
		p = gt + 1;
	} else {
		const from = p;
		const stop = firstOf(f.closeParen.find(p), f.space.find(p), s.length);
		p = firstOf(f.openParen.find(p), f.backslash.find(p), s.length) >= stop ? stop : scanDestination(s, p);
		if (p === -1) return -1;
		dest = s.slice(from, p);
	}
	p = skipSpaces(s, p);
	const quote = s.charCodeAt(p);
	if (quote === 34 || quote === 39) {
		const end = (quote === 34 ? f.doubleQuote : f.singleQuote).find(p + 1);
		if (end === -1 || end - p > MAX_DESTINATION) return -1;
		p = skipSpaces(s, end + 1);
	}
	if (s.charCodeAt(p) !== 41 /* ) */) return -1;
	const end = p + 1;
	if (dest.length > 0 && !isExternalUrl(dest)) {
		sink.link(embed, decodeLinkPath(dest), s.slice(start, end), s.slice(open + 1, close), start, end);
	}
	return end;
}

/** End of a destination holding `(`…`)` pairs or escapes, scanned at most MAX_DESTINATION characters; -1 if longer. */
function scanDestination(s: string, p: number): number {
	let depth = 0;
	const limit = Math.min(s.length, p + MAX_DESTINATION);
	for (; p < limit; p++) {
		const d = s.charCodeAt(p);
		if (d === 92 /* \ */) p++;
		else if (d === 40) depth++;
		else if (d === 41) {
			if (depth === 0) return p;
			depth--;
		} else if (d <= 32) return p;
	}
	return limit === s.length ? limit : -1;
}

function skipSpaces(s: string, p: number): number {
	while (s.charCodeAt(p) === 32 || s.charCodeAt(p) === 9) p++;
	return p;
}

/** Look-ups shared by all Markdown links of one block. */
interface Finders {
	closeOf: Map<number, number>;
	closeParen: NextFinder;
	openParen: NextFinder;
	backslash: NextFinder;
	space: NextFinder;
	angle: NextFinder;
	doubleQuote: NextFinder;
	singleQuote: NextFinder;
}

/** The smaller of two search results, where -1 (not found) counts as `none`. */
function firstOf(a: number, b: number, none: number): number {
	return Math.min(a === -1 ? none : a, b === -1 ? none : b);
}

/** Skips an HTML comment or a complete inline HTML tag at `i` (both hide tags); otherwise just the `<`. */
function skipHtml(s: string, i: number, commentClose: NextFinder): number {
	if (s.startsWith("<!--", i)) {
		const end = commentClose.find(i + 4);
		if (end !== -1) return end + 3;
		return i + 1;
	}
	const next = s.charCodeAt(i + 1);
	const letter = (next >= 65 && next <= 90) || (next >= 97 && next <= 122) || next === 47;
	if (!letter) return i + 1;
	const m = HTML_TAG.exec(s.slice(i, i + MAX_HTML_TAG));
	return m ? i + m[0].length : i + 1;
}

/** Index of the `]` matching each `[` (escapes respected), found in one pass with a stack. */
function matchBrackets(s: string): Map<number, number> {
	const closeOf = new Map<number, number>();
	const stack: number[] = [];
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c === 92) i++;
		else if (c === 91) stack.push(i);
		else if (c === 93 && stack.length > 0) closeOf.set(stack.pop() as number, i);
	}
	return closeOf;
}

/** Positions of maximal backtick runs by length, so each code span finds its closer in amortised O(1). */
class BacktickRuns {
	readonly #runs = new Map<number, number[]>();
	readonly #cursor = new Map<number, number>();

	constructor(s: string) {
		let i = s.indexOf("`");
		while (i !== -1) {
			let j = i;
			while (s.charCodeAt(j) === 96) j++;
			const list = this.#runs.get(j - i);
			if (list) list.push(i);
			else this.#runs.set(j - i, [i]);
			i = s.indexOf("`", j);
		}
	}

	/** Start of the first run of exactly `length` backticks at or after `from`, or -1. */
	closer(length: number, from: number): number {
		const list = this.#runs.get(length);
		if (!list) return -1;
		let k = this.#cursor.get(length) ?? 0;
		while (k < list.length && list[k] < from) k++;
		this.#cursor.set(length, k);
		return k < list.length ? list[k] : -1;
	}
}

/** `indexOf` with memory: an answer is reused for any later start it is still ahead of, so the many look-ups of a
 * left-to-right scan cost linear time in total (an earlier start simply searches again). */
class NextFinder {
	#at = -1;
	#from = Number.MAX_SAFE_INTEGER;
	readonly #search: (from: number) => number;

	constructor(s: string, needle: string | ((from: number) => number)) {
		this.#search = typeof needle === "string" ? (from) => s.indexOf(needle, from) : needle;
	}

	find(from: number): number {
		if (from >= this.#from && (this.#at === -1 || this.#at >= from)) return this.#at;
		this.#from = from;
		this.#at = this.#search(from);
		return this.#at;
	}
}
