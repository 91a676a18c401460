import {
	ATX_HEADING,
	BULLET_MARKER,
	CALLOUT_HEAD,
	CODE_FENCE,
	countTableCells,
	ORDERED_MARKER,
	SETEXT_UNDERLINE,
	TABLE_DELIMITER,
	TASK_BOX,
	THEMATIC_BREAK,
	htmlBlockStart,
} from "./block-syntax";
import type { Block, BlockType } from "./block-tree";
import type { LineCursor } from "./line-cursor";
import type { LineIndex } from "./line-index";
import { isSpaceOrTab } from "./line-index";

/** Containers deeper than this stop nesting (garbage such as `> > > …` must stay linear). */
const MAX_DEPTH = 48;

/** What a line start opened: nothing, a container (keep looking), a leaf, or the whole line was used. */
export type Start = "none" | "container" | "leaf" | "consumed";

/** The parser state and tree operations the block starts need. */
export interface StartHost {
	readonly c: LineCursor;
	readonly index: LineIndex;
	readonly lineNo: number;
	readonly tip: Block;
	readonly depth: number;
	readonly items: Block[];
	closeUnmatched(): void;
	addChild(type: BlockType, col: number): Block;
	addSeg(b: Block, from: number): void;
	setEnd(b: Block, line: number): void;
	segText(b: Block): string;
}

/**
 * Tries every block start CommonMark knows (plus `%%` comments, `$$` math, tables, callouts and task boxes) at the
 * cursor, in CommonMark's order, so a line opens the same blocks it would in Obsidian.
 */
export function tryStart(p: StartHost, container: Block): Start {
	const line = p.c.line;
	const at = p.c.nextNonspace;
	const ch = line.charAt(at);
	const containerStart = p.c.visibleOffset;
	if (p.c.indented) {
		if (p.tip.type !== "paragraph" && !p.c.blank) {
			p.c.advanceOffset(4, true);
			p.closeUnmatched();
			p.addChild("code", p.c.offset);
			return "leaf";
		}
		return "none";
	}
	if (p.c.blank) return "none";
	const rest = line.slice(at);
	if (container.type === "paragraph" && container.segs.length === 3 && isTableDelimiter(p, container, rest)) {
		container.type = "table";
		p.addSeg(container, at);
		return "consumed";
	}
	const deep = p.depth >= MAX_DEPTH;
	if (ch === ">" && !deep) {
		p.c.advanceNextNonspace();
		p.c.advanceOffset(1, false);
		p.c.skipOneSpace();
		p.closeUnmatched();
		const quote = p.addChild("blockquote", containerStart);
		quote.callout = CALLOUT_HEAD.test(line.slice(p.c.offset));
		return "container";
	}
	if (ch === "#" && ATX_HEADING.test(rest)) return startAtxHeading(p, rest);
	if (ch === "`" || ch === "~") {
		const fence = CODE_FENCE.exec(rest);
		if (fence) {
			p.closeUnmatched();
			const code = p.addChild("code", at);
			code.fenced = true;
			code.fenceChar = ch;
			code.fenceLength = fence[0].length;
			code.fenceOffset = p.c.indent;
			p.c.advanceToEnd();
			return "leaf";
		}
	}
	if ((ch === "%" && rest.startsWith("%%")) || (ch === "$" && rest.startsWith("$$"))) {
		p.closeUnmatched();
		p.addChild(ch === "%" ? "comment" : "math", at);
		return "leaf";
	}
	if (ch === "<") {
		const kind = htmlBlockStart(rest, container.type === "paragraph");
		if (kind > 0) {
			p.closeUnmatched();
			p.addChild("html", at).htmlKind = kind;
			return "leaf";
		}
	}
	if (container.type === "paragraph" && (ch === "=" || ch === "-") && SETEXT_UNDERLINE.test(rest)) {
		p.closeUnmatched();
		container.type = "heading";
		container.level = ch === "=" ? 1 : 2;
		container.headingText = p.segText(container).trim();
		p.setEnd(container, p.lineNo);
		p.c.advanceToEnd();
		return "leaf";
	}
	if ((ch === "*" || ch === "-" || ch === "_") && THEMATIC_BREAK.test(rest)) {
		p.closeUnmatched();
		p.addChild("thematicBreak", at);
		p.c.advanceToEnd();
		return "leaf";
	}
	if (!deep && startListItem(p, container, rest, containerStart)) return "container";
	return "none";
}

