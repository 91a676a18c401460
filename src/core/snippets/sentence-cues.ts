import * as cue from "./cues";
import { stem, termsOfWords, words } from "./tokens";

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

/** Runs every sentence-level cue on one sentence. */
export function sentenceCues(text: string): SentenceCues {
	const list = words(text);
	return {
		words: list,
		shape: list.map(stem),
		terms: termsOfWords(list),
		opposes: cue.opposes(text),
		denies: cue.denies(text),
		commands: cue.commands(text),
		defines: cue.defines(text),
		dangles: cue.dangles(text),
		leansBack: cue.leansBack(text),
		elliptical: cue.elliptical(text),
		addressesReader: cue.addressesReader(text),
		asks: cue.asks(text),
		datedOrPlaced: cue.datedOrPlaced(text),
		promotes: cue.promotes(text),
		speaksForSelf: cue.speaksForSelf(text),
		tellsPast: cue.tellsPast(text),
		narrates: cue.narrates(text),
		particular: cue.particular(text),
		signsOff: cue.signsOff(text),
		leadsOn: cue.leadsOn(text),
	};
}
