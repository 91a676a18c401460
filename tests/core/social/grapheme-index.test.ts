/** @jest-environment node */
import { GraphemeIndex } from "../../../src/core/social/grapheme-index";
import { graphemeCount, graphemes } from "../../../src/core/social/graphemes";

/** Cluster starts as the segmenter finds them over the whole text, then the end. */
function expectedStarts(text: string): number[] {
	const starts: number[] = [];
	let at = 0;
	for (const cluster of graphemes(text)) {
		starts.push(at);
		at += cluster.length;
	}
	return [...starts, text.length];
}

const TEXTS = [
	"",
	"a",
	"plain ASCII, with punctuation.",
	"日本語の文章、カタカナと「かっこ」。",
	"か\u3099き\u3099 and e\u0301 and 〰\uFE0F",
	"ภาษาไทยไม่มีช่องว่าง",
	"👍🏽👨‍👩‍👧‍👦🇫🇷🇩🇪🇦 1️⃣ #⃣ ❤️‍🔥",
	"line\r\nbreak\r\n",
	"\u0600 a\u0600\u0600 \u0301b",
	"\u1100\u1161\u11A8한국어 각",
	"中文👍🏽中文e\u0301中".repeat(60),
];

describe("GraphemeIndex", () => {
	it.each(TEXTS.map((text) => [text.slice(0, 24), text]))("finds the clusters the segmenter finds: %s", (_name, text) => {
		const index = new GraphemeIndex(text);
		const starts = expectedStarts(text);
		expect(index.starts).toEqual(starts);
		const ordinals = Array.from({ length: text.length + 1 }, (_, at) => starts.indexOf(at));
		expect(Array.from(index.ordinal)).toEqual(ordinals);
	});

	it("counts any slice between two of its boundaries as graphemeCount does", () => {
		const text = TEXTS.join(" ");
		const { starts } = new GraphemeIndex(text);
		for (let a = 0; a < starts.length; a += 17) {
			for (let b = a; b < starts.length; b += 23) expect(b - a).toBe(graphemeCount(text.slice(starts[a], starts[b])));
		}
	});
});
