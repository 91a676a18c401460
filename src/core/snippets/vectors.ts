/** Gives a term's weight across the vault; 1 for every term when no vault statistics are at hand. */
export type Idf = (term: string) => number;

/**
 * Every sentence's unit-length sparse tf-idf vector, in three flat arrays: sentence i's term ids, ascending, are
 * `ids[start[i]..start[i+1])`, with their weights at the same places. Ids count up in order of first appearance
 * across the note, so two vectors compare by merging sorted runs.
 */
export interface TermVectors {
	/** One offset per sentence, plus the end. */
	start: Int32Array;
	ids: Int32Array;
	weights: Float64Array;
	/** How many distinct terms there are: ids run from 0 to terms - 1. */
	terms: number;
}

/** A zero-filled array of `length` floats: the flat tables of the vectors and of `textRank`. */
export const floats = (length: number): Float64Array => new Float64Array(length);

/** A zero-filled array of `length` 32-bit integers (ids, offsets, counts). */
export const ints = (length: number): Int32Array => new Int32Array(length);

/** How many sentences `vectors` holds. */
export const vectorCount = (vectors: TermVectors): number => vectors.start.length - 1;

/**
 * The normalised tf-idf vector of every sentence's terms (terms repeat as often as they occur). Without `idf`,
 * words that recur in many of the note's own sentences weigh less: log((1 + sentences) / (1 + sentences with
 * it)) + 1. Each term is looked up once per occurrence and weighed once per note; nothing is allocated per sentence.
 */
export const sentenceVectors = (sentenceTerms: readonly (readonly string[])[], idf?: Idf): TermVectors => {
	const n = sentenceTerms.length;
	const idOf = new Map<string, number>();
	const terms: string[] = [];
	let total = 0;
	for (const list of sentenceTerms) total += list.length;
	const flat = ints(total);
	let at = 0;
	for (const list of sentenceTerms) {
		for (const t of list) {
			let id = idOf.get(t);
			if (id === undefined) {
				id = terms.length;
				idOf.set(t, id);
				terms.push(t);
			}
			flat[at++] = id;
		}
	}

	const vocabulary = terms.length;
	// `seen[id]` is 1 + the last sentence that met the term, so each sentence handles a term once
	const seen = ints(vocabulary);
	const weightOf = floats(vocabulary);
	if (idf) {
		for (let id = 0; id < vocabulary; id++) weightOf[id] = usable(idf(terms[id]));
	} else {
		const df = ints(vocabulary);
		at = 0;
		for (let s = 0; s < n; s++) {
			for (const end = at + sentenceTerms[s].length; at < end; at++) {
				if (seen[flat[at]] !== s + 1) {
					seen[flat[at]] = s + 1;
					df[flat[at]]++;
				}
			}
		}
		for (let id = 0; id < vocabulary; id++) weightOf[id] = usable(Math.log((1 + n) / (1 + df[id])) + 1);
		seen.fill(0);
	}

	const tf = ints(vocabulary);
	const start = ints(n + 1);
	const ids = ints(total);
	const weights = floats(total);
	let out = 0;
	at = 0;
	for (let s = 0; s < n; s++) {
		const first = out;
		for (const end = at + sentenceTerms[s].length; at < end; at++) {
			const id = flat[at];
			if (tf[id]++ > 0) continue;
			// insertion into the sorted run: a sentence has a handful of distinct terms
			let b = out - 1;
			for (; b >= first && ids[b] > id; b--) ids[b + 1] = ids[b];
			ids[b + 1] = id;
			out++;
		}
		let norm = 0;
		for (let k = first; k < out; k++) {
			weights[k] = tf[ids[k]] * weightOf[ids[k]];
			norm += weights[k] * weights[k];
			tf[ids[k]] = 0;
		}
		norm = Math.sqrt(norm);
		if (norm > 0) for (let k = first; k < out; k++) weights[k] /= norm;
		start[s + 1] = out;
	}
	return { start, ids, weights, terms: vocabulary };
};

/** A weight the vectors can use: positive and finite, else 0. */
const usable = (w: number): number => Number.isFinite(w) && w > 0 ? w : 0;

/** Cosine similarity of sentences a and b (0 when either vector is empty). */
export const cosine = (vectors: TermVectors, a: number, b: number): number => {
	const { start, ids, weights } = vectors;
	let i = start[a];
	let j = start[b];
	const iEnd = start[a + 1];
	const jEnd = start[b + 1];
	let dot = 0;
	while (i < iEnd && j < jEnd) {
		const x = ids[i];
		const y = ids[j];
		if (x === y) dot += weights[i++] * weights[j++];
		else if (x < y) i++;
		else j++;
	}
	return dot;
};
