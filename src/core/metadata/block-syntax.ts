/**
 * Line-level recognisers for Markdown block syntax (CommonMark plus Obsidian's `%%` comments, `$$` math, callouts
 * and task checkboxes). Each one looks at the text from the first non-space character of the line's remainder.
 */

/** An ATX heading opener: 1–6 `#` then a space, a tab or the end of the line. */
export const ATX_HEADING = /^#{1,6}(?=[ \t]|$)/;
/** A fenced code opener: 3+ backticks (info without backticks) or 3+ tildes. */
export const CODE_FENCE = /^(?:`{3,}(?=[^`]*$)|~{3,})/;
/** A fence that closes a block opened with `char` repeated `length` times. */
export function isClosingFence(rest: string, char: string, length: number): boolean {
	let i = 0;
	while (i < rest.length && rest[i] === char) i++;
	if (i < length) return false;
	for (; i < rest.length; i++) if (rest[i] !== " " && rest[i] !== "\t") return false;
	return true;
}
/** A thematic break: three or more of the same `*`, `-` or `_`, spaces between allowed. */
export const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
/** A setext underline: `=` (level 1) or `-` (level 2) run with trailing spaces. */
export const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
/** A bullet list marker followed by a space, a tab or the end of the line. */
export const BULLET_MARKER = /^[*+-](?=[ \t]|$)/;
/** An ordered list marker (`1.` or `1)`, up to 9 digits) followed by a space, a tab or the end of the line. */
export const ORDERED_MARKER = /^(\d{1,9})([.)])(?=[ \t]|$)/;
/** Obsidian's task checkbox right after a list marker: `[ ]`, `[x]`, `[/]`, any one character. */
export const TASK_BOX = /^\[([^\]\n])\](?=[ \t]|$)/;
/** A callout's first line inside a blockquote: `[!type]`, optionally folded with `+` or `-`. */
export const CALLOUT_HEAD = /^[ \t]*\[![^\]]+\]/;
/** A GFM table delimiter row such as `| --- | :-: |`. */
export const TABLE_DELIMITER = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
/** A footnote definition's first line: `[^label]:`. */
export const FOOTNOTE_DEFINITION = /^\[\^[^\]\s]+\]:/;

const BLOCK_TAGS =
	"address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|" +
	"fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|" +
	"menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|" +
	"track|ul";
const ATTRIBUTE = "(?:[ \\t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \\t]*=[ \\t]*(?:[^\"'=<>`\\x00-\\x20]+|'[^']*'|\"[^\"]*\"))?)";
/** A complete HTML open or closing tag, as CommonMark defines it. */
export const HTML_TAG = new RegExp(`^(?:<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*[ \\t]*/?>|</[A-Za-z][A-Za-z0-9-]*[ \\t]*>)`);

/** CommonMark's seven kinds of HTML block: how each starts, and (1–5) what ends it; 6 and 7 end at a blank line. */
const HTML_STARTS: RegExp[] = [
	/^<(?:script|pre|textarea|style)(?:[ \t>]|$)/i,
	/^<!--/,
	/^<\?/,
	/^<![A-Za-z]/,
	/^<!\[CDATA\[/,
	new RegExp(`^</?(?:${BLOCK_TAGS})(?:[ \\t]|/?>|$)`, "i"),
];
const HTML_ENDS: RegExp[] = [/<\/(?:script|pre|textarea|style)>/i, /-->/, /\?>/, />/, /\]\]>/];

/** The HTML block kind (1–7) a line starts, or 0. Kind 7 may not interrupt a paragraph. */
export function htmlBlockStart(rest: string, interruptsParagraph: boolean): number {
	if (rest.charCodeAt(0) !== 60) return 0;
	for (let i = 0; i < HTML_STARTS.length; i++) if (HTML_STARTS[i].test(rest)) return i + 1;
	if (interruptsParagraph) return 0;
	const head = rest.length > 4096 ? rest.slice(0, 4096) : rest;
	const m = HTML_TAG.exec(head);
	if (m && /^[ \t]*$/.test(head.slice(m[0].length))) return 7;
	return 0;
}

/** True when `text` holds the end condition of an HTML block of kind 1–5. */
export function htmlBlockEnds(kind: number, text: string): boolean {
	return kind >= 1 && kind <= 5 && HTML_ENDS[kind - 1].test(text);
}

/** Cells of a table row, for comparing the header with the delimiter row (escaped pipes do not split). */
export function countTableCells(row: string): number {
	let s = row.trim();
	if (s.startsWith("|")) s = s.slice(1);
	if (s.endsWith("|") && !s.endsWith("\\|")) s = s.slice(0, -1);
	let cells = 1;
	for (let i = 0; i < s.length; i++) {
		if (s[i] === "\\") i++;
		else if (s[i] === "|") cells++;
	}
	return cells;
}
