import * as cue from "./cues";
import { isContentWord, stem, words } from "./tokens";

/** Everything scoring asks about one sentence, computed once so candidates that share it pay nothing more. */
export interface SentenceCues {
	words: string[];
	/** `words` stemmed, stopwords kept: the sentence's shape, for spotting parallel sentences. */
	shape: string[];
	terms: string[];
	opposes: boolean;
	denies: boolean;
	commands: boolean;
	defines: boolean;
	dangles: boolean;
	leansBack: boolean;
	elliptical: boolean;
	addressesReader: boolean;
	asks: boolean;
	datedOrPlaced: boolean;
	promotes: boolean;
	speaksForSelf: boolean;
	tellsPast: boolean;
	narrates: boolean;
	particular: boolean;
	signsOff: boolean;
	leadsOn: boolean;
}

// Words one of which must occur before the matching regular expression can fire: cheap gates for the costly tests.
const CONTRAST_GATE = ["not", "instead", "rather", "isn't", "aren't", "wasn't", "less", "more"];
const PLACE_GATE = ["last", "yesterday", "today", "tonight", "this", "tomorrow", "other", "said", "mentioned", "above", "below"];
const PROMO_GATE = ["click", "subscribe", "sign", "signing", "signup", "link", "download", "register", "join", "follow", "dm", "book", "free", "grab", "buy", "check", "visit"];
const DEFINE_GATE = ["is", "are", "isn't", "aren't", "means", "has", "equals", "beats"];
const STORY_GATE = ["i", "we"];

/** Runs every sentence-level cue on one sentence. */
export function sentenceCues(text: string): SentenceCues {
	const list = words(text);
	const has = new Set(list);
	const gate = (gateWords: readonly string[]): boolean => gateWords.some((w) => has.has(w));
	const byWord = cue.wordCues(list);
	const shape = list.map(stem);
	const terms: string[] = [];
	list.forEach((w, i) => {
		if (isContentWord(w)) terms.push(shape[i]);
	});
	return {
		words: list,
		shape,
		terms,
		opposes: gate(CONTRAST_GATE) && cue.opposes(text),
		denies: byWord.denies,
		commands: cue.commands(text),
		defines: gate(DEFINE_GATE) && cue.defines(text),
		dangles: cue.dangles(text),
		leansBack: cue.leansBack(text),
		elliptical: list.length <= 6 && cue.elliptical(text),
		addressesReader: byWord.addressesReader,
		asks: cue.asks(text),
		datedOrPlaced: gate(PLACE_GATE) && cue.datedOrPlaced(text),
		promotes: gate(PROMO_GATE) && cue.promotes(text),
		speaksForSelf: byWord.speaksForSelf,
		tellsPast: cue.tellsPast(text),
		narrates: gate(STORY_GATE) && cue.narrates(text),
		particular: byWord.particular,
		signsOff: cue.signsOff(text),
		leadsOn: cue.leadsOn(text),
	};
}
