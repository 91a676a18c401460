/** What `turnsNegation` needs to know about one side of a pair (see `SentenceCues`). */
export interface NegationSide {
	denies: boolean;
	elliptical: boolean;
	terms: readonly string[];
}

/**
 * 0.8 when one sentence denies and the next asserts (or the reverse) about a shared word, or answers elliptically
 * ("Cold calling isn't dead. Lazy cold calling is."); 0.4 with no shared word; 0 when both deny or neither does.
 */
export const turnsNegation = (first: NegationSide, second: NegationSide): number => {
	if (first.denies === second.denies) return 0;
	if (second.elliptical) return 0.8;
	return second.terms.some((t) => first.terms.includes(t)) ? 0.8 : 0.4;
};

/**
 * How alike two sentences are built ("Nice people get remembered. Useful people get paid."): similar length and
 * shared words, more so when they open alike. The antithesis that makes a line stick. Takes lower-cased words.
 */
export const parallelism = (a: readonly string[], b: readonly string[]): number => {
	if (a.length === 0 || b.length === 0) return 0;
	if (Math.min(a.length, b.length) / Math.max(a.length, b.length) < 0.5) return 0;
	const setA = new Set(a);
	const setB = new Set(b);
	let shared = 0;
	for (const w of setB) if (setA.has(w)) shared++;
	const union = setA.size + setB.size - shared;
	const sameOpening = a[0] === b[0] || (a.length > 1 && b.length > 1 && a[1] === b[1]);
	return Math.min(1, shared / union / 0.3) * (sameOpening ? 1 : 0.7);
};
