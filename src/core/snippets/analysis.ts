import { buildUnits, sentencesOf } from "./candidates";
import { textRank } from "./centrality";
import { cleanMarkdown, type CleanText, type ForcedSpan } from "./clean";
import { coveredBy } from "./emphasis";
import { HOLDS_URL, MATHS } from "./inline";
import { Lexicon } from "./lexicon";
import type { Sentence } from "./candidates";
import { scoreUnit, type ScoreContext, type ScoredUnit } from "./score";
import { sentenceCues } from "./sentence-cues";
import { collapseSpaces } from "./spaces";
import { cutNonAuthorText } from "./tails";
import { contentTerms } from "./tokens";
import { sentenceVectors, type Idf, type TermVectors } from "./vectors";
import { overlaps } from "../text/trimmed-spans";
import { isString } from "../type-checks";

/**
 * A line of one Latin-script word at most, whatever marks surround it ("Ok.", "“Exactly!”", emoji alone). Only Latin
 * letters make the word: in a script written without spaces (Han, kana, Thai…) a run of letters can be a sentence.
 * Or a line that held inline maths (`MATHS`, U+FFFC), which a post cannot show, or one ending on the colon that
 * announces what follows ("Grandpa Joe said:", "Three rules:"): one test for all three, as none is offered.
 */
const NO_LINE = /^[^\p{L}\p{N}]*[\p{sc=Latn}\p{N}'’-]*[^\p{L}\p{N}]*$|\uFFFC|:\s*$/u;

/** What the caller may tell the analysis about the note. */
export interface AnalysisOptions {
	title?: string;
	tags?: string[];
	idf?: Idf;
	resolveTitle?: (target: string) => string | null;
}

/** A line the author forced into the key lines, already scored for the explanation. */
export interface ForcedLine {
	text: string;
	score: number;
	line: number;
	features: Record<string, number>;
	forced: ForcedSpan["reason"];
	start: number;
	end: number;
}

/** Everything picking needs: the cleaned note, the forced lines, every scored candidate and the sentence vectors. */
export interface NoteAnalysis {
	clean: CleanText;
	forced: ForcedLine[];
	/** Candidates that do not overlap a forced line, in candidate order (not sorted). */
	units: ScoredUnit[];
	vectors: TermVectors;
}

const frontmatterTitle = (markdown: string): string | undefined => {
	if (!markdown.startsWith("---")) return undefined;
	const end = markdown.indexOf("\n---", 3);
	if (end < 0) return undefined;
	return /^title:\s*["']?(.+?)["']?\s*$/m.exec(markdown.slice(0, end))?.[1];
};

/** Most of the sentences a highlight touches is highlighted: `==really==` in a sentence stresses a word, it picks no line. */
const coversSentences = (f: ForcedSpan, sentences: readonly Sentence[]): boolean => {
	let total = 0;
	for (const s of sentences) if (overlaps(s, f)) total += s.end - s.start;
	return f.end - f.start >= 0.6 * total;
};

const forcedLines = (clean: CleanText, from: number, to: number, sentences: readonly Sentence[], ctx: ScoreContext): ForcedLine[] => {
	const spans: ForcedSpan[] = [];
	for (const f of clean.forced) {
		if (f.start < from || f.start >= to || (f.reason === "highlight" && !coversSentences(f, sentences))) continue;
		const prev = spans[spans.length - 1];
		// consecutive lines of one quote callout form one forced line
		if (prev && prev.reason === "quote-callout" && f.reason === "quote-callout" && !clean.text.slice(prev.end, f.start).includes("\n\n")) {
			prev.end = f.end;
			continue;
		}
		if (prev && f.start < prev.end) continue;
		spans.push({ ...f });
	}
	return spans.map((f) => {
		const ids: number[] = [];
		sentences.forEach((s, k) => {
			if (overlaps(s, f)) ids.push(k);
		});
		const text = collapseSpaces(clean.text.slice(f.start, f.end)).trim();
		const scored = ids.length
			? scoreUnit({ text, start: f.start, end: f.end, sentences: ids, kind: "sentence", wholeParagraph: false }, ctx)
			: { score: 0, features: {} };
		return { text, score: scored.score, line: clean.lineAt(f.start), features: scored.features, forced: f.reason, start: f.start, end: f.end };
	});
};

/** Only the letters and digits, lower-cased: "📄 The good-egg problem" and "The Good Egg Problem" read the same. */
const lettersOf = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** Cleans the note, cuts what is not the author's, splits it into candidates and scores each one. */
export const analyseNote = (markdown: string, options: AnalysisOptions = {}): NoteAnalysis => {
	const source = isString(markdown) ? markdown : "";
	const clean = cleanMarkdown(source, options);
	const lines = clean.lines;
	const range = cutNonAuthorText(lines);
	const sentences = sentencesOf(clean, range);
	/** Where line `i` starts in the cleaned text; the text's end past the last line. */
	const startOf = (i: number): number => (i < lines.length ? lines[i].start : clean.text.length);

	const lexicon = new Lexicon();
	const cues = sentences.map((s) => sentenceCues(s.text, lexicon));
	const vectors = sentenceVectors(cues.map((c) => c.terms), options.idf);
	let cursor = 0;
	const linked = sentences.map((s) => {
		while (cursor + 1 < lines.length && lines[cursor + 1].start <= s.start) cursor++;
		// every sentence lies on a line, so `lines[cursor]` is there
		return HOLDS_URL.test(s.text) || lines[cursor].links > 0;
	});
	const title = options.title ?? frontmatterTitle(source) ?? "";
	const tagTerms = (options.tags ?? []).flatMap((t) => contentTerms(t.replace(/^#/, "").replace(/[/_-]+/g, " ")));
	const sentenceEmphasis = sentences.map((s) => coveredBy(clean.emphasis, s.start, s.end));
	const runIn = sentences.map((s, k) => {
		return s.indexInParagraph === 0 && sentences[k + 1]?.paragraph === s.paragraph && sentenceEmphasis[k] >= 0.9 * (s.end - s.start);
	});
	const ctx: ScoreContext = {
		sentences,
		cues,
		sentenceEmphasis,
		runIn,
		centrality: textRank(vectors),
		linked,
		titleTerms: new Set(contentTerms(title)),
		tagTerms: new Set(tagTerms),
	};

	// A forced line that held inline maths is dropped too: a post cannot show it, nor the sentence without it.
	const forced = forcedLines(clean, startOf(range.from), startOf(range.to), sentences, ctx).filter((f) => !f.text.includes(MATHS));
	const titleLetters = lettersOf(title);
	const units = buildUnits(sentences, cues)
		.filter(
			(u) =>
				// a heading that repeats the title says nothing a post with the title would not
				!(sentences[u.sentences[0]].kind === "heading" && lettersOf(u.text) === titleLetters) &&
				!forced.some((f) => overlaps(u, f)) &&
				// a one-word line ("Ok.", "Exactly."), one that held maths, one ending on a colon, or only greetings and
				// sign-offs is never a post, however few lines a note has
				!NO_LINE.test(u.text) &&
				!u.sentences.every((k) => cues[k].signsOff),
		)
		.map((u) => scoreUnit(u, ctx));
	return { clean, forced, units, vectors };
};
