import type { Sentence, Unit } from "./candidates";
import { lengthBand, opposesAcross } from "./cues";
import { parallelism, turnsNegation } from "./pair-cues";
import type { SentenceCues } from "./sentence-cues";

/**
 * How much each cue adds to (or, when negative, takes from) a candidate's score. One table so the ranking can be
 * explained feature by feature and tuned in one place. Tuned on the example vault's gold picks; see the report.
 */
export const WEIGHTS = {
	centrality: 0.4,
	setApart: 0.9,
	parallel: 0.5,
	emphasis: 0.4,
	contrast: 0.6,
	imperative: 0.4,
	secondPerson: 0.1,
	title: 0.4,
	tags: 0.2,
	length: 0.6,
	general: 0.3,
	definition: 0.3,
	anchor: 0.3,
	dangling: -0.6,
	timeReference: -0.5,
	callToAction: -1.0,
	link: -0.6,
	question: -0.5,
	story: -0.3,
	firstPerson: -0.3,
	pastTense: -0.3,
	leadsOn: -0.5,
	signOff: -0.6,
	heading: -0.4,
} as const;

export type FeatureName = keyof typeof WEIGHTS;
const FEATURE_NAMES = Object.keys(WEIGHTS) as FeatureName[];
/** The weights in FEATURE_NAMES order: scoring fills a flat array, a slot per feature. */
const WEIGHT_LIST = FEATURE_NAMES.map((name) => WEIGHTS[name]);
/**
 * Each feature's slot, in WEIGHTS order (its test checks the two agree). An enum, so the bundler writes each slot as
 * a plain number where it is used.
 */
export enum Slot {
	centrality,
	setApart,
	parallel,
	emphasis,
	contrast,
	imperative,
	secondPerson,
	title,
	tags,
	length,
	general,
	definition,
	anchor,
	dangling,
	timeReference,
	callToAction,
	link,
	question,
	story,
	firstPerson,
	pastTense,
	leadsOn,
	signOff,
	heading,
}

/** What scoring needs to know about the note beyond a candidate's own text; every array is indexed by sentence. */
export interface ScoreContext {
	sentences: readonly Sentence[];
	cues: readonly SentenceCues[];
	/** TextRank centrality, scaled so the most central sentence is 1. */
	centrality: ArrayLike<number>;
	/** Characters the author emphasised. */
	sentenceEmphasis: ArrayLike<number>;
	/** A bold or italic run-in label opening a longer paragraph ("**Say less.** Ask…"). */
	runIn: readonly boolean[];
	/** Sits on a line that links somewhere or holds a URL. */
	linked: readonly boolean[];
	titleTerms: ReadonlySet<string>;
	tagTerms: ReadonlySet<string>;
}

/** A candidate with its score and the weighted contribution of every cue that fired. */
export interface ScoredUnit extends Unit {
	score: number;
	features: Record<string, number>;
}

/** Share of the wanted terms the unit uses, where two distinct ones (or all, if fewer are wanted) make it 1. */
const overlapShare = (unit: Unit, ctx: ScoreContext, wanted: ReadonlySet<string>): number => {
	if (wanted.size === 0) return 0;
	const enough = Math.min(2, wanted.size);
	let first: string | null = null;
	for (const k of unit.sentences) {
		for (const t of ctx.cues[k].terms) {
			if (t === first || !wanted.has(t)) continue;
			if (first !== null || enough === 1) return 1;
			first = t;
		}
	}
	return first === null ? 0 : 1 / enough;
};

const emphasisShare = (unit: Unit, ctx: ScoreContext): number => {
	let covered = 0;
	for (const k of unit.sentences) if (!ctx.runIn[k]) covered += ctx.sentenceEmphasis[k];
	if (covered <= 0) return 0;
	return 0.5 + 0.5 * Math.min(1, covered / Math.max(1, unit.end - unit.start) / 0.5);
};

const contrastOf = (unit: Unit, ctx: ScoreContext): number => {
	const ids = unit.sentences;
	if (ids.some((k) => ctx.cues[k].opposes)) return 1;
	if (ids.length < 2) return 0;
	if (opposesAcross(unit.text)) return 1;
	const rest = ids.slice(1).map((k) => ctx.cues[k]);
	return turnsNegation(ctx.cues[ids[0]], {
		denies: rest.some((c) => c.denies),
		elliptical: rest[rest.length - 1].elliptical,
		terms: rest.flatMap((c) => c.terms),
	});
};

