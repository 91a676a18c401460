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

/**
 * Openers that never close, each repeated over one 100 000-character line: a pattern that scans from every opener
 * to the end of the line would take minutes here (a line of `[[` once took 227 s), a linear one milliseconds.
 */
export const HOSTILE_OPENERS = ["[[", "![[", "[[a|", "![a](", "[a](<", "[a](u '", "[^", "^[", "[a][", "**", "__", "==", "`", "<a", "&#", "*a", "\\", "https://a.com/("];
const HOSTILE_CHARS = 100_000;

export interface HostileLineTiming {
	opener: string;
	time: Summary;
}

/** Key lines for a note holding one hostile line per opener (median of a few runs each), slowest first. */
export async function benchHostileLines(runs: number): Promise<HostileLineTiming[]> {
	const out: HostileLineTiming[] = [];
	for (const opener of HOSTILE_OPENERS) {
		const line = opener.repeat(Math.ceil(HOSTILE_CHARS / opener.length)).slice(0, HOSTILE_CHARS);
		const text = `# A note\n\nA first paragraph that is a line worth keeping.\n\n${line}\n`;
		const samples = await sample(() => timeSync(() => findKeyLines(text, { count: 5, title: "A note", tags: [] })), { warmup: 1, runs });
		out.push({ opener, time: summarize(samples) });
	}
	return out.sort((a, b) => b.time.median - a.time.median);
}
