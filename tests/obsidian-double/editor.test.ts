import { Editor } from "../obsidian/editor";

describe("Editor double", () => {
	const text = "first line\nsecond\n\nlast";

	it.each([
		[{ line: 0, ch: 0 }, 0],
		[{ line: 0, ch: 5 }, 5],
		[{ line: 1, ch: 0 }, 11],
		[{ line: 2, ch: 0 }, 18],
		[{ line: 3, ch: 4 }, 23],
		[{ line: 3, ch: 99 }, 23],
		[{ line: 9, ch: 0 }, 19],
	])("posToOffset(%j) → %j (clamped)", (pos, offset) => {
		expect(new Editor(text).posToOffset(pos)).toBe(offset);
	});

	it.each([
		[0, { line: 0, ch: 0 }],
		[10, { line: 0, ch: 10 }],
		[11, { line: 1, ch: 0 }],
		[18, { line: 2, ch: 0 }],
		[23, { line: 3, ch: 4 }],
		[99, { line: 3, ch: 4 }],
	])("offsetToPos(%j) → %j", (offset, pos) => {
		expect(new Editor(text).offsetToPos(offset)).toEqual(pos);
	});

	it("reads lines and counts them", () => {
		const editor = new Editor(text);
		expect([editor.lineCount(), editor.lastLine(), editor.getLine(1), editor.getLine(2)]).toEqual([4, 3, "second", ""]);
	});

	it("replaces the selection and puts the cursor after the replacement", () => {
		const editor = new Editor(text);
		editor.setSelection({ line: 1, ch: 0 }, { line: 1, ch: 6 });
		expect(editor.getSelection()).toBe("second");
		expect(editor.somethingSelected()).toBe(true);
		editor.replaceSelection("2nd");
		expect(editor.getLine(1)).toBe("2nd");
		expect(editor.getCursor()).toEqual({ line: 1, ch: 3 });
		expect(editor.somethingSelected()).toBe(false);
	});

	it("reports from/to in document order for a backwards selection", () => {
		const editor = new Editor(text);
		editor.setSelection({ line: 1, ch: 4 }, { line: 0, ch: 2 });
		expect(editor.getCursor("from")).toEqual({ line: 0, ch: 2 });
		expect(editor.getCursor("to")).toEqual({ line: 1, ch: 4 });
		expect(editor.getCursor("head")).toEqual({ line: 0, ch: 2 });
		expect(editor.getCursor("anchor")).toEqual({ line: 1, ch: 4 });
	});

	it("replaceRange before the cursor shifts it; inserting at the cursor leaves it before the text", () => {
		const editor = new Editor("abc");
		editor.setCursor(0, 2);
		editor.replaceRange("XY", { line: 0, ch: 0 });
		expect(editor.getCursor()).toEqual({ line: 0, ch: 4 });
		editor.replaceRange("!", { line: 0, ch: 4 });
		expect(editor.getValue()).toBe("XYab!c");
		expect(editor.getCursor()).toEqual({ line: 0, ch: 4 });
	});

	it("setCursor accepts a line number and clamps", () => {
		const editor = new Editor(text);
		editor.setCursor(1);
		expect(editor.getCursor()).toEqual({ line: 1, ch: 0 });
		editor.setCursor({ line: 0, ch: 50 });
		expect(editor.getCursor()).toEqual({ line: 0, ch: 10 });
	});

	it("undo and redo restore texts", () => {
		const editor = new Editor("a");
		editor.replaceRange("b", { line: 0, ch: 1 });
		editor.undo();
		expect(editor.getValue()).toBe("a");
		editor.redo();
		expect(editor.getValue()).toBe("ab");
	});

	it("wordAt finds the word around a position", () => {
		const editor = new Editor("say héllo_1 now");
		expect(editor.wordAt({ line: 0, ch: 6 })).toEqual({ from: { line: 0, ch: 4 }, to: { line: 0, ch: 11 } });
		expect(editor.wordAt({ line: 0, ch: 3 })).toEqual({ from: { line: 0, ch: 0 }, to: { line: 0, ch: 3 } });
	});

	it("notifies edits made through the API but not setValue from the view", () => {
		const editor = new Editor("a");
		const seen: string[] = [];
		editor.onDidChange = (e) => seen.push(e.getValue());
		editor.setValue("b");
		editor.replaceSelection("c");
		expect(seen).toEqual(["cb"]);
	});
});
