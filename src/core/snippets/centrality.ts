import { floats, ints, type TermVectors } from "./vectors";

/** Fixed so scoring time is bounded and results never depend on a convergence threshold. */
const ITERATIONS = 30;
const DAMPING = 0.85;

/**
 * TextRank over sentence similarity: a sentence scores high when many other sentences say something like it,
 * i.e. when it carries the note's main idea. Returns scores scaled so the most central sentence is 1.
 *
 * The similarity of two sentences is the dot product of their unit tf-idf vectors, so the graph's matrix is
 * V·Vᵀ (V: sentences × terms) without its diagonal. Each step multiplies by it as V·(Vᵀ·x) − diag·x, a cost in
 * proportion to the note's term occurrences; walking the linked sentence pairs instead grows with the square of
 * their number, since the sentences of one note share its common words.
 */
export const textRank = (vectors: TermVectors): Float64Array => {
	const { start, ids, weights, terms } = vectors;
	const n = start.length - 1; // `start` holds an offset per sentence, plus the end
	let scores = floats(n);
	if (n === 0) return scores;

	// Vᵀ as postings: the sentences holding term t are sentence[postStart[t]..postStart[t+1]), with their weights
	const postStart = ints(terms + 1);
	for (let p = 0; p < start[n]; p++) postStart[ids[p] + 1]++;
	for (let t = 0; t < terms; t++) postStart[t + 1] += postStart[t];
	const fill = postStart.slice(0, terms);
	const sentence = ints(start[n]);
	const postWeight = floats(start[n]);
	const holders = ints(terms); // sentences with a positive weight on the term
	const termTotal = floats(terms); // Vᵀ·1
	const selfSimilarity = floats(n); // the diagonal of V·Vᵀ
	for (let i = 0; i < n; i++) {
		for (let p = start[i]; p < start[i + 1]; p++) {
			const w = weights[p];
			const at = fill[ids[p]]++;
			sentence[at] = i;
			postWeight[at] = w;
			if (w > 0) holders[ids[p]]++;
			termTotal[ids[p]] += w;
			selfSimilarity[i] += w * w;
		}
	}
	// A sentence that shares no weighted term with another has no edge: found exactly, never from a rounded sum.
	const outWeight = floats(n);
	for (let i = 0; i < n; i++) {
		let linked = false;
		let sum = 0;
		for (let p = start[i]; p < start[i + 1]; p++) {
			sum += weights[p] * termTotal[ids[p]];
			if (weights[p] > 0 && holders[ids[p]] > 1) linked = true;
		}
		if (linked) outWeight[i] = sum - selfSimilarity[i];
	}

	scores.fill(1 / n);
	let next = floats(n);
	const share = floats(n);
	const termShare = floats(terms);
	for (let it = 0; it < ITERATIONS; it++) {
		let dangling = 0;
		for (let j = 0; j < n; j++) {
			if (outWeight[j] === 0) dangling += scores[j];
			else share[j] = scores[j] / outWeight[j];
		}
		for (let t = 0; t < terms; t++) {
			let sum = 0;
			for (let p = postStart[t], end = postStart[t + 1]; p < end; p++) sum += postWeight[p] * share[sentence[p]];
			termShare[t] = sum;
		}
		for (let i = 0; i < n; i++) {
			let sum = 0;
			if (outWeight[i] !== 0) {
				for (let p = start[i], end = start[i + 1]; p < end; p++) sum += weights[p] * termShare[ids[p]];
				sum -= selfSimilarity[i] * share[i];
			}
			next[i] = (1 - DAMPING) / n + DAMPING * (sum + dangling / n);
		}
		const done = scores;
		scores = next;
		next = done;
	}
	let max = 0;
	for (let i = 0; i < n; i++) max = Math.max(max, scores[i]);
	if (max > 0) for (let i = 0; i < n; i++) scores[i] /= max;
	return scores;
};
