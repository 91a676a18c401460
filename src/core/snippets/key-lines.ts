import { analyseNote } from "./analysis";
import { compareScored, pickDiverse } from "./mmr";
import type { Idf } from "./vectors";

export { buildIdf } from "./idf";

export interface KeyLine {
	text: string;
	score: number;
	/** 1-based line in the file where it starts */
	line: number;
	features: Record<string, number>;
	/** Why the author forced this line ("highlight", "quote-callout", "block-id"); absent for picked lines. */
	forced?: string;
}

export interface KeyLineOptions {
	/** How many lines to return (default 5); forced lines count towards it. */
	count?: number;
	title?: string;
	tags?: string[];
	idf?: Idf;
	/** Passed to cleaning, so `[[target]]` reads as the target's title. */
	resolveTitle?: (target: string) => string | null;
}

const DEFAULT_COUNT = 5;

/** The note's most quotable lines, best first, each with the score and the features that made it. */
export const findKeyLines = (markdown: string, options: KeyLineOptions = {}): KeyLine[] => {
	const count = Math.max(0, Math.floor(options.count ?? DEFAULT_COUNT));
	if (count === 0) return [];
	const { clean, forced, units, vectors } = analyseNote(markdown, options);
	const result: KeyLine[] = forced.map(({ start: _s, end: _e, ...line }) => line);
	// A line whose cues weigh against it on balance (a reader's "So true.", a dated story) is no key line, even when a
	// short note has room for it.
	for (const u of pickDiverse(units.filter((u) => u.score > 0), vectors, Math.max(0, count - forced.length))) {
		result.push({ text: u.text, score: u.score, line: clean.lineAt(u.start), features: u.features });
	}
	return result.slice(0, count);
};

/** Every candidate with its score and features, best first, overlaps included: for "why was this not picked?". */
export const scoreCandidates = (markdown: string, options: Omit<KeyLineOptions, "count"> = {}): KeyLine[] => {
	const { clean, units } = analyseNote(markdown, options);
	return [...units].sort(compareScored).map((u) => ({ text: u.text, score: u.score, line: clean.lineAt(u.start), features: u.features }));
};
