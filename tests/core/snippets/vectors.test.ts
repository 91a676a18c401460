/** @jest-environment node */
import { cosine, sentenceVectors, vectorCount, type TermVectors } from "../../../src/core/snippets/vectors";

/** Sentence i's vector as a term → weight map, read through the term ids handed out in first-seen order. */
function vectorOf(v: TermVectors, i: number, vocabulary: string[]): Map<string, number> {
	const out = new Map<string, number>();
	for (let p = v.start[i]; p < v.start[i + 1]; p++) out.set(vocabulary[v.ids[p]], v.weights[p]);
	return out;
}

const norm = (v: TermVectors, i: number): number => Math.sqrt(cosine(v, i, i));

describe("sentenceVectors", () => {
	const sentences = [["sell", "call", "sell"], ["call", "price"], [], ["price", "risk"]];
	const vocabulary = ["sell", "call", "price", "risk"];
	const v = sentenceVectors(sentences);

	it("holds one run of ascending term ids per sentence, empty sentences included", () => {
		expect(vectorCount(v)).toBe(4);
		expect(v.terms).toBe(4);
		expect(Array.from(v.start)).toEqual([0, 2, 4, 4, 6]);
		for (let i = 0; i < 4; i++) {
			const ids = Array.from(v.ids.subarray(v.start[i], v.start[i + 1]));
			expect(ids).toEqual([...ids].sort((a, b) => a - b));
		}
	});

	it("gives unit-length vectors, and an empty sentence an empty one", () => {
		for (const i of [0, 1, 3]) expect(norm(v, i)).toBeCloseTo(1, 12);
		expect(cosine(v, 2, 0)).toBe(0);
	});

	it("weighs by term frequency times the note's own idf: log((1 + n) / (1 + df)) + 1", () => {
		const idf = (df: number): number => Math.log(5 / (1 + df)) + 1;
		const raw = { sell: 2 * idf(1), call: idf(2) };
		const length = Math.hypot(raw.sell, raw.call);
		const first = vectorOf(v, 0, vocabulary);
		expect(first.get("sell")).toBeCloseTo(raw.sell / length, 12);
		expect(first.get("call")).toBeCloseTo(raw.call / length, 12);
	});

	it("uses the given idf instead, treating non-positive or non-finite weights as 0", () => {
		const weights: Record<string, number> = { sell: 1, call: Number.NaN, price: -2, risk: 3 };
		const w = sentenceVectors(sentences, (t) => weights[t]);
		expect(vectorOf(w, 0, vocabulary)).toEqual(new Map([["sell", 1], ["call", 0]]));
		expect(vectorOf(w, 1, vocabulary)).toEqual(new Map([["call", 0], ["price", 0]]));
		expect(vectorOf(w, 3, vocabulary).get("risk")).toBe(1);
	});

	it("cosine is symmetric and 0 for sentences sharing no term", () => {
		expect(cosine(v, 0, 1)).toBeGreaterThan(0);
		expect(cosine(v, 0, 1)).toBe(cosine(v, 1, 0));
		expect(cosine(v, 0, 3)).toBe(0);
	});

	it("handles a note without sentences", () => {
		const empty = sentenceVectors([]);
		expect(vectorCount(empty)).toBe(0);
		expect(empty.terms).toBe(0);
	});
});
