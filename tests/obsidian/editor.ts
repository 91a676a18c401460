/**
 * Obsidian's `Editor` over a plain string: positions, selections and edits behave like the app's CodeMirror-backed
 * editor for what plugins call (`getSelection`, `replaceSelection`, `getCursor`, `posToOffset`…). A position inside
 * replaced text moves to the start of the change; one after it shifts by the change's length.
 */
import type { EditorCommandName, EditorPosition, EditorRange, EditorSelection, EditorSelectionOrCaret, EditorTransaction } from "obsidian";

function cmp(a: EditorPosition, b: EditorPosition): number {
	return a.line - b.line || a.ch - b.ch;
}

/** The double's editor; `onDidChange` (double only) is how a MarkdownView learns about edits. */
export class Editor {
	/** Double only: called after every edit made through the editor API (not after `setValue` by the view). */
	onDidChange: ((editor: Editor) => void) | null = null;
	private _text: string;
	private _selections: EditorSelection[] = [{ anchor: { line: 0, ch: 0 }, head: { line: 0, ch: 0 } }];
	private _focused = false;
	private readonly _undo: string[] = [];
	private readonly _redo: string[] = [];

	constructor(text = "") {
		this._text = text;
	}

	getDoc(): this {
		return this;
	}

	refresh(): void {
		// Nothing to redraw.
	}

	getValue(): string {
		return this._text;
	}

	setValue(content: string): void {
		this._edit(content);
		this._selections = this._selections.map((s) => ({ anchor: this._clamp(s.anchor), head: this._clamp(s.head) }));
	}

	getLine(line: number): string {
		return this._lines()[line] ?? "";
	}

	setLine(n: number, text: string): void {
		this.replaceRange(text, { line: n, ch: 0 }, { line: n, ch: this.getLine(n).length });
	}

	lineCount(): number {
		return this._lines().length;
	}

	lastLine(): number {
		return this.lineCount() - 1;
	}

	getSelection(): string {
		return this._selections.map((s) => this.getRange(s.anchor, s.head)).join("\n");
	}

	somethingSelected(): boolean {
		return this._selections.some((s) => cmp(s.anchor, s.head) !== 0);
	}

	getRange(from: EditorPosition, to: EditorPosition): string {
		const a = this.posToOffset(from);
		const b = this.posToOffset(to);
		return this._text.slice(Math.min(a, b), Math.max(a, b));
	}

	replaceSelection(replacement: string, _origin?: string): void {
		const ordered = this._selections
			.map((s) => ({ from: Math.min(this.posToOffset(s.anchor), this.posToOffset(s.head)), to: Math.max(this.posToOffset(s.anchor), this.posToOffset(s.head)) }))
			.sort((x, y) => y.from - x.from);
		let text = this._text;
		const carets: number[] = [];
		for (const r of ordered) {
			text = text.slice(0, r.from) + replacement + text.slice(r.to);
			for (let i = 0; i < carets.length; i++) carets[i] += replacement.length - (r.to - r.from);
			carets.push(r.from + replacement.length);
		}
		this._edit(text, true);
		this._selections = carets.reverse().map((o) => ({ anchor: this.offsetToPos(o), head: this.offsetToPos(o) }));
	}

	replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition, _origin?: string): void {
		const a = this.posToOffset(from);
		const b = to ? this.posToOffset(to) : a;
		const start = Math.min(a, b);
		const end = Math.max(a, b);
		const delta = replacement.length - (end - start);
		const map = (pos: EditorPosition): number => {
			const o = this.posToOffset(pos);
			if (o <= start) return o;
			if (o >= end && end > start) return o + delta;
			return o > end ? o + delta : start;
		};
		const mapped = this._selections.map((s) => [map(s.anchor), map(s.head)]);
		this._edit(this._text.slice(0, start) + replacement + this._text.slice(end), true);
		this._selections = mapped.map(([x, y]) => ({ anchor: this.offsetToPos(x), head: this.offsetToPos(y) }));
	}

	getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const s = this._selections[0];
		if (side === "anchor") return { ...s.anchor };
		if (side === "head") return { ...s.head };
		const fromFirst = cmp(s.anchor, s.head) <= 0;
		return { ...(side === "from" ? (fromFirst ? s.anchor : s.head) : fromFirst ? s.head : s.anchor) };
	}

	listSelections(): EditorSelection[] {
		return this._selections.map((s) => ({ anchor: { ...s.anchor }, head: { ...s.head } }));
	}

	setCursor(pos: EditorPosition | number, ch?: number): void {
		const p = this._clamp(typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos);
		this._selections = [{ anchor: p, head: { ...p } }];
	}

	setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this._selections = [{ anchor: this._clamp(anchor), head: this._clamp(head ?? anchor) }];
	}

	setSelections(ranges: EditorSelectionOrCaret[], main = 0): void {
		const list = ranges.map((r) => ({ anchor: this._clamp(r.anchor), head: this._clamp(r.head ?? r.anchor) }));
		const [primary] = list.splice(main, 1);
		this._selections = primary ? [primary, ...list] : list;
	}

	focus(): void {
		this._focused = true;
	}

	blur(): void {
		this._focused = false;
	}

	hasFocus(): boolean {
		return this._focused;
	}

	getScrollInfo(): { top: number; left: number } {
		return { top: 0, left: 0 };
	}

	scrollTo(_x?: number | null, _y?: number | null): void {
		// No viewport.
	}

	scrollIntoView(_range: EditorRange, _center?: boolean): void {
		// No viewport.
	}

	undo(): void {
		const prev = this._undo.pop();
		if (prev === undefined) return;
		this._redo.push(this._text);
		this._text = prev;
		this.setCursor(this.offsetToPos(Math.min(this.posToOffset(this.getCursor()), prev.length)));
		this.onDidChange?.(this);
	}

	redo(): void {
		const next = this._redo.pop();
		if (next === undefined) return;
		this._undo.push(this._text);
		this._text = next;
		this.onDidChange?.(this);
	}

	exec(command: EditorCommandName): void {
		const cur = this.getCursor();
		if (command === "goStart") this.setCursor(0, 0);
		else if (command === "goEnd") this.setCursor(this.offsetToPos(this._text.length));
		else if (command === "newlineAndIndent") this.replaceSelection("\n");
		else if (command === "deleteLine") {
			const last = cur.line === this.lastLine();
			const from = last && cur.line > 0 ? { line: cur.line - 1, ch: this.getLine(cur.line - 1).length } : { line: cur.line, ch: 0 };
			const to = last ? { line: cur.line, ch: this.getLine(cur.line).length } : { line: cur.line + 1, ch: 0 };
			this.replaceRange("", from, to);
		}
	}

	transaction(tx: EditorTransaction, _origin?: string): void {
		const changes = (tx.changes ?? []).slice().sort((x, y) => cmp(y.from, x.from));
		for (const c of changes) this.replaceRange(c.text, c.from, c.to);
		if (tx.replaceSelection !== undefined) this.replaceSelection(tx.replaceSelection);
		const sels = tx.selections ?? (tx.selection ? [tx.selection] : null);
		if (sels) this.setSelections(sels.map((s) => ({ anchor: s.from, head: s.to ?? s.from })));
	}

	wordAt(pos: EditorPosition): EditorRange | null {
		const line = this.getLine(pos.line);
		const isWord = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}_]/u.test(c);
		let start = pos.ch;
		let end = pos.ch;
		while (start > 0 && isWord(line[start - 1])) start--;
		while (end < line.length && isWord(line[end])) end++;
		return start === end ? null : { from: { line: pos.line, ch: start }, to: { line: pos.line, ch: end } };
	}

	posToOffset(pos: EditorPosition): number {
		const lines = this._lines();
		const line = Math.min(Math.max(pos.line, 0), lines.length - 1);
		let offset = 0;
		for (let i = 0; i < line; i++) offset += lines[i].length + 1;
		return offset + Math.min(Math.max(pos.ch, 0), lines[line].length);
	}

	offsetToPos(offset: number): EditorPosition {
		const clamped = Math.min(Math.max(offset, 0), this._text.length);
		const before = this._text.slice(0, clamped);
		const line = before.split("\n").length - 1;
		return { line, ch: clamped - (before.lastIndexOf("\n") + 1) };
	}

	processLines<T>(
		read: (line: number, lineText: string) => T | null,
		write: (line: number, lineText: string, value: T | null) => { from: EditorPosition; to?: EditorPosition; text: string } | void,
		ignoreEmpty = true,
	): void {
		const lines = new Set<number>();
		for (const s of this._selections) {
			const a = Math.min(s.anchor.line, s.head.line);
			const b = Math.max(s.anchor.line, s.head.line);
			for (let l = a; l <= b; l++) lines.add(l);
		}
		const targets = Array.from(lines).filter((l) => !ignoreEmpty || this.getLine(l).trim() !== "");
		const values = targets.map((l) => read(l, this.getLine(l)));
		const changes = targets.map((l, i) => write(l, this.getLine(l), values[i])).filter((c): c is { from: EditorPosition; to?: EditorPosition; text: string } => Boolean(c));
		this.transaction({ changes });
	}

	private _lines(): string[] {
		return this._text.split("\n");
	}

	private _clamp(pos: EditorPosition): EditorPosition {
		return this.offsetToPos(this.posToOffset(pos));
	}

	private _edit(text: string, notify = false): void {
		if (text === this._text) return;
		this._undo.push(this._text);
		this._redo.length = 0;
		this._text = text;
		if (notify) this.onDidChange?.(this);
	}
}
