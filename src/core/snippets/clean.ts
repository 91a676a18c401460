import { repairMojibake } from "../text/mojibake";
import { span } from "../text/trimmed-spans";
import type { Span } from "./emphasis";
import { cleanInline, type TitleResolver } from "./inline";
import { stripComments, type CommentState } from "./comments";
import { searchSorted } from "../sorted-search";
import { isString } from "../type-checks";

export type { Span } from "./emphasis";

/** How a cleaned line was written in the source; tails and scoring treat headings and list items differently. */
export type LineKind = "text" | "heading" | "list" | "quote";

/** One surviving source line: where its prose sits in `CleanText.text` and what it looked like before cleaning. */
export interface CleanLine {
	text: string;
	/** Offset of the line's first character in `CleanText.text`. */
	start: number;
	/** 1-based source line. */
	line: number;
	/** The source line after mojibake repair and NFC, before any Markdown was removed. */
	raw: string;
	kind: LineKind;
	/** Lines with the same number belong to one paragraph (blank lines, headings and list items separate them). */
	paragraph: number;
	/** Link targets and bare URLs the line held (their anchor text stays in `text`). */
	urls: string[];
	/** How many links (wikilinks, Markdown links, bare URLs) the line held. */
	links: number;
}

export interface ForcedSpan extends Span {
	reason: "highlight" | "quote-callout" | "block-id";
}

export interface CleanText {
	text: string;
	/** for each char index range → 1-based source line */
	lineAt(offset: number): number;
	urls: string[];
	emphasis: Span[];
	forced: ForcedSpan[];
	/** The surviving lines in order; `text` is them joined by "\n" inside a paragraph and "\n\n" between. */
	lines: CleanLine[];
}

export interface CleanOptions {
	resolveTitle?: TitleResolver;
}

