import type { TermVector } from "./vectors";

/** Fixed so scoring time is bounded and results never depend on a convergence threshold. */
const ITERATIONS = 30;
const DAMPING = 0.85;

/**
 * TextRank over sentence similarity: a sentence scores high when many other sentences say something like it,
 * i.e. when it carries the note's main idea. Returns scores scaled so the most central sentence is 1.
 */
export function textRank(vectors: readonly TermVector[]): Float64Array {
	const n = vectors.length;
	const scores = new Float64Array(n);
	if (n === 0) return scores;
	// sparse graph: for each sentence, its neighbours and the similarity to them
	const from: number[][] = Array.from({ length: n }, () => []);
	const weight: number[][] = Array.from({ length: n }, () => []);
	const outWeight = new Float64Array(n);
	// dot products through an inverted index: only pairs that share a term cost anything
	const postings = new Map<number, Array<[number, number]>>();
	for (let i = 0; i < n; i++) {
		const v = vectors[i];
		for (let k = 0; k < v.ids.length; k++) {
			let list = postings.get(v.ids[k]);
			if (!list) postings.set(v.ids[k], (list = []));
			list.push([i, v.weights[k]]);
		}
	}
	const dot = new Float64Array(n);
	const touched: number[] = [];
	for (let i = 0; i < n; i++) {
		const v = vectors[i];
		for (let k = 0; k < v.ids.length; k++) {
			for (const [j, w] of postings.get(v.ids[k])!) {
				if (j <= i) continue;
				if (dot[j] === 0) touched.push(j);
				dot[j] += w * v.weights[k];
			}
		}
		touched.sort((x, y) => x - y);
		for (const j of touched) {
			const s = dot[j];
			dot[j] = 0;
			if (s <= 0) continue;
			from[i].push(j);
			weight[i].push(s);
			from[j].push(i);
			weight[j].push(s);
			outWeight[i] += s;
			outWeight[j] += s;
		}
		touched.length = 0;
	}
	scores.fill(1 / n);
	const next = new Float64Array(n);
	const share = new Float64Array(n);
	for (let it = 0; it < ITERATIONS; it++) {
		let dangling = 0;
		for (let j = 0; j < n; j++) {
			if (outWeight[j] === 0) dangling += scores[j];
			else share[j] = scores[j] / outWeight[j];
		}
		for (let i = 0; i < n; i++) {
			let sum = 0;
			const f = from[i];
			const w = weight[i];
			for (let k = 0; k < f.length; k++) sum += w[k] * share[f[k]];
			next[i] = (1 - DAMPING) / n + DAMPING * (sum + dangling / n);
		}
		scores.set(next);
	}
	let max = 0;
	for (let i = 0; i < n; i++) max = Math.max(max, scores[i]);
	if (max > 0) for (let i = 0; i < n; i++) scores[i] /= max;
	return scores;
}
