import * as fs from "fs";
import * as path from "path";
import { EditorState } from "@codemirror/state";
import { EditorView } from "@codemirror/view";

import { findKeyLines, type KeyLine } from "../../../src/core/snippets/key-lines";
import {
	type KeyLineSource,
	keyLineHighlightExtension,
	keyLineTitle,
	RECOMPUTE_DELAY_MS,
	refreshKeyLines,
} from "../../../src/plugin/snippets/key-line-highlighter";
import { markedRanges } from "./fixtures";

const DOC = ["Intro line.", "", "Keep the **warmth**. Add the spine.", "", "Nice people get remembered."].join("\n");

/** Fixed key lines for DOC, whatever the text: the extension's job is placing them, not ranking. */
function stubLines(): KeyLine[] {
	return [
		{ text: "Keep the warmth. Add the spine.", score: 0.834, line: 3, features: {} },
		{ text: "Nice people get remembered.", score: 0.5, line: 5, features: {} },
		{ text: "Not in this note at all.", score: 0.125, line: 1, features: {} },
	];
}

interface Harness {
	cm: EditorView;
	source: KeyLineSource & { on: boolean; calls: string[] };
	plugin: ReturnType<typeof keyLineHighlightExtension>["plugin"];
}

const open: EditorView[] = [];
afterEach(() => {
	while (open.length) open.pop()!.destroy();
	jest.useRealTimers();
	jest.restoreAllMocks();
});

function harness(doc: string, on: boolean, rank: (text: string) => KeyLine[] = stubLines): Harness {
	const source = {
		on,
		calls: [] as string[],
		enabled: () => source.on,
		keyLines: (text: string) => {
			source.calls.push(text);
			return rank(text);
		},
	};
	const { extension, plugin } = keyLineHighlightExtension(source);
	const cm = new EditorView({ state: EditorState.create({ doc, extensions: extension }), parent: document.body });
	open.push(cm);
	return { cm, source, plugin };
}

const type = (cm: EditorView, at: number, insert: string) => cm.dispatch({ changes: { from: at, insert } });

describe("key-line highlights", () => {
	it("marks each key line's text with its rank and score, or its whole line when the text is not found", () => {
		const { cm } = harness(DOC, true);
		expect(markedRanges(cm)).toEqual([
			{ text: "Intro line.", title: "Key line #3 (score 0.13)", cls: "article-desk-key-line" },
			{ text: "Keep the **warmth**. Add the spine.", title: "Key line #1 (score 0.83)", cls: "article-desk-key-line" },
			{ text: "Nice people get remembered.", title: "Key line #2 (score 0.50)", cls: "article-desk-key-line" },
		]);
	});

	it("marks the example note's key lines where they are written", () => {
		const file = path.join(__dirname, "../../../examples/vault/Articles/The good-egg problem.md");
		const doc = fs.readFileSync(file, "utf8");
		const rank = (text: string) => findKeyLines(text, { count: 5 });
		const { cm } = harness(doc, true, rank);
		const expected = rank(doc);
		const marks = markedRanges(cm);
		expect(marks).toHaveLength(expected.length);
		const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).join(" ");
		for (const [i, k] of expected.entries()) {
			const mark = marks.find((m) => m.title === keyLineTitle(i + 1, k.score));
			expect(mark && words(mark.text)).toBe(words(k.text));
		}
		expect(marks.map((m) => m.text)).toContain("Being liked gets you the meeting. Being useful gets you the contract.");
	});

	it("computes nothing and schedules nothing while off", () => {
		jest.useFakeTimers();
		const setTimeoutSpy = jest.spyOn(window, "setTimeout");
		const { cm, source, plugin } = harness(DOC, false);
		type(cm, 0, "More words. ");
		type(cm, 0, "Even more. ");
		jest.advanceTimersByTime(RECOMPUTE_DELAY_MS * 3);
		expect(markedRanges(cm)).toEqual([]);
		expect(source.calls).toEqual([]);
		expect(cm.plugin(plugin)!.computeCount).toBe(0);
		expect(setTimeoutSpy.mock.calls.filter(([, delay]) => delay === RECOMPUTE_DELAY_MS)).toHaveLength(0);
	});

	it("follows the switch: on with the refresh effect, off again, and on at the next update when flipped elsewhere", () => {
		const { cm, source } = harness(DOC, false);
		source.on = true;
		cm.dispatch({ effects: refreshKeyLines.of(null) });
		expect(markedRanges(cm)).toHaveLength(3);
		source.on = false;
		cm.dispatch({ effects: refreshKeyLines.of(null) });
		expect(markedRanges(cm)).toEqual([]);
		// flipped without the effect (e.g. from the settings tab): picked up by the next transaction of any kind
		source.on = true;
		cm.dispatch({ selection: { anchor: 1 } });
		expect(markedRanges(cm)).toHaveLength(3);
	});

	it("keeps marks in place while typing and recomputes once, 300 ms after the last edit", () => {
		jest.useFakeTimers();
		const { cm, source, plugin } = harness(DOC, true);
		expect(source.calls).toHaveLength(1);
		type(cm, 0, "New ");
		jest.advanceTimersByTime(RECOMPUTE_DELAY_MS - 1);
		type(cm, 0, "Brand ");
		// the old marks moved with the text; no recompute yet
		expect(markedRanges(cm)[0].text).toBe("Intro line.");
		expect(markedRanges(cm)[1].text).toBe("Keep the **warmth**. Add the spine.");
		jest.advanceTimersByTime(RECOMPUTE_DELAY_MS - 1);
		expect(source.calls).toHaveLength(1);
		jest.advanceTimersByTime(1);
		expect(source.calls).toHaveLength(2);
		expect(source.calls[1]).toBe("Brand New " + DOC);
		expect(cm.plugin(plugin)!.computeCount).toBe(2);
		// the fallback mark now covers the whole (longer) first line
		expect(markedRanges(cm)[0].text).toBe("Brand New Intro line.");
	});

	it("clears its pending timer when the editor is destroyed", () => {
		jest.useFakeTimers();
		const setTimeoutSpy = jest.spyOn(window, "setTimeout");
		const clearTimeoutSpy = jest.spyOn(window, "clearTimeout");
		const { cm, source } = harness(DOC, true);
		type(cm, 0, "x");
		const ours = setTimeoutSpy.mock.results.filter((_, i) => setTimeoutSpy.mock.calls[i][1] === RECOMPUTE_DELAY_MS);
		expect(ours).toHaveLength(1);
		cm.destroy();
		expect(clearTimeoutSpy).toHaveBeenCalledWith(ours[0].value);
		jest.advanceTimersByTime(RECOMPUTE_DELAY_MS * 2);
		expect(source.calls).toHaveLength(1);
	});
});
