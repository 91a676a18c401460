/** @jest-environment node */
import * as fs from "fs";
import * as path from "path";

import { findKeyLines } from "../../../src/core/snippets/key-lines";
import { locateKeyLine, locateKeyLines } from "../../../src/plugin/snippets/key-line-ranges";

const slice = (doc: string, r: { from: number; to: number }) => doc.slice(r.from, r.to);

describe("locateKeyLine", () => {
	it.each([
		["plain sentence", "Intro.\nKeep the warmth. Add the spine.\n", "Add the spine.", 2, "Add the spine."],
		["inside a highlight", "x\nHard part. ==Being liked gets you the meeting.==\n", "Being liked gets you the meeting.", 2, "Being liked gets you the meeting."],
		["bold lead-in", "**They agree too fast.** When", "They agree too fast.", 1, "They agree too fast."],
		["opening quote kept", 'a\n"It\'s too expensive."\n', '"It\'s too expensive."', 2, '"It\'s too expensive."'],
		["curly apostrophe in the source", "You’ll be surprised.", "You'll be surprised.", 1, "You’ll be surprised."],
		["link alias read as text", "If so, read [[Rejection is data|why a no is information]].", "If so, read why a no is information.", 1, "If so, read [[Rejection is data|why a no is information]]."],
		["markdown link", "See [the guide](https://x.com/a) now.", "See the guide now.", 1, "See [the guide](https://x.com/a) now."],
		["runs over two source lines", "> [!quote]\n> Kindness is the floor,\n> not the ceiling.\n", "Kindness is the floor, not the ceiling.", 2, "Kindness is the floor,\n> not the ceiling."],
		["found on a later line", "one\n\ntwo words here.\n", "two words here.", 1, "two words here."],
		["around control sequences cleaning removed", "x\nA \u001b[31mRED\u001b[0m one. Next.", "A RED one.", 2, "A \u001b[31mRED\u001b[0m one."],
	])("%s", (_name, doc, text, line, expected) => {
		expect(slice(doc, locateKeyLine(doc, text, line))).toBe(expected);
	});

	it.each([
		["text not in the note", "First line.\nSecond line here.\nThird.", "Something else entirely.", 2, "Second line here."],
		["no words at all", "First.\n---\n", "—", 2, "---"],
		["line past the end", "Only line.", "Missing.", 9, "Only line."],
		["CRLF line end left out", "a\r\nSecond line.\r\nc", "zzz", 2, "Second line."],
	])("falls back to the whole source line: %s", (_name, doc, text, line, expected) => {
		expect(slice(doc, locateKeyLine(doc, text, line))).toBe(expected);
	});

	it("does not match text that only occurs before the key line's line", () => {
		const doc = "Keep the warmth.\nOther.\nNot here.";
		expect(slice(doc, locateKeyLine(doc, "Keep the warmth.", 2))).toBe("Other.");
	});
});

describe("locateKeyLines on an example note", () => {
	const file = path.join(__dirname, "../../../examples/vault/Articles/The good-egg problem.md");
	const doc = fs.readFileSync(file, "utf8");

	it("finds every key line's words, in order, in the source it marks", () => {
		const lines = findKeyLines(doc, { count: 5, title: "The good-egg problem", tags: ["sales/prospecting", "mindset"] });
		expect(lines.length).toBe(5);
		const ranges = locateKeyLines(doc, lines);
		lines.forEach((k, i) => {
			const marked = slice(doc, ranges[i]);
			const words = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []).join(" ");
			expect(words(marked)).toBe(words(k.text));
			// the range starts on the key line's own line
			expect(doc.slice(0, ranges[i].from).split("\n").length).toBe(k.line);
		});
	});
});
