import type { ScoredUnit } from "./score";
import { cosine, type TermVectors } from "./vectors";

/** Weight of a candidate's own score against its likeness to lines already picked (Maximal Marginal Relevance). */
export const MMR_LAMBDA = 0.7;
const POOL = 80;

/** Best score first; ties go to the earlier, then the shorter candidate, so the order never depends on chance. */
export const compareScored = (a: ScoredUnit, b: ScoredUnit): number =>
	b.score - a.score || a.start - b.start || a.end - b.end;

const likeness = (a: ScoredUnit, b: ScoredUnit, vectors: TermVectors): number => {
	let best = 0;
	for (const i of a.sentences) {
		for (const j of b.sentences) {
			if (i === j) return Infinity; // shares a sentence: a near-copy by construction
			best = Math.max(best, cosine(vectors, i, j));
		}
	}
	return best;
};

/**
 * Picks `count` candidates greedily by MMR so the chosen lines are good and unlike one another; candidates that
 * share a sentence with a chosen line, or repeat its text, are never picked. Returned best score first.
 */
export const pickDiverse = (units: readonly ScoredUnit[], vectors: TermVectors, count: number): ScoredUnit[] => {
	// the best POOL candidates, one of each text: a note that repeats a line must not fill the pool with it
	const pool: ScoredUnit[] = [];
	const seen = new Set<string>();
	for (const u of [...units].sort(compareScored)) {
		const text = u.text.toLowerCase();
		if (seen.has(text)) continue;
		seen.add(text);
		if (pool.push(u) === POOL) break;
	}
	if (pool.length === 0 || count <= 0) return [];
	const max = pool[0].score;
	const min = pool[pool.length - 1].score;
	const norm = (s: number): number => (max > min ? (s - min) / (max - min) : 1);
	const picked: ScoredUnit[] = [];
	const maxSim = new Float64Array(pool.length);
	const taken = new Uint8Array(pool.length);
	while (picked.length < count) {
		let best = -1;
		let bestValue = -Infinity;
		for (let i = 0; i < pool.length; i++) {
			if (taken[i] || maxSim[i] === Infinity) continue;
			const value = MMR_LAMBDA * norm(pool[i].score) - (1 - MMR_LAMBDA) * maxSim[i];
			if (value > bestValue) {
				bestValue = value;
				best = i;
			}
		}
		if (best < 0) break;
		taken[best] = 1;
		picked.push(pool[best]);
		for (let i = 0; i < pool.length; i++) {
			if (!taken[i]) maxSim[i] = Math.max(maxSim[i], likeness(pool[i], pool[best], vectors));
		}
	}
	return picked.sort(compareScored);
};
