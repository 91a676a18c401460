/**
 * The benchmark's statistics: medians and a robust spread, so one slow run (a GC pause, another process on the
 * machine) moves neither the reported number nor the verdict.
 */

/** What a set of timed runs comes to. All values in the samples' unit. */
export interface Summary {
	median: number;
	min: number;
	max: number;
	/** Median absolute deviation from the median: the typical distance of a run from the median. */
	mad: number;
	runs: number;
}

/** The middle value (the mean of the two middle values for an even count). Throws on an empty list. */
export function median(values: readonly number[]): number {
	if (values.length === 0) throw new Error("median of no values");
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Median, extremes and median absolute deviation of some samples. Throws on an empty list. */
export function summarize(samples: readonly number[]): Summary {
	const m = median(samples);
	return {
		median: m,
		min: Math.min(...samples),
		max: Math.max(...samples),
		mad: median(samples.map((x) => Math.abs(x - m))),
		runs: samples.length,
	};
}

/** The spread as a share of the median, in percent (0 when the median is 0). */
export function relativeSpread(s: Summary): number {
	return s.median === 0 ? 0 : (100 * s.mad) / s.median;
}
