import { buildUnits, sentencesOf, type Sentence } from "./candidates";
import { textRank } from "./centrality";
import { cleanMarkdown, type CleanText, type ForcedSpan } from "./clean";
import { coveredBy } from "./emphasis";
import { scoreUnit, type ScoreContext, type ScoredUnit } from "./score";
import { sentenceCues } from "./sentence-cues";
import { pickDiverse } from "./mmr";
import { cutNonAuthorText } from "./tails";
import { contentTerms } from "./tokens";
import { termVector, TermIds, type Idf } from "./vectors";

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

function frontmatterTitle(markdown: string): string | undefined {
	if (!markdown.startsWith("---")) return undefined;
	const end = markdown.indexOf("\n---", 3);
	if (end < 0) return undefined;
	const m = /^title:\s*["']?(.+?)["']?\s*$/m.exec(markdown.slice(0, end));
	return m ? m[1] : undefined;
}

function forcedLines(clean: CleanText, from: number, to: number, sentences: readonly Sentence[], ctx: ScoreContext): Array<KeyLine & { start: number; end: number }> {
	const spans: ForcedSpan[] = [];
	for (const f of clean.forced) {
		if (f.start < from || f.start >= to) continue;
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
			if (s.start < f.end && s.end > f.start) ids.push(k);
		});
		const text = clean.text.slice(f.start, f.end).replace(/\s+/g, " ").trim();
		const scored = ids.length
			? scoreUnit({ text, start: f.start, end: f.end, sentences: ids, kind: "sentence", wholeParagraph: false, paragraphSize: ids.length }, ctx)
			: { score: 0, features: {} };
		return { text, score: scored.score, line: clean.lineAt(f.start), features: scored.features, forced: f.reason, start: f.start, end: f.end };
	});
}

/** Without vault statistics, words that recur in many of the note's own sentences weigh less. */
function localIdf(sentenceTerms: readonly string[][]): Idf {
	const df = new Map<string, number>();
	for (const terms of sentenceTerms) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
	const n = sentenceTerms.length;
	return (term) => Math.log((1 + n) / (1 + (df.get(term) ?? 0))) + 1;
}

/** The note's most quotable lines, best first, each with the score and the features that made it. */
export function findKeyLines(markdown: string, options: KeyLineOptions = {}): KeyLine[] {
	const source = typeof markdown === "string" ? markdown : "";
	const count = Math.max(0, Math.floor(options.count ?? DEFAULT_COUNT));
	if (count === 0) return [];
	const clean = cleanMarkdown(source, { resolveTitle: options.resolveTitle });
	const range = cutNonAuthorText(clean.lines);
	const sentences = sentencesOf(clean, range);
	const from = range.from < clean.lines.length ? clean.lines[range.from].start : clean.text.length;
	const to = range.to < clean.lines.length ? clean.lines[range.to].start : clean.text.length;

	const ids = new TermIds();
	const cues = sentences.map((s) => sentenceCues(s.text));
	const sentenceTerms = cues.map((c) => c.terms);
	const idf = options.idf ?? localIdf(sentenceTerms);
	const vectors = sentenceTerms.map((t) => termVector(t, ids, idf));
	let cursor = 0;
	const linked = sentences.map((s) => {
		while (cursor + 1 < clean.lines.length && clean.lines[cursor + 1].start <= s.start) cursor++;
		const line = clean.lines[cursor];
		return /\b(?:https?:\/\/|www\.)/i.test(s.text) || (line !== undefined && line.links > 0);
	});
	const title = options.title ?? frontmatterTitle(source) ?? "";
	const tagTerms = (options.tags ?? []).flatMap((t) => contentTerms(t.replace(/^#/, "").replace(/[/_-]+/g, " ")));
	const sentenceEmphasis = sentences.map((s) => coveredBy(clean.emphasis, s.start, s.end));
	const runIn = sentences.map((s, k) => {
		const next = sentences[k + 1];
		return s.indexInParagraph === 0 && next !== undefined && next.paragraph === s.paragraph && sentenceEmphasis[k] >= 0.9 * (s.end - s.start);
	});
	const ctx: ScoreContext = {
		sentences,
		cues,
		sentenceEmphasis,
		runIn,
		centrality: textRank(vectors),
		sentenceTerms,
		linked,
		titleTerms: new Set(contentTerms(title)),
		tagTerms: new Set(tagTerms),
	};

	const forced = forcedLines(clean, from, to, sentences, ctx);
	const units = buildUnits(sentences, cues)
		.filter((u) => !forced.some((f) => u.start < f.end && u.end > f.start))
		.map((u) => scoreUnit(u, ctx));
	const picked: ScoredUnit[] = pickDiverse(units, vectors, Math.max(0, count - forced.length));

	const result: KeyLine[] = forced.map(({ start: _s, end: _e, ...line }) => line);
	for (const u of picked) result.push({ text: u.text, score: u.score, line: clean.lineAt(u.start), features: u.features });
	return result.slice(0, count);
}
