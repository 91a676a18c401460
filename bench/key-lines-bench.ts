/**
 * Key lines for notes of 500, 2 000 and 10 000 words, through `findKeyLines` with the options the snippets modal
 * passes (five lines, the note's title and tags). The notes are generated once, outside the timed region.
 */
import { findKeyLines } from "../src/core/snippets/key-lines";
import { sample, timeSync, type RunPlan } from "./measure";
import { articleMarkdown } from "./prose";
import { summarize, type Summary } from "./stats";

/** The note lengths measured, in words. */
export const KEY_LINE_WORDS = [500, 2000, 10000] as const;

export type KeyLineWords = (typeof KEY_LINE_WORDS)[number];

export interface KeyLineTiming {
	time: Summary;
	/** Lines found (5 unless the note has fewer candidates), a check that the work was really done. */
	lines: number;
}

/** Times the key-line finder on one generated article per length. */
export async function benchKeyLines(seed: number, plan: (words: number) => RunPlan): Promise<Record<KeyLineWords, KeyLineTiming>> {
	const notes = KEY_LINE_WORDS.map((words) => {
		const text = articleMarkdown(words, seed + words);
		return { words, text, title: text.slice(2, text.indexOf("\n")) };
	});
	const find = (n: (typeof notes)[number]) => findKeyLines(n.text, { count: 5, title: n.title, tags: [] }).length;
	// Warm the finder up on every length first, so the first length measured does not pay for the JIT alone.
	for (let i = 0; i < 3; i++) for (const n of notes) find(n);
	const out = {} as Record<KeyLineWords, KeyLineTiming>;
	for (const n of notes) {
		let lines = 0;
		const samples = await sample(() => timeSync(() => (lines = find(n))), plan(n.words));
		out[n.words] = { time: summarize(samples), lines };
	}
	return out;
}
