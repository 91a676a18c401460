/** Gives a term's weight across the vault; 1 for every term when no vault statistics are at hand. */
export type Idf = (term: string) => number;

/** A unit-length sparse tf-idf vector: term ids ascending, with their weights. */
export interface TermVector {
	ids: Int32Array;
	weights: Float64Array;
}

/** Hands out small integer ids to terms so vectors can be compared by merging sorted arrays. */
export class TermIds {
	private readonly ids = new Map<string, number>();

	/** The id of a term, allocating the next one on first sight. */
	idOf(term: string): number {
		let id = this.ids.get(term);
		if (id === undefined) {
			id = this.ids.size;
			this.ids.set(term, id);
		}
		return id;
	}
}

/** Builds the normalised tf-idf vector of a bag of terms (terms repeat as often as they occur). */
export function termVector(terms: readonly string[], ids: TermIds, idf?: Idf): TermVector {
	const tf = new Map<number, number>();
	const weightOf = new Map<number, number>();
	for (const t of terms) {
		const id = ids.idOf(t);
		tf.set(id, (tf.get(id) ?? 0) + 1);
		if (!weightOf.has(id)) {
			const w = idf ? idf(t) : 1;
			weightOf.set(id, Number.isFinite(w) && w > 0 ? w : 0);
		}
	}
	const sorted = [...tf.keys()].sort((a, b) => a - b);
	const weights = new Float64Array(sorted.length);
	let norm = 0;
	sorted.forEach((id, k) => {
		weights[k] = tf.get(id)! * weightOf.get(id)!;
		norm += weights[k] * weights[k];
	});
	norm = Math.sqrt(norm);
	if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k] /= norm;
	return { ids: Int32Array.from(sorted), weights };
}

/** Cosine similarity of two normalised vectors (0 when either is empty). */
export function cosine(a: TermVector, b: TermVector): number {
	let i = 0;
	let j = 0;
	let dot = 0;
	while (i < a.ids.length && j < b.ids.length) {
		const x = a.ids[i];
		const y = b.ids[j];
		if (x === y) dot += a.weights[i++] * b.weights[j++];
		else if (x < y) i++;
		else j++;
	}
	return dot;
}
