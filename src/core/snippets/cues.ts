/**
 * Cues that make one sentence quotable on its own (or not): plain regular expressions, so every score can be
 * explained. `sentence-cues.ts` runs them once per sentence; `score.ts` combines and weighs them per candidate.
 */
import { endBeforeClosers } from "./sentence-end";
import { words } from "./tokens";

const CONTRAST = [
	/\w[,;—–-]\s*(?:but\s+)?not\s+(?!(?:only|just|even|yet|sure|always)\b)\w/i, // "X, not Y"
	/\b(?:instead of|rather than)\b/i,
	/\b(?:(?:is|are|was)(?:n['’]t| not)|not)\b[^.!?]{0,80}[,;.—–-]\s*(?:it(?:['’]s| is)|they(?:['’]re| are)|that['’]s|but)\b/i,
	/\bit(?:['’]s| is) not (?:about )?[^.!?]{1,80}[,;.—–-]\s*it(?:['’]s| is)\b/i,
	/\bnot because\b[^.!?]{1,80}\bbut because\b/i,
	/\bnot\b[^.!?]{1,60}\bbut\b/i,
	/\bless\b[^.!?]{1,60}\bmore\b|\bmore\b[^.!?]{1,60}\bless\b/i,
];
const IMPERATIVE_VERBS = new Set(
	(
		"accept act add admit ask avoid be become believe build buy call care change charge choose close commit " +
		"create cut decide deliver demand do don't drop earn embrace expect find fire fix focus follow forget get give " +
		"go help hire hold keep learn leave let listen look lose love make measure meet never always own pay pick " +
		"plan practice prepare prospect protect put quit raise read remember respect say sell send serve share show " +
		"shut sit smile speak spend start stay stop take talk teach tell thank think treat trust try understand use " +
		"value walk want watch win work write"
	).split(" "),
);
const FIRST_WORDS = /^[\s"'“‘(]*([\p{L}'’]+)[\s,]*(\S*)/u;
const NOT_IMPERATIVE_NEXT = /^(?:is|are|was|were|has|have|had|does|did|will|can|of|and|or)\b/i;
const DEFINITION = /^[\s"'“‘]*(?!(?:it|this|that|these|those|there|here|he|she|they|we|i|you|what|which|who|so|and|but|if|when)\b)(?:(?!(?:who|that|which|when|if|and|or)\b)[\p{L}'’-]+,?\s+){0,4}(?:(?:is|are)(?:n['’]t)?|means|has|equals|beats)\b/iu;
// A sentence ending on a bare auxiliary. It can only match in a sentence's last characters, so it is global and
// started there (lastIndex) instead of being tried at every position.
const ELLIPTICAL_TAIL = /(?:^|\s)(?:(?:is|are|was|were|do|does|did|would|should|has|have)(?:n['’]t)?|can(?:['’]t)?|will|won['’]t)[.!]["'”’)]*$/gi;
/** The longest auxiliary ("shouldn't") plus the space before it and one to spare. */
const ELLIPTICAL_REACH = 11;
const LEANING_START = /^[\s"'“‘(]*(?:they|it|this|that|these|those)\b/i;
// …or a share of something said before: "None of them…", "Every one of those…".
const LEADING_PRONOUN = /^[\s"'“‘(]*(?:(?:none|all|most|some|each|many|few|half|both|any|every one|one|either|neither) of (?:them|these|those|this|that|it)|he|she|they|it|this|that|these|those|then|so|and|but|also|which|here|there|him|her|them)\b/i;
/**
 * A subordinate clause standing alone ("Unless you decide in advance that it won't.", "Because that's what they
 * are."): no comma, colon or dash leaves room for the main clause, so it finishes the sentence before it. (`If` and
 * `when` open whole rules often enough, "If you can't measure it you can't fix it.", to be left out.)
 */
const CLAUSE_ALONE = /^[\s"'“‘(]*(?:unless|because|although|though|until|whereas|except)\b[^,;:—–]*$/i;
const IMPERSONAL_IT = /^[\s"'“‘(]*it(?:['’]s| is| was)\s+(?:not|never|always|all|about|easy|hard|time|okay|ok|true|simple|better|worse)\b/i;
// "see above" and "mentioned above" are caught by the bare "above" (and "below").
const TIME_REFERENCE = /\b(?:last (?:week|month|year|night|time)|yesterday|today|tonight|this (?:morning|afternoon|evening|week|month|year|post|article|blog)|tomorrow|the other day|as i (?:said|mentioned|wrote)|like i (?:said|mentioned)|as mentioned|mentioned earlier|above|below)\b/i;
const CALL_TO_ACTION = /\b(?:click|subscribe|sign(?:ing)? up|signup|link (?:below|above|in (?:my|the) bio)|download|register|join (?:my|our|the)|follow me|dm me|book a call|free (?:guide|webinar|ebook|e-book|trial)|grab (?:your|a) (?:copy|seat|spot)|buy (?:my|the) book|check out|visit (?:my|our)|read more|forward (?:it|this)|listen to (?:the|my|our|this) (?:full )?(?:episode|podcast|show)|(?:photo|image) (?:by|credit))\b|\bp\.s\.|^\W*(?:photo|image|source|credit|fig(?:ure|\.)?\s*\d*)\s*:/i;
// A past verb in a clause opened by "that", "when"… ("proof that you listened") does not make the line a story.
const PAST = /\b(?:(?:was|were|did)(?:n['’]t)?|had)\b|(?<!\b(?:that|who|when|if|because|until|once|what)\s)\b(?:i|we|he|she|they|you|it)\s+(?:just\s+|never\s+|finally\s+|once\s+)?(?:went|got|said|told|took|came|saw|made|thought|knew|found|lost|won|sent|wrote|left|met|\w{2,}[^e\s]ed)\b/i;
const STORY = /\b(?:i|we)\s+(?:was|were|had|went|got|called|told|asked|said|met|sat|walked|drove|heard|saw|remember(?:ed)?|spent|spoke|received|started)\b/i;
const QUESTION_END = /\?\s*["'”’)]*$/;
const SIGN_OFF = /^[\s"'“‘]*(?:thanks|thank you|hi|hey|hello|dear|cheers|happy (?:new year|holidays)|merry christmas|see you)\b/i;
/** A short sentence ending on a word that stands for a noun said before: "Go collect some.", "The good ones." */
const NOUN_LEFT_OUT = /^\s*(?:\S+\s+){0,5}(?<!\bno\s)(?:some|any|ones|one|those|these)[.!]["'”’)]*$/i;
/** A sentence that is all inside quotation marks: someone's words, who said them told elsewhere. */
const QUOTED = /^\s*["“„«][^"“”„«»]+["”“»]\s*$/;
const LEADS_ON = /:\s*["'”’)]*$|^[\s"'“‘]*here(?:['’]?s| is)\b/i;

/** "X isn't Y. It's Z.": the contrast patterns that can run across a sentence boundary. */
const CROSS_CONTRAST = [CONTRAST[2], CONTRAST[3]];
/** True when a run of sentences opposes two ideas across a sentence boundary ("Asking isn't pushy. It's…"). */
export const opposesAcross = (s: string): boolean => CROSS_CONTRAST.some((re) => re.test(s));
/** The word-level cue bits of `wordFlags` (an enum, so the bundler writes each as a plain number). */
export enum WordCue {
	/** The author speaks for themself (I, my, me). */
	self = 1,
	/** The reader is addressed (you, your). */
	reader = 2,
	/** About particular people or numbers (he, she, digits). */
	particular = 4,
	/** Something is denied (not, never, nobody, don't). */
	negation = 8,
}

/** Word → the OR of the bits of every space-separated list it is in: one lookup per word instead of one per list. */
export const bitsByWord = (lists: readonly (readonly [string, number])[]): Map<string, number> => {
	const bits = new Map<string, number>();
	for (const [list, bit] of lists) for (const w of list.split(" ")) bits.set(w, (bits.get(w) ?? 0) | bit);
	return bits;
};

/** Which word-level cue each listed word raises. */
const WORD_FLAGS = bitsByWord([
	["i i'm i've i'd i'll me my mine myself", WordCue.self],
	["you your you're you'll you've you'd yourself yours", WordCue.reader],
	["he she him his her hers", WordCue.particular],
	["no not never nobody nothing none don't doesn't didn't isn't aren't won't can't stop", WordCue.negation],
]);

/** What one lower-cased word tells the word-level cues, as bits to OR over a sentence and read with `wordCuesOf`. */
export const wordFlags = (w: string): number => {
	const c = w.charCodeAt(0);
	if (c >= 48 && c <= 57) return WordCue.particular; // a number, like he or she, is about something particular
	return WORD_FLAGS.get(w) ?? 0;
};

/** The word-level cues of a sentence from the OR of its words' `wordFlags`. */
export const wordCuesOf = (flags: number): { speaksForSelf: boolean; addressesReader: boolean; particular: boolean; denies: boolean } =>
	({
		speaksForSelf: (flags & WordCue.self) !== 0,
		addressesReader: (flags & WordCue.reader) !== 0,
		particular: (flags & WordCue.particular) !== 0,
		denies: (flags & WordCue.negation) !== 0,
	});

/** Word-level cues, read off the lower-cased words of `tokens.words` (cheaper than a regular expression each). */
export const wordCues = (list: readonly string[]): { speaksForSelf: boolean; addressesReader: boolean; particular: boolean; denies: boolean } => {
	let flags = 0;
	for (let i = 0; i < list.length; i++) flags |= wordFlags(list[i]);
	return wordCuesOf(flags);
};

/**
 * A cue that is one regular expression: true when `re` matches somewhere in the sentence. Marked free of side
 * effects, so the bundler drops a cue nothing in the plugin calls.
 */
/* @__NO_SIDE_EFFECTS__ */
function matches(re: RegExp): (s: string) => boolean {
	return (s) => re.test(s);
}

/** True when the sentence opposes two ideas: "X, not Y", "instead of", "rather than", "isn't… it's", "not… but". */
export const opposes = (s: string): boolean => CONTRAST.some((re) => re.test(s));
/** True when the sentence denies something (not, never, nobody, don't…). */
export const denies = (s: string): boolean => wordCues(words(s)).denies;
/** True for a command: it opens with a verb in the base form ("Stop pitching.", "Don't…", "Never…") and is no question. */
export const commands = (s: string): boolean => {
	const m = FIRST_WORDS.exec(s);
	if (!m) return false;
	const verb = m[1].toLowerCase().replace(/’/g, "'");
	return IMPERATIVE_VERBS.has(verb) && !NOT_IMPERATIVE_NEXT.test(m[2]) && !QUESTION_END.test(s);
};
/** True when the sentence is shaped like a definition (a few words, then "is", "means"…); `defines` also rules out commands. */
export const definitionShaped = matches(DEFINITION);
/** True when the sentence says what something is ("Persistence is a plan…", "A no is information."). */
export const defines = (s: string): boolean => definitionShaped(s) && !commands(s);
/** True for a short sentence ending on a bare auxiliary ("Big plans don't.", "Relevance is."): it answers the one before. */
export const elliptical = (s: string): boolean => {
	const end = endBeforeClosers(s, s.length);
	if (end === 0 || (s[end - 1] !== "." && s[end - 1] !== "!")) return false;
	ELLIPTICAL_TAIL.lastIndex = Math.max(0, end - 1 - ELLIPTICAL_REACH);
	return ELLIPTICAL_TAIL.test(s) && s.split(/\s+/).length <= 6;
};
/** True for a sentence of up to six words that ends on a stand-in for a noun said before ("Go collect some."). */
export const leavesNounOut = matches(NOUN_LEFT_OUT);
/** True when the sentence opens with They/It/This/That/These/Those and so leans on the one before. */
export const leansBack = matches(LEANING_START);
/** True when the sentence opens with a pronoun or connective that points back ("She…", "And…"), not an impersonal "It's not…". */
export const pointsBack = (s: string): boolean => LEADING_PRONOUN.test(s) && !IMPERSONAL_IT.test(s);
/** True for a sentence wholly in quotation marks ("“Let me think about it.”"): a speaker the line does not name. */
export const quotesSomeone = matches(QUOTED);
/**
 * True when the sentence has nothing to point at alone: a leading pronoun or connective, an elliptical ending, a noun
 * left out, words quoted from someone it does not name, or a subordinate clause with no main clause.
 */
export const dangles = (s: string): boolean => danglesGiven(s, elliptical(s));
/** `dangles` for a sentence whose `elliptical` answer is already known (sentence-cues.ts computes it once). */
export const danglesGiven = (s: string, isElliptical: boolean): boolean =>
	isElliptical || pointsBack(s) || leavesNounOut(s) || quotesSomeone(s) || CLAUSE_ALONE.test(s);
/** True when the sentence talks to "you". */
export const addressesReader = (s: string): boolean => wordCues(words(s)).addressesReader;
/** True for a question. */
export const asks = matches(QUESTION_END);
/** True when the sentence is tied to a moment or a place in the post ("last week", "yesterday", "as I said", "below"). */
export const datedOrPlaced = matches(TIME_REFERENCE);
/** True for promotion ("click", "subscribe", "sign up", "link below", "P.S.") and photo credits. */
export const promotes = matches(CALL_TO_ACTION);
/** True when the author speaks for themself ("I", "my", "me"). */
export const speaksForSelf = (s: string): boolean => wordCues(words(s)).speaksForSelf;
/** True for the past tense: a story beat rather than a rule. */
export const tellsPast = matches(PAST);
/** True for first-person narration ("I called him", "we went"). */
export const narrates = matches(STORY);
/** True when the sentence is about particular people or numbers (he, she, digits): less general. */
export const particular = (s: string): boolean => wordCues(words(s)).particular;
/** True for thanks and greetings. */
export const signsOff = matches(SIGN_OFF);
/** True when the sentence announces what follows ("…for ten minutes:", "Here's what I found") instead of saying it. */
export const leadsOn = matches(LEADS_ON);

/**
 * 1 inside the 20–120 character band where punchlines live, falling off linearly to 0 at 8 and at 250 characters
 * (a human editor's picks for the example vault run 20–120 characters, median about 60).
 */
export const lengthBand = (length: number): number => {
	if (length <= 8 || length >= 250) return 0;
	if (length < 20) return (length - 8) / 12;
	if (length <= 120) return 1;
	return (250 - length) / 130;
};
