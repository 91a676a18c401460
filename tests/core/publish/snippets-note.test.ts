/** @jest-environment node */
import { parseNote } from "../../../src/core/metadata/parse-note";
import { appendSection, fenced, matchKey, renderSnippetSection, snippetsFileName, usedIn } from "../../../src/core/publish/snippets-note";

describe("snippetsFileName", () => {
	it.each([
		["The good-egg problem", "The good-egg problem snippets.md"],
		["📄 The good-egg problem", "📄 The good-egg problem snippets.md"],
		['Why "no" is: a gift?', "Why no is a gift snippets.md"],
		["a/b\\c*d<e>f|g#h^i[j]k", "a b c d e f g h i j k snippets.md"],
		["  .hidden  ", "hidden snippets.md"],
	])("%j → %j", (title, expected) => {
		expect(snippetsFileName(title)).toBe(expected);
	});

	it("falls back when nothing of the title is left", () => {
		expect(snippetsFileName("###", "note-basename")).toBe("note-basename snippets.md");
		expect(snippetsFileName("[]", "#")).toBe("Untitled snippets.md");
	});
});

describe("renderSnippetSection", () => {
	it("writes a dated heading, the article link and one code block per post", () => {
		const text = renderSnippetSection({
			when: "2026-11-22 14:05",
			articleLink: "[[The good-egg problem]]",
			platform: "X",
			thread: false,
			posts: [{ text: "Keep the warmth.\n\n#Sales" }, { text: "Second.", reply: "https://example.com/a" }],
		});
		expect(text).toBe(
			[
				"## 2026-11-22 14:05",
				"",
				"X posts from [[The good-egg problem]]",
				"",
				"```text",
				"Keep the warmth.",
				"",
				"#Sales",
				"```",
				"",
				"```text",
				"Second.",
				"```",
				"",
				"Link for the first reply:",
				"",
				"```text",
				"https://example.com/a",
				"```",
				"",
			].join("\n"),
		);
	});

	it.each([
		[false, 1, "Bluesky post from [[A]]"],
		[false, 2, "Bluesky posts from [[A]]"],
		[true, 2, "Bluesky thread from [[A]]"],
	])("thread=%s with %i posts says %j", (thread, n, line) => {
		const posts = Array.from({ length: n }, (_, i) => ({ text: `p${i}` }));
		expect(renderSnippetSection({ when: "w", articleLink: "[[A]]", platform: "Bluesky", thread, posts }).split("\n")[2]).toBe(line);
	});

	it("keeps hashtags out of the tag index (parsed with the project's metadata parser)", () => {
		const text = renderSnippetSection({
			when: "2026-11-22 14:05",
			articleLink: "[[A]]",
			platform: "X",
			thread: false,
			posts: [{ text: "#Lead line\n\n#SalesProspecting #Mindset" }, { text: "```js\nx\n```\n#Inside" }],
		});
		expect(parseNote(text).metadata.tags ?? []).toEqual([]);
		// the same words written bare would be tags: the check above can fail
		expect((parseNote("#SalesProspecting #Mindset").metadata.tags ?? []).map((t) => t.tag)).toEqual(["#SalesProspecting", "#Mindset"]);
	});
});

describe("fenced", () => {
	it.each([
		["plain", "```"],
		["has ``` inside", "````"],
		["has ````` inside", "``````"],
		["inline `code`", "```"],
	])("%j is fenced with %j", (text, fence) => {
		const lines = fenced(text);
		expect(lines[0]).toBe(`${fence}text`);
		expect(lines[lines.length - 1]).toBe(fence);
		expect(lines.slice(1, -1).join("\n")).toBe(text);
	});
});

describe("appendSection", () => {
	const section = "## s\n";
	it.each([
		["", "## s\n"],
		["old", "old\n\n## s\n"],
		["old\n", "old\n\n## s\n"],
		["old\n\n", "old\n\n## s\n"],
		["old\n\n\n", "old\n\n\n## s\n"],
		["old\r\n", "old\r\n\n## s\n"],
	])("%j + section → %j, existing text kept as a prefix", (existing, expected) => {
		const out = appendSection(existing, section);
		expect(out).toBe(expected);
		expect(out.startsWith(existing)).toBe(true);
	});
});

describe("usedIn", () => {
	const note = "## 2026-11-22 14:05\n\n```text\nKeep   the warmth.\nAdd the spine.\n\n#Sales\n```\n\n```text\nIt’s NOT about price.\n```\n";
	it.each([
		["Keep the warmth. Add the spine.", true],
		["keep the warmth.", true],
		["It's not about price.", true],
		["Nice people get remembered.", false],
		["", false],
		["   ", false],
	])("%j used: %s", (line, used) => {
		expect(usedIn(note)(line)).toBe(used);
	});

	it("matchKey folds case, quotes and spacing", () => {
		expect(matchKey("  “Too   EXPENSIVE” isn’t\nreal ")).toBe('"too expensive" isn\'t real');
	});
});
