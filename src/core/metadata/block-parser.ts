import { FOOTNOTE_DEFINITION, htmlBlockEnds, isClosingFence } from "./block-syntax";
import type { Block, BlockType } from "./block-tree";
import { acceptsLines, BLOCK_ID, canContain, newBlock } from "./block-tree";
import type { StartHost } from "./block-starts";
import { tryStart } from "./block-starts";
import { LineCursor } from "./line-cursor";
import type { LineIndex } from "./line-index";
import { isSpaceOrTab } from "./line-index";

/** How an open block takes the next line: it continues, it ends, or the line (a closing fence) is used up. */
type Cont = "matched" | "failed" | "consumed";

/** The parsed body: the document block plus every list item and finished text block, in document order. */
export interface BlockParse {
	doc: Block;
	items: Block[];
	textBlocks: Block[];
}

/**
 * A line-by-line CommonMark block parser (after commonmark.js's design) with Obsidian's additions. It keeps
 * positions exactly as Obsidian reports them: containers start where their line's remaining indent starts, leaves
 * at their first character, and every block ends at its last non-blank line.
 */
export function parseBlocks(index: LineIndex, firstLine: number, yamlEnd: number): BlockParse {
	const parser = new BlockParser(index);
	if (yamlEnd >= 0) {
		const yaml = newBlock("yaml", parser.doc, 0, 0, index.trimmedEnd(yamlEnd));
		yaml.endLine = yamlEnd;
		yaml.open = false;
		parser.doc.children.push(yaml);
	}
	for (let n = firstLine; n < index.count; n++) parser.incorporate(n);
	while (parser.tip !== parser.doc) parser.finalize(parser.tip);
	parser.finalize(parser.doc);
	return { doc: parser.doc, items: parser.items, textBlocks: parser.textBlocks };
}

class BlockParser implements StartHost {
	readonly doc: Block;
	tip: Block;
	readonly items: Block[] = [];
	readonly textBlocks: Block[] = [];
	#oldtip: Block;
	#lastMatched: Block;
	#allClosed = true;
	depth = 0;
	lineNo = 0;
	readonly c = new LineCursor();

	constructor(readonly index: LineIndex) {
		this.doc = newBlock("document", null, 0, 0, 0);
		this.tip = this.doc;
		this.#oldtip = this.doc;
		this.#lastMatched = this.doc;
	}

	incorporate(lineNo: number): void {
		this.lineNo = lineNo;
		this.c.reset(this.index.lines[lineNo]);
		this.#oldtip = this.tip;
		this.depth = 0;
		let container = this.doc;
		let last: Block | undefined;
		while ((last = container.children[container.children.length - 1]) && last.open) {
			this.c.findNextNonspace();
			const result = this.#continueBlock(last);
			if (result === "consumed") return;
			if (result === "failed") break;
			container = last;
			this.depth++;
		}
		this.#allClosed = container === this.#oldtip;
		this.#lastMatched = container;
		let matchedLeaf = container.type !== "paragraph" && container.type !== "table" && acceptsLines(container.type);
		while (!matchedLeaf) {
			this.c.findNextNonspace();
			const started = tryStart(this, container);
			if (started === "consumed") return;
			if (started === "none") {
				this.c.advanceNextNonspace();
				break;
			}
			container = this.tip;
			if (started === "leaf") matchedLeaf = true;
			else this.depth++;
		}
		if (!this.#allClosed && !this.c.blank && this.tip.type === "paragraph") {
			this.addSeg(this.tip, this.c.skipSpaces(this.c.offset));
			return;
		}
		this.closeUnmatched();
		const type = container.type;
		if (acceptsLines(type)) {
			if (!this.c.blank || type === "code") this.#addLine(container);
		} else if (this.c.offset < this.c.line.length && !this.c.blank) {
			const para = this.addChild("paragraph", this.c.nextNonspace);
			this.addSeg(para, this.c.nextNonspace);
		}
	}

