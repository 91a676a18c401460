/** The block tree the parser builds: just enough of CommonMark's shape to give Obsidian's sections, headings,
 * list items and the text runs that can hold tags and links. */

export type BlockType =
	| "document"
	| "yaml"
	| "blockquote"
	| "list"
	| "item"
	| "paragraph"
	| "heading"
	| "code"
	| "html"
	| "comment"
	| "math"
	| "thematicBreak"
	| "table";

/** One block of the tree; list, fence and heading details live on the few blocks that need them. */
export interface Block {
	type: BlockType;
	parent: Block | null;
	children: Block[];
	open: boolean;
	startLine: number;
	startCol: number;
	endLine: number;
	endCol: number;
	/** Inline text runs as flat (line, startCol, endCol) triples: paragraphs, headings, table rows, comments. */
	segs: number[];
	/** Heading level, text; list data; fence data; HTML block kind; callout flag; block id. */
	level?: number;
	headingText?: string;
	ordered?: boolean;
	marker?: string;
	markerOffset?: number;
	padding?: number;
	task?: string;
	fenced?: boolean;
	fenceChar?: string;
	fenceLength?: number;
	fenceOffset?: number;
	htmlKind?: number;
	callout?: boolean;
	footnote?: boolean;
	id?: string;
}

/** A fresh open block starting at (line, col); its end starts as its start line's end. */
export function newBlock(type: BlockType, parent: Block | null, line: number, col: number, lineEnd: number): Block {
	return {
		type,
		parent,
		children: [],
		open: true,
		startLine: line,
		startCol: col,
		endLine: line,
		endCol: Math.max(col, lineEnd),
		segs: [],
	};
}

/** Which blocks may hold which: lists hold only items; leaves hold nothing. */
export function canContain(parent: BlockType, child: BlockType): boolean {
	if (parent === "list") return child === "item";
	if (parent === "document" || parent === "blockquote" || parent === "item") return child !== "item";
	return false;
}

/** Blocks that take the rest of each line as their content rather than parsing it for new blocks. */
export function acceptsLines(type: BlockType): boolean {
	return (
		type === "paragraph" ||
		type === "code" ||
		type === "html" ||
		type === "comment" ||
		type === "math" ||
		type === "table"
	);
}

/** Obsidian's section type for a top-level block. */
export function sectionType(block: Block): string {
	if (block.type === "blockquote") return block.callout ? "callout" : "blockquote";
	if (block.type === "paragraph" && block.footnote) return "footnoteDefinition";
	return block.type;
}

/** A block id (`^abc-1`) at the end of a block's last line, as Obsidian recognises it. */
export const BLOCK_ID = /(?:^|[ \t])\^([A-Za-z0-9-]+)[ \t]*$/;
