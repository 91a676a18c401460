/** @jest-environment node */
import * as fs from "fs";
import * as path from "path";
import { findKeyLines } from "../../../src/core/snippets/key-lines";

// A human editor picked the quotable lines of each example article; the top three key lines must hold two of them.
const EXAMPLES = path.join(__dirname, "../../../examples");
const GOLD_FILE = path.join(EXAMPLES, "gold-key-lines.json");
const gold: Record<string, string[]> = fs.existsSync(GOLD_FILE) ? JSON.parse(fs.readFileSync(GOLD_FILE, "utf8")) : {};
const articles = Object.entries(gold);

const normalise = (s: string): string => s.replace(/\s+/g, " ").trim();

/** The gold lines that one of the key lines contains, or that contain one of them. */
function hits(keyLines: string[], goldLines: string[]): string[] {
	const picked = keyLines.map(normalise);
	return goldLines.map(normalise).filter((g) => picked.some((k) => k.includes(g) || g.includes(k)));
}

describe("gold key lines", () => {
	(articles.length ? it : it.skip)("the gold file lists articles", () => {
		expect(articles.length).toBeGreaterThan(0);
	});

	const rows: Array<[string, string[]]> = articles.length ? articles : [["(no gold file yet)", []]];
	it.each(rows)("%s: two gold lines in the top three", (file, goldLines) => {
		if (!articles.length) return;
		const note = fs.readFileSync(path.join(EXAMPLES, "vault", file), "utf8");
		const top = findKeyLines(note).slice(0, 3).map((k) => k.text);
		expect(hits(top, goldLines).length).toBeGreaterThanOrEqual(2);
	});

	it("the matcher counts containment both ways and ignores whitespace", () => {
		expect(hits(["Keep the warmth.  Add the spine."], ["Keep the warmth. Add the spine.", "Add the spine.", "Other."])).toHaveLength(2);
		expect(hits(["Add the spine."], ["Keep the warmth. Add the spine."])).toHaveLength(1);
		expect(hits(["Something else."], ["Keep the warmth."])).toHaveLength(0);
	});
});
