/**
 * Obsidian's `Editor` over a real CodeMirror 6 `EditorView`, as the app's editor is: every call reads or changes the
 * view's state, and `cm` is the view itself (the plugin's highlight toggle dispatches to `editor.cm`).
 */
import type { EditorPosition, EditorRange, EditorSelection, EditorSelectionOrCaret } from "obsidian";
import { Annotation, EditorSelection as CmSelection, type Text } from "@codemirror/state";
import { EditorView } from "@codemirror/view";

import { Editor } from "../tests/obsidian/editor";

/** Marks transactions made through this API by the view itself (loading a file), which are not user edits. */
export const fromView = Annotation.define<boolean>();

/** The Editor API the plugin calls, answered by CodeMirror, so commands see what the user sees and selects. */
export class CmEditor extends Editor {
	constructor(readonly cm: EditorView) {
		super();
	}

	private get doc(): Text {
		return this.cm.state.doc;
	}

	override getValue(): string {
		return this.doc.toString();
	}

	override setValue(content: string): void {
		this.cm.dispatch({ changes: { from: 0, to: this.doc.length, insert: content }, selection: { anchor: 0 }, annotations: fromView.of(true) });
	}

	override getLine(line: number): string {
		return line >= 0 && line < this.doc.lines ? this.doc.line(line + 1).text : "";
	}

	override lineCount(): number {
		return this.doc.lines;
	}

	override getSelection(): string {
		return this.cm.state.selection.ranges.map((r) => this.doc.sliceString(r.from, r.to)).join("\n");
	}

	override somethingSelected(): boolean {
		return this.cm.state.selection.ranges.some((r) => !r.empty);
	}

	override getRange(from: EditorPosition, to: EditorPosition): string {
		const a = this.posToOffset(from);
		const b = this.posToOffset(to);
		return this.doc.sliceString(Math.min(a, b), Math.max(a, b));
	}

	override replaceSelection(replacement: string): void {
		this.cm.dispatch(this.cm.state.replaceSelection(replacement));
	}

	override replaceRange(replacement: string, from: EditorPosition, to?: EditorPosition): void {
		const a = this.posToOffset(from);
		const b = to ? this.posToOffset(to) : a;
		this.cm.dispatch({ changes: { from: Math.min(a, b), to: Math.max(a, b), insert: replacement } });
	}

	override getCursor(side: "from" | "to" | "head" | "anchor" = "head"): EditorPosition {
		const main = this.cm.state.selection.main;
		return this.offsetToPos(side === "from" ? main.from : side === "to" ? main.to : side === "anchor" ? main.anchor : main.head);
	}

	override listSelections(): EditorSelection[] {
		return this.cm.state.selection.ranges.map((r) => ({ anchor: this.offsetToPos(r.anchor), head: this.offsetToPos(r.head) }));
	}

	override setCursor(pos: EditorPosition | number, ch?: number): void {
		const p = typeof pos === "number" ? { line: pos, ch: ch ?? 0 } : pos;
		this.setSelection(p);
	}

	override setSelection(anchor: EditorPosition, head?: EditorPosition): void {
		this.cm.dispatch({ selection: { anchor: this.posToOffset(anchor), head: this.posToOffset(head ?? anchor) } });
	}

	override setSelections(ranges: EditorSelectionOrCaret[], main = 0): void {
		const list = ranges.map((r) => CmSelection.range(this.posToOffset(r.anchor), this.posToOffset(r.head ?? r.anchor)));
		if (list.length > 0) this.cm.dispatch({ selection: CmSelection.create(list, Math.min(main, list.length - 1)) });
	}

	override posToOffset(pos: EditorPosition): number {
		const line = this.doc.line(Math.min(Math.max(pos.line, 0), this.doc.lines - 1) + 1);
		return line.from + Math.min(Math.max(pos.ch, 0), line.length);
	}

	override offsetToPos(offset: number): EditorPosition {
		const line = this.doc.lineAt(Math.min(Math.max(offset, 0), this.doc.length));
		return { line: line.number - 1, ch: offset - line.from };
	}

	override focus(): void {
		this.cm.focus();
	}

	override blur(): void {
		this.cm.contentDOM.blur();
	}

	override hasFocus(): boolean {
		return this.cm.hasFocus;
	}

	override scrollIntoView(range: EditorRange, center?: boolean): void {
		this.cm.dispatch({ effects: EditorView.scrollIntoView(this.posToOffset(range.from), { y: center ? "center" : "nearest" }) });
	}
}