const parallelOf = (unit: Unit, ctx: ScoreContext): number => {
	let best = 0;
	for (let i = 0; i + 1 < unit.sentences.length; i++) {
		best = Math.max(best, parallelism(ctx.cues[unit.sentences[i]].shape, ctx.cues[unit.sentences[i + 1]].shape));
	}
	return best;
};

/** 1 for a single sentence the next ones in its paragraph lean on ("Desperation has a sound. It talks faster."). */
const anchors = (unit: Unit, ctx: ScoreContext): number => {
	if (unit.sentences.length !== 1) return 0;
	const k = unit.sentences[0];
	if (ctx.sentences[k + 1]?.paragraph !== ctx.sentences[k].paragraph || !ctx.cues[k + 1].leansBack) return 0;
	return ctx.cues[k].dangles ? 0 : 1;
};

/** Scores one candidate: centrality plus the quotable-line cues, each recorded with its weighted contribution. */
export const scoreUnit = (unit: Unit, ctx: ScoreContext): ScoredUnit => {
	const ids = unit.sentences;
	const first = ctx.cues[ids[0]];
	const last = ctx.cues[ids[ids.length - 1]];
	const heading = ctx.sentences[ids[0]].kind === "heading";
	let centrality = 0;
	let asks = false, past = 0, particular = false, self = false, placed = false, commands = false, reader = false;
	let defines = false, promotes = false, linked = false, narrates = false;
	for (const k of ids) {
		const c = ctx.cues[k];
		centrality += ctx.centrality[k];
		asks ||= c.asks;
		if (c.tellsPast) past++;
		particular ||= c.particular;
		self ||= c.speaksForSelf;
		placed ||= c.datedOrPlaced;
		commands ||= c.commands;
		reader ||= c.addressesReader;
		defines ||= c.defines;
		promotes ||= c.promotes;
		narrates ||= c.narrates;
		linked ||= ctx.linked[k];
	}
	const n = ids.length;
	const question = last.asks ? 1 : asks ? 0.5 : 0;
	const general = !particular && !self && !placed && past === 0 && !asks && !first.dangles;
	// The values in slot order, each line naming its slot; a list of the wrong length fails the type. A yes/no cue
	// is its boolean, read as 1 or 0 below.
	const raw: Record<Slot, number | boolean> = [
		/* centrality */ centrality / n,
		// a heading stands alone by structure, not because the author set the line apart
		/* setApart */ unit.wholeParagraph && !heading ? (n <= 2 ? 1 : 0.4) : 0,
		/* parallel */ n > 1 ? parallelOf(unit, ctx) : 0,
		/* emphasis */ emphasisShare(unit, ctx),
		/* contrast */ contrastOf(unit, ctx),
		/* imperative */ commands,
		/* secondPerson */ reader && !last.asks,
		/* title */ overlapShare(unit, ctx, ctx.titleTerms),
		/* tags */ overlapShare(unit, ctx, ctx.tagTerms),
		/* length */ lengthBand(unit.text.length),
		/* general */ general,
		/* definition */ first.defines ? 1 : defines ? 0.5 : 0,
		/* anchor */ anchors(unit, ctx),
		/* dangling */ first.dangles,
		/* timeReference */ placed,
		/* callToAction */ promotes,
		/* link */ linked,
		/* question */ question,
		/* story */ narrates,
		/* firstPerson */ self,
		/* pastTense */ past / n,
		/* leadsOn */ first.leadsOn || last.leadsOn,
		/* signOff */ first.signsOff,
		/* heading */ heading || ctx.runIn[ids[0]],
	];
	const features: Record<string, number> = {};
	let score = 0;
	for (let i = 0; i < WEIGHT_LIST.length; i++) {
		const contribution = Math.round(WEIGHT_LIST[i] * +raw[i as Slot] * 1000) / 1000;
		if (contribution !== 0) {
			features[FEATURE_NAMES[i]] = contribution;
			score += contribution;
		}
	}
	// every unit is made with exactly Unit's fields (candidates.ts `unit`, analysis.ts's forced lines): the spread
	// copies those, in their order
	return { ...unit, score: Math.round(score * 1000) / 1000, features };
};
