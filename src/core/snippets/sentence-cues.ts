import * as cue from "./cues";
import { GATE, Lexicon } from "./lexicon";
import { words } from "./tokens";

/** Everything scoring asks about one sentence, computed once so candidates that share it pay nothing more. */
export interface SentenceCues {
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

/** Runs every sentence-level cue on one sentence; pass the note's `lexicon` so recurring words are analysed once. */
export const sentenceCues = (text: string, lexicon: Lexicon = new Lexicon()): SentenceCues => {
	const list = words(text);
	const shape = new Array<string>(list.length);
	const terms: string[] = [];
	let gates = 0;
	let flags = 0;
	for (let i = 0; i < list.length; i++) {
		const info = lexicon.info(list[i]);
		shape[i] = info.stem;
		if (info.content) terms.push(info.stem);
		gates |= info.gates;
		flags |= info.flags;
	}
	const commands = cue.commands(text);
	const elliptical = cue.elliptical(text);
	return {
		shape,
		terms,
		opposes: (gates & GATE.contrast) !== 0 && cue.opposes(text),
		denies: (flags & cue.WordCue.negation) !== 0,
		commands,
		// as cue.defines and cue.dangles, reusing the command and ellipsis tests made above
		defines: (gates & GATE.define) !== 0 && cue.definitionShaped(text) && !commands,
		// saying, showing or trying a bare "it" or "them" ("Say it to a colleague.") is done with something the
		// sentence before named; idioms with other verbs ("Make it safe to say yes.", "Write it down.") stand alone
		dangles: cue.danglesGiven(text, elliptical) || (commands && /^\W*(?:say|tell|send|share|post|read|repeat|practi[cs]e|show|try|use)\s+(?:it|them)\b/i.test(text)),
		leansBack: cue.leansBack(text),
		elliptical: list.length <= 6 && elliptical,
		addressesReader: (flags & cue.WordCue.reader) !== 0,
		asks: cue.asks(text),
		datedOrPlaced: (gates & GATE.place) !== 0 && cue.datedOrPlaced(text),
		promotes: (gates & GATE.promo) !== 0 && cue.promotes(text),
		speaksForSelf: (flags & cue.WordCue.self) !== 0,
		tellsPast: cue.tellsPast(text),
		narrates: (gates & GATE.story) !== 0 && cue.narrates(text),
		particular: (flags & cue.WordCue.particular) !== 0,
		signsOff: cue.signsOff(text),
		leadsOn: cue.leadsOn(text),
	};
};
