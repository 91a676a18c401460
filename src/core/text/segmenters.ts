/**
 * The shared `Intl.Segmenter`s, made on first use: sentences in English rules (key lines, thread splitting) and
 * grapheme clusters in the default locale (platform counts). Null where the runtime has no `Intl.Segmenter`, so
 * callers fall back to plain rules.
 */

const made: { sentence?: Intl.Segmenter | null; grapheme?: Intl.Segmenter | null } = {};

/** The segmenter for `granularity`, or null when this runtime lacks `Intl.Segmenter`. */
export const segmenterFor = (granularity: "sentence" | "grapheme"): Intl.Segmenter | null => {
	let segmenter = made[granularity];
	if (segmenter === undefined) {
		const available = typeof Intl !== "undefined" && typeof Intl.Segmenter === "function";
		segmenter = available ? new Intl.Segmenter(granularity === "sentence" ? "en" : undefined, { granularity }) : null;
		made[granularity] = segmenter;
	}
	return segmenter;
};
