/**
 * Synthetic prose for the benchmark: sentences, paragraphs, headings, lists, quotes and the odd code block, with an
 * exact word budget. The text means nothing, but it has the shape the metadata parser and the key-line finder work
 * through (line kinds, sentence lengths, punctuation, numbers), which is what their running time depends on.
 */
import { Random } from "./random";
import { COMMON_WORDS, TOPIC_WORDS } from "./words";

/** A word as the budget counts it: a whitespace-separated token holding a letter or a digit. */
export const WORD = /[0-9A-Za-z\u00C0-\u024F]/;

/** Counts words the way the generator budgets them (markers such as `-`, `>`, `##` are not words). */
export function countWords(text: string): number {
	let n = 0;
	for (const token of text.split(/\s+/)) if (WORD.test(token)) n++;
	return n;
}

function word(r: Random): string {
	if (r.chance(0.04)) return numberWord(r);
	return r.chance(0.45) ? r.pick(COMMON_WORDS) : r.pick(TOPIC_WORDS);
}

function numberWord(r: Random): string {
	switch (r.int(0, 3)) {
		case 0:
			return `${r.int(2, 97)}%`;
		case 1:
			return String(r.int(1990, 2025));
		case 2:
			return `${r.int(2, 12)}x`;
		default:
			return String(r.int(3, 5000));
	}
}

/** One sentence of exactly `n` words (n ≥ 1), capitalised and punctuated. */
export function sentence(r: Random, n: number): string {
	const words: string[] = [];
	for (let i = 0; i < n; i++) {
		let w = word(r);
		if (i === 0) w = w.charAt(0).toUpperCase() + w.slice(1);
		if (i > 2 && i < n - 2 && r.chance(0.06)) w += ",";
		words.push(w);
	}
	const end = r.weighted([88, 8, 4]);
	const text = words.join(" ") + (end === 0 ? "." : end === 1 ? "?" : "!");
	return r.chance(0.05) ? `“${text}”` : text;
}

/** A sentence length drawn like prose: mostly 8–20 words, some very short, a few long. */
function sentenceLength(r: Random): number {
	return Math.max(3, Math.min(40, Math.round(r.logNormal(14, 0.45))));
}

/** Sentences totalling exactly `words` words, the last one cut to fit. */
function sentences(r: Random, words: number): string[] {
	const out: string[] = [];
	let left = words;
	while (left > 0) {
		const n = Math.min(left, sentenceLength(r));
		out.push(sentence(r, n));
		left -= n;
	}
	return out;
}

export interface ProseOptions {
	/** Tags written inline (`#tag`) at the end of some paragraphs; they are not counted as words. */
	inlineTags?: readonly string[];
	/** Allow fenced code blocks (whose `#include` lines are not tags). */
	code?: boolean;
}

/**
 * Markdown body text with exactly `words` words of prose (as `countWords` counts them; inline tags and code lines
 * come on top): paragraphs of a few sentences, a `##` heading every few paragraphs, the odd list, quote or code.
 */
export function proseBody(r: Random, words: number, options: ProseOptions = {}): string {
	const blocks: string[] = [];
	const tags = [...(options.inlineTags ?? [])];
	let left = words;
	let sinceHeading = 0;
	while (left > 0) {
		if (sinceHeading >= 3 && left > 40 && r.chance(0.35)) {
			const n = Math.min(left, r.int(2, 7));
			blocks.push(`## ${sentence(r, n).replace(/[.?!”“]/g, "")}`);
			left -= n;
			sinceHeading = 0;
			continue;
		}
		sinceHeading++;
		const kind = r.weighted([78, 9, 7, options.code ? 2 : 0]);
		const n = Math.min(left, Math.round(r.logNormal(70, 0.5)));
		left -= n;
		const parts = sentences(r, n);
		if (kind === 1) blocks.push(parts.map((s) => `- ${s}`).join("\n"));
		else if (kind === 2) blocks.push(parts.map((s) => `> ${s}`).join("\n"));
		else blocks.push(parts.join(" "));
		if (tags.length > 0 && r.chance(0.4)) blocks[blocks.length - 1] += ` #${tags.shift() as string}`;
		if (kind === 3) blocks.push("```c\n#include <stdio.h>\nint main(void) { return 0; } // #not-a-tag\n```");
	}
	if (tags.length > 0) blocks.push(tags.map((t) => `#${t}`).join(" "));
	return blocks.join("\n\n");
}

/** A standalone article of exactly `words` words with a title heading, for timing the key-line finder. */
export function articleMarkdown(words: number, seed: number): string {
	const r = new Random(seed);
	const titleWords = Math.min(words, 6);
	const title = sentence(r, titleWords).replace(/[.?!”“]/g, "");
	return `# ${title}\n\n${proseBody(r, words - titleWords)}\n`;
}