	#continueBlock(b: Block): Cont {
		switch (b.type) {
			case "blockquote":
				if (this.c.indented || this.c.line.charCodeAt(this.c.nextNonspace) !== 62) return "failed";
				this.c.advanceNextNonspace();
				this.c.advanceOffset(1, false);
				this.c.skipOneSpace();
				return "matched";
			case "item":
				if (this.c.blank) {
					if (b.children.length === 0) return "failed";
					this.c.advanceNextNonspace();
				} else if (this.c.indent >= (b.markerOffset ?? 0) + (b.padding ?? 0)) {
					this.c.advanceOffset((b.markerOffset ?? 0) + (b.padding ?? 0), true);
				} else return "failed";
				return "matched";
			case "list":
			case "document":
			case "comment":
			case "math":
				return "matched";
			case "code":
				return this.#continueCode(b);
			case "html":
				return this.c.blank && (b.htmlKind === 6 || b.htmlKind === 7) ? "failed" : "matched";
			case "paragraph":
			case "table":
				return this.c.blank ? "failed" : "matched";
			default:
				return "failed";
		}
	}

	#continueCode(b: Block): Cont {
		if (b.fenced) {
			const rest = this.c.line.slice(this.c.nextNonspace);
			if (this.c.indent <= 3 && rest.charAt(0) === b.fenceChar && isClosingFence(rest, b.fenceChar ?? "`", b.fenceLength ?? 3)) {
				this.setEnd(b, this.lineNo);
				this.finalize(b);
				return "consumed";
			}
			let i = b.fenceOffset ?? 0;
			while (i > 0 && isSpaceOrTab(this.c.line.charCodeAt(this.c.offset))) {
				this.c.advanceOffset(1, true);
				i--;
			}
			return "matched";
		}
		if (this.c.indent >= 4) this.c.advanceOffset(4, true);
		else if (this.c.blank) this.c.advanceNextNonspace();
		else return "failed";
		return "matched";
	}

	#addLine(b: Block): void {
		const from = this.c.visibleOffset;
		if (b.type === "paragraph" || b.type === "table" || b.type === "comment") this.addSeg(b, this.c.skipSpaces(from));
		else if (!this.c.blank) this.setEnd(b, this.lineNo);
		if (b.type === "html" && htmlBlockEnds(b.htmlKind ?? 0, this.c.line.slice(from))) this.finalize(b);
		if (b.type === "comment" || b.type === "math") {
			const mark = b.type === "comment" ? "%%" : "$$";
			const searchFrom = this.lineNo === b.startLine ? b.startCol + 2 : from;
			if (this.c.line.indexOf(mark, searchFrom) !== -1) this.finalize(b);
		}
	}

	addSeg(b: Block, from: number): void {
		const end = this.index.trimmedEnd(this.lineNo);
		b.segs.push(this.lineNo, Math.min(from, end), end);
		this.setEnd(b, this.lineNo);
	}

	segText(b: Block): string {
		const parts: string[] = [];
		for (let i = 0; i < b.segs.length; i += 3) parts.push(this.index.lines[b.segs[i]].slice(b.segs[i + 1], b.segs[i + 2]));
		return parts.join("\n");
	}

	setEnd(b: Block, line: number): void {
		const end = this.index.trimmedEnd(line);
		if (end === 0 && this.index.lines[line].length === 0 && b.type !== "code") return;
		b.endLine = line;
		b.endCol = end;
	}

	addChild(type: BlockType, col: number): Block {
		while (!canContain(this.tip.type, type)) this.finalize(this.tip);
		const child = newBlock(type, this.tip, this.lineNo, col, this.index.trimmedEnd(this.lineNo));
		this.tip.children.push(child);
		this.tip = child;
		return child;
	}

	closeUnmatched(): void {
		if (this.#allClosed) return;
		while (this.#oldtip !== this.#lastMatched && this.#oldtip.parent) {
			const parent = this.#oldtip.parent;
			this.finalize(this.#oldtip);
			this.#oldtip = parent;
		}
		this.#allClosed = true;
	}

	finalize(b: Block): void {
		if (!b.open) return;
		b.open = false;
		const last = b.children[b.children.length - 1];
		if (last && (last.endLine > b.endLine || (last.endLine === b.endLine && last.endCol > b.endCol))) {
			b.endLine = last.endLine;
			b.endCol = last.endCol;
		}
		if (b.type === "paragraph") {
			const lastLine = b.segs[b.segs.length - 3];
			const id = BLOCK_ID.exec(this.index.lines[lastLine].slice(0, b.segs[b.segs.length - 1]));
			if (id) b.id = id[1];
			b.footnote = FOOTNOTE_DEFINITION.test(this.index.lines[b.segs[0]].slice(b.segs[1]));
		}
		if (b.segs.length > 0 && b.type !== "code") this.textBlocks.push(b);
		if (b.parent && this.tip === b) this.tip = b.parent;
	}
}
