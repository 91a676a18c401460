// Plain constants first: the bundler writes them in place only when nothing with side effects comes before.
const APOSTROPHE = 39;
const CURLY_APOSTROPHE = 0x2019;

/** Function words that say nothing about what a line is about; left out of similarity, title and idf counts. */
export const STOPWORDS: ReadonlySet<string> = new Set(
	(
		"a about above after again against all also am an and any are aren't as at be because been before being below " +
		"between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each " +
		"even ever every few for from further get gets got had hadn't has hasn't have haven't having he he'd he'll he's " +
		"her here here's hers herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its " +
		"itself just let's like me more most much must mustn't my myself no nor not now of off on once only or other " +
		"ought our ours ourselves out over own really same shan't she she'd she'll she's should shouldn't so some such " +
		"than that that's the their theirs them themselves then there there's these they they'd they'll they're " +
		"they've this those through to too under until up upon us very was wasn't we we'd we'll we're we've were " +
		"weren't what what's when when's where where's which while who who's whom why why's will with won't would " +
		"wouldn't yet you you'd you'll you're you've your yours yourself yourselves one thing things way lot lots " +
		"going gonna want wants make makes made say says said know still well back"
	).split(" "),
);

// Sticky, so one character can be tested in place without slicing; only non-ASCII characters reach them.
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/uy;
const LETTER = /\p{L}/uy;

/** Code units (1 or 2) of the code point at `i`, so a scan never stops inside a surrogate pair. */
const codePointLength = (s: string, i: number): number => {
	const c = s.charCodeAt(i);
	if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) return 1;
	const d = s.charCodeAt(i + 1);
	return d >= 0xdc00 && d <= 0xdfff ? 2 : 1;
};

/**
 * Code units of the letter (`\p{L}`), or with `digits` the letter or digit (`[\p{L}\p{N}]`), at `i` of `s`, or 0
 * when there is none. `s` is lower-cased (see `words`), so the only ASCII letters it holds are a–z.
 */
const wordCharAt = (s: string, i: number, digits: boolean): number => {
	const c = s.charCodeAt(i);
	if (c < 128) return (c >= 97 && c <= 122) || (digits && c >= 48 && c <= 57) ? 1 : 0;
	const re = digits ? LETTER_OR_NUMBER : LETTER;
	re.lastIndex = i;
	return re.test(s) ? re.lastIndex - i : 0;
};

/** "-xes", "-zes", "-ches", "-shes", "-sses": plurals whose "es" goes as a whole. */
const endsWithSibilantEs = (w: string): boolean => {
	const n = w.length;
	if (n < 3 || w.charCodeAt(n - 1) !== 115 || w.charCodeAt(n - 2) !== 101) return false;
	const c = w.charCodeAt(n - 3);
	if (c === 120 || c === 122) return true; // x, z
	if (n < 4) return false;
	const b = w.charCodeAt(n - 4);
	return (c === 104 && (b === 99 || b === 115)) || (c === 115 && b === 115); // ch, sh, ss
};

const isLsz = (c: number): boolean => c === 108 || c === 115 || c === 122;

/** Suffixes `stem` cuts, the first that fits winning, from words longer than the number given. */
const SUFFIXES: readonly (readonly [string, number])[] = [
	["ing", 5],
	["ed", 4],
	["ers", 5],
	["er", 4],
	["ly", 5],
];

/** Cuts common English suffixes so "selling", "sells" and "sell" count as one word; crude but cheap and stable. */
export const stem = (word: string): string => {
	let w = word;
	if (w.length <= 3) return w;
	if (w.endsWith("'s")) w = w.slice(0, -2);
	if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
	if (endsWithSibilantEs(w)) return w.slice(0, -2);
	const suffix = SUFFIXES.find(([end, longer]) => w.length > longer && w.endsWith(end));
	if (suffix) w = w.slice(0, -suffix[0].length);
	else if (w.endsWith("s") && !/[siu]s$/.test(w)) w = w.slice(0, -1); // not "-ss", "-us", "-is"
	if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !isLsz(w.charCodeAt(w.length - 1))) w = w.slice(0, -1);
	if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
	return w;
};

/**
 * Lower-cased words of a text, apostrophes unified, in order (stopwords kept): runs of letters and digits, with
 * apostrophe-joined letter runs ("don't", "it's"). A hand scan of `[\p{L}\p{N}]+(?:['’]\p{L}+)*`, since this runs on
 * every sentence and a Unicode regular expression per word was the costliest part of the cues.
 */
export const words = (text: string): string[] => {
	const out: string[] = [];
	const s = text.toLowerCase();
	const n = s.length;
	let i = 0;
	while (i < n) {
		let step = wordCharAt(s, i, true);
		if (step === 0) {
			i += codePointLength(s, i);
			continue;
		}
		const start = i;
		i += step;
		while (i < n && (step = wordCharAt(s, i, true)) > 0) i += step;
		let curly = false;
		for (;;) {
			const c = s.charCodeAt(i);
			if (c !== APOSTROPHE && c !== CURLY_APOSTROPHE) break;
			let j = i + 1;
			let l = j < n ? wordCharAt(s, j, false) : 0;
			if (l === 0) break;
			if (c === CURLY_APOSTROPHE) curly = true;
			j += l;
			while (j < n && (l = wordCharAt(s, j, false)) > 0) j += l;
			i = j;
		}
		const w = s.slice(start, i);
		out.push(curly ? w.replace(/’/g, "'") : w);
	}
	return out;
};

/** The stems that carry meaning: words minus stopwords and bare numbers, stemmed. */
export const contentTerms = (text: string): string[] => termsOfWords(words(text));

/** `contentTerms` for words already split by `words`. */
export const termsOfWords = (list: readonly string[]): string[] => {
	const out: string[] = [];
	for (const w of list) if (isContentWord(w)) out.push(stem(w));
	return out;
};

/** True for a word that says what a sentence is about: not a stopword, not a bare number, not a single letter. */
export const isContentWord = (w: string): boolean =>
	w.length >= 2 && !STOPWORDS.has(w) && !(w.charCodeAt(0) <= 57 && /^\d+$/.test(w));
