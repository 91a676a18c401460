import { KEPT_NOTES, forgetEdits, keepEdits, restoreEdits } from "../../../src/plugin/snippets/kept-edits";
import type { SnippetRow } from "../../../src/plugin/snippets/snippet-rows";
import type { SnippetsHost } from "../../../src/plugin/snippets/snippets-host";

const row = (text: string, checked: boolean): SnippetRow => ({ text, checked, score: 1, features: {}, line: 1, used: false });
const fresh = () => [row("One.", true), row("Two.", true), row("Three.", false)];
const FOUND = ["One.", "Two.", "Three."];
const CHECKED = [true, true, false];
const host = () => ({}) as SnippetsHost;

describe("kept edits", () => {
	it("keeps only the rows the author touched, and puts them back by the text they were found with", () => {
		const h = host();
		keepEdits(h, "a.md", FOUND, CHECKED, [row("One.", true), row("Two, edited.", true), row("Three.", true)]);
		// The note now ranks its lines differently: each edit follows its line.
		const rows = [row("Three.", true), row("Zero.", true), row("Two.", false)];
		expect(restoreEdits(h, "a.md", rows)).toBe(2);
		expect(rows.map((r) => [r.text, r.checked])).toEqual([["Three.", true], ["Zero.", true], ["Two, edited.", true]]);
	});

	it("keeps nothing for rows as they came, and forgets earlier edits then", () => {
		const h = host();
		keepEdits(h, "a.md", FOUND, CHECKED, [row("One!", true), row("Two.", true), row("Three.", false)]);
		keepEdits(h, "a.md", FOUND, CHECKED, fresh());
		expect(restoreEdits(h, "a.md", fresh())).toBe(0);
	});

	it("keeps per plugin and per note, forgets on request, and holds at most the most recent notes", () => {
		const h = host();
		const touched = () => [row("One!", true), row("Two.", true), row("Three.", false)];
		keepEdits(h, "a.md", FOUND, CHECKED, touched());
		expect(restoreEdits(host(), "a.md", fresh())).toBe(0);
		expect(restoreEdits(h, "b.md", fresh())).toBe(0);
		forgetEdits(h, "a.md");
		expect(restoreEdits(h, "a.md", fresh())).toBe(0);

		for (let i = 0; i <= KEPT_NOTES; i++) keepEdits(h, `n${i}.md`, FOUND, CHECKED, touched());
		expect(restoreEdits(h, "n0.md", fresh())).toBe(0);
		expect(restoreEdits(h, "n1.md", fresh())).toBe(1);
		expect(restoreEdits(h, `n${KEPT_NOTES}.md`, fresh())).toBe(1);
	});
});