/** `## Title ##`: the text between the opening marks and an optional closing run of `#`. */
function startAtxHeading(p: StartHost, rest: string): Start {
	const marks = (ATX_HEADING.exec(rest) as RegExpExecArray)[0].length;
	p.closeUnmatched();
	const heading = p.addChild("heading", p.c.nextNonspace);
	heading.level = marks;
	let start = p.c.nextNonspace + marks;
	let end = p.index.trimmedEnd(p.lineNo);
	while (start < end && isSpaceOrTab(p.c.line.charCodeAt(start))) start++;
	let close = end;
	while (close > start && p.c.line.charCodeAt(close - 1) === 35) close--;
	if (close === start) end = start;
	else if (close < end && isSpaceOrTab(p.c.line.charCodeAt(close - 1))) end = close;
	while (end > start && isSpaceOrTab(p.c.line.charCodeAt(end - 1))) end--;
	heading.segs.push(p.lineNo, start, end);
	heading.headingText = p.c.line.slice(start, end);
	p.c.advanceToEnd();
	return "leaf";
}

/** A list item (CommonMark's width and interruption rules); a task box after the marker is Obsidian's, and what
 * follows it is parsed as the start of the item's content (so `- [ ] 1. x` holds a nested list, as the captures show). */
function startListItem(p: StartHost, container: Block, rest: string, containerStart: number): boolean {
	if (p.c.indent >= 4) return false;
	let marker: string;
	let ordered = false;
	let markerLength: number;
	const bullet = BULLET_MARKER.exec(rest);
	if (bullet) {
		marker = bullet[0];
		markerLength = 1;
	} else {
		const numbered = ORDERED_MARKER.exec(rest);
		if (!numbered) return false;
		if (container.type === "paragraph" && numbered[1] !== "1") return false;
		marker = numbered[2];
		ordered = true;
		markerLength = numbered[0].length;
	}
	if (container.type === "paragraph" && /^[ \t]*$/.test(rest.slice(markerLength))) return false;
	const markerOffset = p.c.indent;
	p.c.advanceNextNonspace();
	p.c.advanceOffset(markerLength, true);
	const spacesStartCol = p.c.column;
	const spacesStartOffset = p.c.offset;
	do {
		p.c.advanceOffset(1, true);
	} while (p.c.column - spacesStartCol < 5 && isSpaceOrTab(p.c.line.charCodeAt(p.c.offset)));
	const blankItem = p.c.offset >= p.c.line.length;
	const spacesAfter = p.c.column - spacesStartCol;
	let padding: number;
	if (spacesAfter >= 5 || spacesAfter < 1 || blankItem) {
		padding = markerLength + 1;
		p.c.column = spacesStartCol;
		p.c.offset = spacesStartOffset;
		p.c.partial = false;
		p.c.skipOneSpace();
	} else padding = markerLength + spacesAfter;
	p.closeUnmatched();
	const tip = p.tip;
	if (tip.type !== "list" || tip.ordered !== ordered || tip.marker !== marker) {
		const list = p.addChild("list", containerStart);
		list.ordered = ordered;
		list.marker = marker;
	}
	const item = p.addChild("item", containerStart);
	item.markerOffset = markerOffset;
	item.padding = padding;
	p.items.push(item);
	const box = TASK_BOX.exec(p.c.line.slice(p.c.offset, p.c.offset + 4));
	if (box && !p.c.partial) {
		item.task = box[1];
		p.c.advanceOffset(3, false);
		p.c.skipOneSpace();
	}
	return true;
}

/** The second line of a table: a delimiter row with as many cells as the one-line paragraph above it. */
function isTableDelimiter(p: StartHost, para: Block, rest: string): boolean {
	if (!TABLE_DELIMITER.test(rest)) return false;
	const header = p.index.lines[para.segs[0]].slice(para.segs[1], para.segs[2]);
	if (rest.indexOf("|") === -1 && header.indexOf("|") === -1) return false;
	return countTableCells(header) === countTableCells(rest);
}