/** A code fence, or the `$$` around a block of maths: neither holds prose. */
const FENCE = /^\s{0,3}(`{3,}|~{3,}|\$\$)/;
const INDENTED = /^(?: {4}| {0,3}\t)/;
const HR = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const HEADING = /^\s{0,3}(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const QUOTE = /^\s{0,3}>\s?/;
const CALLOUT = /^\[!([\w-]+)\]([+-]?)/;
/** An attribution under a quotation ("— Mike, episode 42"): whose words they are, not words to quote. */
const ATTRIBUTION = /^\s*(?:—|–|--)\s*\S/;
/**
 * A list item's marker: Markdown's, or a bullet glyph pasted from a word processor or an old blog ("• "). A task's
 * box (any status: `[ ]`, `[x]`, `[?]`) takes the rest of the line: a task is a note to self, never a line to quote,
 * and the line, left empty, is skipped.
 */
const LIST = /^\s*(?:[-*+•◦▪‣]|\d{1,9}[.)])\s+(?:\[.\]\s.*)?/;
const TABLE_ROW = /^\s*\|.*\|\s*$/;
const DEFINITION = /^\s{0,3}\[\^?[^\]]+\]:\s*\S/;
const TAGS_ONLY = /^\s*(?:#[^\s#]+\s*)+$/;
const BLOCK_ID = /(?:^|\s)\^([A-Za-z0-9-]+)\s*$/;
const QUOTE_CALLOUTS = new Set(["quote", "cite"]);
/** Callouts that hold notes to the author or the editor rather than the article ("TODO: check the numbers"). */
const ASIDE_CALLOUTS = new Set(["todo", "warning", "caution", "attention", "danger", "error", "bug", "failure", "fail", "missing"]);

/**
 * Control characters, which no post should carry (a terminal runs them): a whole ANSI sequence (CSI `ESC[31m`, OSC
 * `ESC]0;title BEL`), else any C0 or C1 control but the white space (tab, form feed…) that collapses to a space.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
export const CONTROL = /\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\))|[\0-\b\x0e-\x1f\x7f-\x9f]/g;

/** The index of the line closing the frontmatter, or -1; `lines` is a split text, so it holds at least one line. */
const findFrontmatterEnd = (lines: string[]): number => {
	if (lines[0].trimEnd() !== "---") return -1;
	for (let i = 1; i < lines.length; i++) {
		const t = lines[i].trimEnd();
		if (t === "---" || t === "...") return i;
	}
	return -1;
};

/** Turns a note's Markdown into plain prose for scoring, keeping a map back to source lines. */
export const cleanMarkdown = (markdown: string, opts: CleanOptions = {}): CleanText => {
	const source = isString(markdown) ? markdown : "";
	const rawLines = source.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
	const out: CleanLine[] = [];
	const urls: string[] = [];
	const emphasis: Span[] = [];
	const forced: ForcedSpan[] = [];
	const force = (start: number, end: number, reason: ForcedSpan["reason"]) => forced.push({ start, end, reason });
	let text = "";
	let paragraph = -1;
	let breakBefore = true;
	let fence: string | null = null; // the open code fence's run of backticks or tildes
	const comments: CommentState = { percent: false, html: false };
	let inQuote = false;
	/** The open quote's callout type, lower-cased; "" for a plain quote. */
	let callout = "";
	/** Quote depth of a folded or aside callout being skipped (its nested lines too); 0 when none. */
	let skipFrom = 0;
	let list = false;
	/** The line before held an image embed and nothing else, so a caption may follow. */
	let underImage = false;

	const frontEnd = findFrontmatterEnd(rawLines);
	for (let i = frontEnd + 1; i < rawLines.length; i++) {
		// controls go after the repair, which reads the C1 ones that text decoded twice holds
		const raw = repairMojibake(rawLines[i]).normalize("NFC").replace(CONTROL, "");
		const fenceMatch = FENCE.exec(raw);
		if (fence) {
			if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length && !raw.slice(fenceMatch[0].length).trim()) fence = null;
			continue;
		}
		if (!comments.percent && !comments.html) {
			// CommonMark's indented code (4 spaces or a tab in) starts where no paragraph is open, as it cannot interrupt
			// one, and not in a list item, whose indented lines go on with the item (an unindented line ends the list)
			if (breakBefore && !list && INDENTED.test(raw)) continue;
			list = LIST.test(raw) || (list && !/^\S/.test(raw));
			if (fenceMatch) {
				// `$$ x $$` on one line closes itself
				if (fenceMatch[1] !== "$$" || !raw.slice(fenceMatch[0].length).includes("$$")) fence = fenceMatch[1];
				breakBefore = true;
				continue;
			}
		}
		let line = stripComments(raw, comments);
		const captioned = underImage;
		underImage = false;
		if (!line.trim() || HR.test(line) || TABLE_ROW.test(line) || DEFINITION.test(line) || TAGS_ONLY.test(line)) {
			if (!line.trim()) inQuote = false;
			skipFrom = 0;
			breakBefore = true;
			continue;
		}

		const blockId = BLOCK_ID.exec(line);
		if (blockId) line = line.slice(0, blockId.index);

		let kind: LineKind = "text";
		const heading = HEADING.exec(line);
		if (QUOTE.test(line)) {
			let body = line;
			let depth = 0;
			for (; QUOTE.test(body); depth++) body = body.replace(QUOTE, "");
			if (skipFrom > 0 && depth >= skipFrom) continue;
			skipFrom = 0;
			const c = CALLOUT.exec(body.trim());
			const type = c ? c[1].toLowerCase() : "";
			if (!inQuote || c) {
				if (!inQuote) callout = type;
				inQuote = true;
				breakBefore = true;
				// A title line (of a nested callout too) is a label, not the author's prose. A folded callout is an aside
				// the reader has to open, an aside callout a note to the author: each is skipped with its nested lines.
				if (c) {
					if (c[2] === "-" || ASIDE_CALLOUTS.has(type)) skipFrom = depth;
					continue;
				}
			}
			if (ATTRIBUTION.test(body)) {
				breakBefore = true;
				continue;
			}
			kind = "quote";
			line = body.replace(LIST, "");
		} else {
			if (inQuote) breakBefore = true;
			inQuote = false;
			callout = "";
			skipFrom = 0;
			if (heading) {
				kind = "heading";
				line = heading[2] ?? "";
			} else if (LIST.test(line)) {
				kind = "list";
				line = line.replace(LIST, "");
			}
		}

		const inline = cleanInline(line, opts.resolveTitle);
		for (const u of inline.urls) if (!urls.includes(u)) urls.push(u);
		if (!inline.text) {
			breakBefore = true;
			underImage = line.includes("![");
			continue;
		}
		// A line in italics right under an image (no blank line between) is its caption, not the author's prose.
		if (captioned && inline.emphasis.some((e) => e.start === 0 && e.end === inline.text.length)) continue;
		// (the first line, and the line after a heading, find breakBefore set: only a kept line clears it)
		if (kind === "heading" || kind === "list") breakBefore = true;
		if (breakBefore) paragraph++;
		if (out.length > 0) text += breakBefore ? "\n\n" : "\n";
		breakBefore = false;

		const start = text.length;
		text += inline.text;
		const end = text.length;
		out.push({ text: inline.text, start, line: i + 1, raw, kind, paragraph, urls: inline.urls, links: inline.links });
		for (const e of inline.emphasis) emphasis.push(span(start + e.start, start + e.end));
		for (const h of inline.highlights) force(start + h.start, start + h.end, "highlight");
		if (kind === "quote" && QUOTE_CALLOUTS.has(callout)) force(start, end, "quote-callout");
		if (blockId && /^snippet[\w-]*$/i.test(blockId[1])) force(start, end, "block-id");
		if (kind === "heading") breakBefore = true;
	}

	const lineAt = (offset: number): number => {
		if (out.length === 0) return 1;
		// the last line starting at or before `offset` (the first when none does)
		return out[Math.max(0, searchSorted(out, offset, (l, at) => l.start - at, true) - 1)].line;
	};
	return { text, lineAt, urls, emphasis, forced, lines: out };
};
