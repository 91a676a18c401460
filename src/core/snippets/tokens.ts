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
		"going gonna want wants make makes made say says said know just still well back really"
	).split(" "),
);

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Cuts common English suffixes so "selling", "sells" and "sell" count as one word; crude but cheap and stable. */
export function stem(word: string): string {
	let w = word;
	if (w.length <= 3) return w;
	if (w.endsWith("'s")) w = w.slice(0, -2);
	if (w.endsWith("ies") && w.length > 4) return w.slice(0, -3) + "y";
	if (w.endsWith("sses")) return w.slice(0, -2);
	if (/(?:x|z|ch|sh|ss)es$/.test(w)) return w.slice(0, -2);
	if (w.endsWith("ing") && w.length > 5) w = w.slice(0, -3);
	else if (w.endsWith("ed") && w.length > 4) w = w.slice(0, -2);
	else if (w.endsWith("ers") && w.length > 5) w = w.slice(0, -3);
	else if (w.endsWith("er") && w.length > 4) w = w.slice(0, -2);
	else if (w.endsWith("ly") && w.length > 5) w = w.slice(0, -2);
	else if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) w = w.slice(0, -1);
	if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1])) w = w.slice(0, -1);
	if (w.endsWith("e") && w.length > 4) w = w.slice(0, -1);
	return w;
}

/** Lower-cased words of a text, apostrophes unified, in order (stopwords kept). */
export function words(text: string): string[] {
	const out: string[] = [];
	const lower = text.toLowerCase();
	WORD.lastIndex = 0;
	let m: RegExpExecArray | null;
	while ((m = WORD.exec(lower)) !== null) out.push(m[0].indexOf("’") >= 0 ? m[0].replace(/’/g, "'") : m[0]);
	return out;
}

/** The stems that carry meaning: words minus stopwords and bare numbers, stemmed. */
export function contentTerms(text: string): string[] {
	return termsOfWords(words(text));
}

/** `contentTerms` for words already split by `words`. */
export function termsOfWords(list: readonly string[]): string[] {
	const out: string[] = [];
	for (const w of list) if (isContentWord(w)) out.push(stem(w));
	return out;
}

/** True for a word that says what a sentence is about: not a stopword, not a bare number, not a single letter. */
export function isContentWord(w: string): boolean {
	return w.length >= 2 && !STOPWORDS.has(w) && !(w.charCodeAt(0) <= 57 && /^\d+$/.test(w));
}
