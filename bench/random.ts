/**
 * A small seeded pseudo-random source for the benchmark's synthetic vault. `Math.random` cannot be seeded, and a
 * benchmark whose input changes between runs measures the input, not the code.
 */

/** Draws numbers in [0, 1) plus the few shapes the generator needs; the same seed gives the same draws. */
export class Random {
	private state: number;

	constructor(seed: number) {
		this.state = seed >>> 0;
	}

	/** The next number in [0, 1): a 32-bit counter pushed through an integer hash (a SplitMix-style mixer). */
	next(): number {
		this.state = (this.state + 0x9e3779b9) >>> 0;
		return mix32(this.state) / 4294967296;
	}

	/** An integer in [min, max], both ends included. */
	int(min: number, max: number): number {
		return min + Math.floor(this.next() * (max - min + 1));
	}

	/** True with probability `p`. */
	chance(p: number): boolean {
		return this.next() < p;
	}

	pick<T>(items: readonly T[]): T {
		return items[Math.floor(this.next() * items.length)];
	}

	/** A log-normally distributed number: most values near `median`, a long tail above it (like note lengths). */
	logNormal(median: number, sigma: number): number {
		const u = Math.max(this.next(), 1e-12);
		const v = this.next();
		const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
		return median * Math.exp(sigma * z);
	}

	/** An index drawn with the given relative weights. */
	weighted(weights: readonly number[]): number {
		let total = 0;
		for (const w of weights) total += w;
		let r = this.next() * total;
		for (let i = 0; i < weights.length; i++) {
			r -= weights[i];
			if (r < 0) return i;
		}
		return weights.length - 1;
	}
}

/** Scrambles a 32-bit integer so that neighbouring inputs give unrelated outputs. */
export function mix32(x: number): number {
	let h = x >>> 0;
	h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
	h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
	return (h ^ (h >>> 16)) >>> 0;
}

/** The seed of item `index` in a stream seeded with `seed`: items can be generated alone and in any order. */
export function itemSeed(seed: number, index: number): number {
	return mix32((mix32(seed) ^ Math.imul(index + 1, 0x27d4eb2d)) >>> 0);
}
