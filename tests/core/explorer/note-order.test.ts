/** @jest-environment node */
import { sortArticles, titleKey } from "../../../src/core/explorer/note-order";
import { art } from "./fixtures";

const titles = (list: { title: string }[]) => list.map((a) => a.title);

describe("note order by title", () => {
	const notes = ["📄 Coach the coach", "Maybe later", "Busy is not productive", "“Quoted” first", "🔥", "2 minute rule"].map((title, i) =>
		art(`n${i}.md`, { title }),
	);

	it("sorts a title by its first word, not by an emoji or quote mark before it", () => {
		expect(titles(sortArticles(notes, { noteSort: "title", noteSortDesc: false }))).toEqual([
			"2 minute rule",
			"Busy is not productive",
			"📄 Coach the coach",
			"Maybe later",
			"“Quoted” first",
			"🔥", // nothing but a mark: sorted as written, after the words
		]);
	});

	it("reverses the same order for Z to A", () => {
		const ascending = titles(sortArticles(notes, { noteSort: "title", noteSortDesc: false }));
		expect(titles(sortArticles(notes, { noteSort: "title", noteSortDesc: true }))).toEqual([...ascending].reverse());
	});

	it("keys a title without its leading marks, folded, and keeps a title that is only marks", () => {
		expect(titleKey(art("a.md", { title: "📄 Éclair" }))).toBe("eclair");
		expect(titleKey(art("b.md", { title: "🔥" }))).toBe("🔥");
	});
});
