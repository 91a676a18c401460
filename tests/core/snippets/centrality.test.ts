/** @jest-environment node */
import { textRank } from "../../../src/core/snippets/centrality";
import { cosine, sentenceVectors, vectorCount, type TermVectors } from "../../../src/core/snippets/vectors";

/** TextRank the plain way, over every pair of sentences: what the factored product must reproduce. */
function pairwiseTextRank(v: TermVectors): number[] {
	const n = vectorCount(v);
	const sim = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : cosine(v, i, j))));
	const out = sim.map((row) => row.reduce((a, b) => a + b, 0));
	let scores = new Array<number>(n).fill(1 / n);
	for (let it = 0; it < 30; it++) {
		const dangling = scores.reduce((sum, s, j) => (out[j] === 0 ? sum + s : sum), 0);
		scores = scores.map((_, i) => {
			let sum = 0;
			for (let j = 0; j < n; j++) if (sim[i][j] > 0) sum += (sim[i][j] * scores[j]) / out[j];
			return 0.15 / n + 0.85 * (sum + dangling / n);
		});
	}
	const max = Math.max(...scores);
	return scores.map((s) => s / max);
}

describe("textRank", () => {
	it("returns nothing for no sentences", () => {
		expect(textRank(sentenceVectors([]))).toHaveLength(0);
	});

	it("matches the pairwise computation, with sentences sharing nothing and empty ones", () => {
		const v = sentenceVectors([
			["price", "risk", "buyer"],
			["price", "buyer", "buyer"],
			["weather"],
			[],
			["risk", "price", "call"],
			["call", "follow", "call"],
			["buyer", "risk"],
		]);
		const got = Array.from(textRank(v));
		const want = pairwiseTextRank(v);
		got.forEach((s, i) => expect(s).toBeCloseTo(want[i], 12));
		expect(Math.max(...got)).toBe(1);
	});

	it("ignores terms the vault gives no weight, exactly as a missing term", () => {
		const terms = [["price", "noise"], ["noise", "call"], ["price", "call"], ["noise"]];
		const v = sentenceVectors(terms, (t) => (t === "noise" ? 0 : 1));
		const got = Array.from(textRank(v));
		pairwiseTextRank(v).forEach((s, i) => expect(got[i]).toBeCloseTo(s, 12));
		// the "noise"-only sentence links to nothing: it keeps only the teleport share
		expect(got[3]).toBeLessThan(got[0]);
	});

	it("ranks the sentence that shares most with the others first", () => {
		const scores = textRank(sentenceVectors([["a", "b"], ["a", "b", "c"], ["b", "c"], ["c", "d"]]));
		expect(scores[1]).toBe(1);
		expect(scores[3]).toBeLessThan(scores[1]);
	});
});
