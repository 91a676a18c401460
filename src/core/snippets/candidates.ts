import type { CleanLine, CleanText } from "./clean";
import { parallelism, turnsNegation } from "./pair-cues";
import { splitSentences } from "./segment";
import { collapseSpaces } from "./spaces";
import type { SentenceCues } from "./sentence-cues";
import type { AuthorRange } from "./tails";

/** One sentence of the author's prose, as offsets into `CleanText.text`. */
export interface Sentence {
	start: number;
	end: number;
	text: string;
	paragraph: number;
	/** Position among the paragraph's sentences (0-based). */
	indexInParagraph: number;
	kind: CleanLine["kind"];
}

/** How a candidate was built: one sentence, a short paragraph, or a pronoun sentence with the one it leans on. */
export type UnitKind = "sentence" | "paragraph" | "pair";

/** Something that could be quoted: one or more consecutive sentences. */
export interface Unit {
	text: string;
	start: number;
	end: number;
	/** Indices into the sentence list, in order. */
	sentences: number[];
	kind: UnitKind;
	/** The unit is everything its paragraph says. */
	wholeParagraph: boolean;
}

/** Upper bounds that keep scoring linear-time on huge notes. */
export const MAX_SENTENCES = 3000;
const MAX_PARAGRAPH_UNIT = 320;
/** Longer than any platform's post but LinkedIn's: a sentence this long is no line to quote (a note without stops). */
const MAX_SENTENCE_UNIT = 500;

/** Cuts the author's lines into sentences, paragraph by paragraph, at most MAX_SENTENCES of them. */
export const sentencesOf = (clean: CleanText, range: AuthorRange): Sentence[] => {
	const out: Sentence[] = [];
	const lines = clean.lines;
	let i = range.from;
	while (i < range.to && out.length < MAX_SENTENCES) {
		let j = i;
		while (j + 1 < range.to && lines[j + 1].paragraph === lines[i].paragraph) j++;
		const start = lines[i].start;
		const body = clean.text.slice(start, lines[j].start + lines[j].text.length);
		let index = 0;
		for (const p of splitSentences(body)) {
			if (out.length >= MAX_SENTENCES) break;
			out.push({
				start: start + p.start,
				end: start + p.end,
				text: collapseSpaces(body.slice(p.start, p.end)),
				paragraph: lines[i].paragraph,
				indexInParagraph: index++,
				kind: lines[i].kind,
			});
		}
		i = j + 1;
	}
	return out;
};

const PAIR_PART_MAX = 120;

const isAntithesis = (a: Sentence, b: Sentence, ca: SentenceCues, cb: SentenceCues): boolean => {
	if (a.text.length > PAIR_PART_MAX || b.text.length > PAIR_PART_MAX) return false;
	return parallelism(ca.shape, cb.shape) >= 0.5 || turnsNegation(ca, cb) >= 0.8;
};

/**
 * Sentences k-1 and k open alike and so does a neighbour in their paragraph: two items of a longer list ("Your
 * voice. Your pitch. Your face on the video call."), which say nothing quoted apart from the rest; or both open
 * with "Not" and their paragraph goes on to what it is instead ("Not ads. Not cold outreach. Someone who…"). A pair
 * that turns a negation ("You can write. You can't write well.") is an antithesis however the paragraph goes on.
 */
const cutsList = (sentences: readonly Sentence[], cues: readonly SentenceCues[], k: number): boolean => {
	const opening = cues[k].shape[0];
	if (opening === undefined || cues[k - 1].shape[0] !== opening || turnsNegation(cues[k - 1], cues[k]) >= 0.8) return false;
	// (no sentence, so no paragraph, past either end of the list)
	const inParagraph = (j: number): boolean => sentences[j]?.paragraph === sentences[k].paragraph;
	const alike = (j: number): boolean => inParagraph(j) && cues[j].shape[0] === opening;
	return alike(k - 2) || alike(k + 1) || (opening === "not" && inParagraph(k + 1));
};

/**
 * The candidate made of the consecutive sentences `ids`, their texts joined by spaces, or by nothing after a Chinese
 * or Japanese stop, as those scripts write them.
 */
const unit = (sentences: readonly Sentence[], ids: number[], kind: UnitKind, wholeParagraph: boolean): Unit => {
	const text = ids.map((k) => sentences[k].text).join(" ").replace(/([。！？])\s/g, "$1");
	return { text, start: sentences[ids[0]].start, end: sentences[ids[ids.length - 1]].end, sentences: ids, kind, wholeParagraph };
};

/**
 * Every candidate key line: each sentence; each paragraph of two or three sentences as one unit (two-sentence
 * punchlines); each sentence opening with They/It/This/That/These/Those, or ending on a bare auxiliary ("Big plans
 * don't."), together with the sentence before it; and
 * two neighbouring sentences of one paragraph built as a pair ("Small habits survive bad weeks. Big plans don't.").
 */
export const buildUnits = (sentences: readonly Sentence[], cues: readonly SentenceCues[]): Unit[] => {
	const units: Unit[] = [];
	const sizes = new Map<number, number>();
	for (const s of sentences) sizes.set(s.paragraph, (sizes.get(s.paragraph) ?? 0) + 1);
	const size = (k: number): number => sizes.get(sentences[k].paragraph) ?? 1;

	for (let k = 0; k < sentences.length; k++) {
		const s = sentences[k];
		const n = size(k);
		if (s.text.length <= MAX_SENTENCE_UNIT) units.push(unit(sentences, [k], "sentence", n === 1));

		const last = sentences[k + 1]?.paragraph !== s.paragraph;
		if (last && n >= 2 && n <= 3 && s.kind !== "heading") {
			const paragraph = unit(sentences, Array.from({ length: n }, (_, d) => k - n + 1 + d), "paragraph", true);
			if (paragraph.text.length <= MAX_PARAGRAPH_UNIT) units.push(paragraph);
		}

		// a pair never starts with a heading
		const prev: Sentence | undefined = sentences[k - 1]; // none before the first
		if (prev && prev.kind !== "heading") {
			const samePara = prev.paragraph === s.paragraph;
			if (cues[k].leansBack || cues[k].elliptical) {
				// a sentence that leans on the one before goes with it
				const coversParagraph = samePara && n === 2;
				if (!coversParagraph && prev.text.length + s.text.length < MAX_PARAGRAPH_UNIT) {
					units.push(unit(sentences, [k - 1, k], "pair", !samePara && size(k - 1) === 1 && n === 1));
				}
			} else if (samePara && n > 2 && isAntithesis(prev, s, cues[k - 1], cues[k]) && !cutsList(sentences, cues, k)) {
				units.push(unit(sentences, [k - 1, k], "pair", false));
			}
		}
	}
	return units;
};
