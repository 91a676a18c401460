import { isSpaceOrTab } from "./line-index";

/**
 * A position inside one line as CommonMark's block parser needs it: a character offset plus a virtual column
 * (tabs stop every 4 columns), where a container may consume only part of a tab.
 */
export class LineCursor {
	line = "";
	offset = 0;
	column = 0;
	/** True when the character at `offset` is a tab of which some columns were already consumed. */
	partial = false;
	nextNonspace = 0;
	nextNonspaceColumn = 0;
	indent = 0;
	indented = false;
	blank = false;

	reset(line: string): void {
		this.line = line;
		this.offset = 0;
		this.column = 0;
		this.partial = false;
		this.blank = false;
	}

	/** Where the remaining text starts as a position: after a partly consumed tab, as Obsidian reports it. */
	get visibleOffset(): number {
		return this.partial ? this.offset + 1 : this.offset;
	}

	charAt(i: number): number {
		return this.line.charCodeAt(i);
	}

	findNextNonspace(): void {
		const line = this.line;
		let i = this.offset;
		let cols = this.column;
		for (;;) {
			const c = line.charCodeAt(i);
			if (c === 32) {
				i++;
				cols++;
			} else if (c === 9) {
				i++;
				cols += 4 - (cols % 4);
			} else break;
		}
		this.blank = i >= line.length;
		this.nextNonspace = i;
		this.nextNonspaceColumn = cols;
		this.indent = cols - this.column;
		this.indented = this.indent >= 4;
	}

	/** First non-space character at or after `from`. */
	skipSpaces(from: number): number {
		let i = from;
		while (i < this.line.length && isSpaceOrTab(this.line.charCodeAt(i))) i++;
		return i;
	}

	advanceNextNonspace(): void {
		this.offset = this.nextNonspace;
		this.column = this.nextNonspaceColumn;
		this.partial = false;
	}

	advanceToEnd(): void {
		this.offset = this.line.length;
		this.partial = false;
	}

	/** Consumes `count` columns (`columns`) or characters, splitting a tab when only part of it is needed. */
	advanceOffset(count: number, columns: boolean): void {
		const line = this.line;
		while (count > 0 && this.offset < line.length) {
			if (line.charCodeAt(this.offset) === 9) {
				const toTab = 4 - (this.column % 4);
				if (columns) {
					this.partial = toTab > count;
					const advance = Math.min(count, toTab);
					this.column += advance;
					this.offset += this.partial ? 0 : 1;
					count -= advance;
				} else {
					this.partial = false;
					this.column += toTab;
					this.offset += 1;
					count -= 1;
				}
			} else {
				this.partial = false;
				this.offset += 1;
				this.column += 1;
				count -= 1;
			}
		}
	}

	/** Consumes one optional space or tab (the space after `>`, after a checkbox…). */
	skipOneSpace(): void {
		if (isSpaceOrTab(this.line.charCodeAt(this.offset))) this.advanceOffset(1, true);
	}
}
