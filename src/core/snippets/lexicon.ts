import { cached } from "../maps";
import { bitsByWord, wordFlags } from "./cues";
import { isContentWord, stem } from "./tokens";

/**
 * Gate bits: a sentence holding none of a gate's words skips that gate's regular expression. An enum, so the
 * bundler writes each bit as a plain number where it is used.
 */
export enum GATE {
	contrast = 1,
	place = 2,
	promo = 4,
	define = 8,
	story = 16,
}

// Words one of which must occur before the matching regular expression can fire: cheap gates for the costly tests.
const GATES = bitsByWord([
	["not instead rather isn't aren't wasn't less more", GATE.contrast],
	["last yesterday today tonight this tomorrow other said mentioned above below", GATE.place],
	["click subscribe sign signing signup link download register join follow dm book free grab buy check visit read forward listen photo image p", GATE.promo],
	["is are isn't aren't means has equals beats", GATE.define],
	["i we", GATE.story],
]);

/** What one lower-cased word means to the sentence cues. */
export interface WordInfo {
	stem: string;
	/** Whether the word counts as a term (`isContentWord`). */
	content: boolean;
	/** The GATE bits the word opens. */
	gates: number;
	/** The word's `wordFlags`, for the word-level cues. */
	flags: number;
}

/**
 * A memo of `WordInfo` for one note: prose repeats its words, so each distinct word is stemmed and looked up in the
 * stopword and cue tables once, and every later occurrence costs one map lookup.
 */
export class Lexicon {
	readonly #known = new Map<string, WordInfo>();

	/** The word's info, worked out on first sight. */
	info(word: string): WordInfo {
		return cached(this.#known, word, wordInfo);
	}
}

const wordInfo = (word: string): WordInfo =>
	({ stem: stem(word), content: isContentWord(word), gates: GATES.get(word) ?? 0, flags: wordFlags(word) });
