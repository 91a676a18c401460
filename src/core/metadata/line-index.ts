import type { Loc, Pos } from "./types";

/**
 * The note split into lines once, so every parser stage can turn (line, col) into Obsidian's `Loc`
 * (`offset` counts UTF-16 code units from the start of the text) without rescanning the text.
 */
export class LineIndex {
	/** Line texts without their terminator (`\n`, and a `\r` before it). */
	readonly lines: string[];
	/** Offset of each line's first character in the text. */
	readonly starts: number[];

	constructor(text: string) {
		this.lines = [];
		this.starts = [];
		let start = 0;
		for (;;) {
			const nl = text.indexOf("\n", start);
			const end = nl === -1 ? text.length : nl;
			const contentEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
			this.starts.push(start);
			this.lines.push(text.slice(start, contentEnd));
			if (nl === -1) break;
			start = nl + 1;
		}
	}

	get count(): number {
		return this.lines.length;
	}

	/** The `Loc` of column `col` (in code units) on line `line`. */
	loc(line: number, col: number): Loc {
		return { line, col, offset: this.starts[line] + col };
	}

	/** A `Pos` from two (line, col) pairs. */
	pos(startLine: number, startCol: number, endLine: number, endCol: number): Pos {
		return { start: this.loc(startLine, startCol), end: this.loc(endLine, endCol) };
	}

	/** Column just after the last non-whitespace character of a line (0 for a blank line). */
	trimmedEnd(line: number): number {
		const s = this.lines[line];
		let end = s.length;
		while (end > 0 && isSpaceOrTab(s.charCodeAt(end - 1))) end--;
		return end;
	}
}

/** Markdown's own notion of blank-line whitespace: space and tab only (not NBSP, not ZWSP). */
export function isSpaceOrTab(code: number): boolean {
	return code === 32 || code === 9;
}

/** True when the line holds nothing but spaces and tabs. */
export function isBlank(s: string): boolean {
	for (let i = 0; i < s.length; i++) if (!isSpaceOrTab(s.charCodeAt(i))) return false;
	return true;
}
