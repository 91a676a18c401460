import { emojiAt } from "./emoji";
import { linksAndMaybe, shortestLink, type UrlSpan } from "./urls";

/**
 * X's weighted length (twitter-text `parseTweet`, config v3), written here to keep twitter-text out of the bundle.
 * The text is NFC-normalised; each link weighs 23; each emoji sequence 2; any other code point 1 if it lies in
 * U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F or U+2032–U+2037, else 2 (CJK, `…`, `•`, `→`).
 * Known differences from twitter-text 3.1.0, whose emoji data stops at Emoji 11 (2018): newer emoji sequences
 * (`🧑‍🤝‍🧑`, `❤️‍🔥`, skin-toned `🤝`), fully-qualified `👁️‍🗨️`, and VS16 after ♾/⚧ weigh 2 here, more there.
 * A span that is a link only if its TLD is one `tlds.ts` lacks (`go.fyi`, `index.html`) weighs the more of its own
 * weight and 23 plus what its shortest possible link leaves (`shortestLink`), so whether X links it, or a part of it,
 * or nothing, the count is never below X's.
 */
export const xLength = (text: string): number => {
	const normal = text.normalize("NFC");
	return weigh(normal, linksAndMaybe(normal));
};

/** The weight of `normal` (NFC), each of `links` 23, each maybe-link the more of 23 and its text's weight. */
const weigh = (normal: string, links: UrlSpan[]): number => {
	let weight = 0;
	let next = 0;
	let index = 0;
	while (index < normal.length) {
		while (links[next] && links[next].start < index) next++;
		const link = links[next];
		if (link && link.start === index) {
			const span = normal.slice(index, link.end);
			weight += link.maybe ? Math.max(weigh(span, []), Weight.link + weigh(span.slice(shortestLink(span)), [])) : Weight.link;
			index = link.end;
			next++;
			continue;
		}
		const cp = normal.codePointAt(index) ?? 0;
		const width = cp > 0xffff ? 2 : 1;
		const emoji = SEQUENCE_NEXT.has(normal.charCodeAt(index + width)) ? emojiAt(normal, index) : null;
		if (emoji && emoji.length > width) {
			weight += Weight.wide;
			index += emoji.length;
		} else {
			weight += codePointWeight(cp);
			index += width;
		}
	}
	return weight;
};

/** X's weight of a link and of a wide character (an enum, so the bundler writes each as a plain number where used). */
enum Weight {
	link = 23,
	wide = 2,
}
/**
 * The UTF-16 units that can follow the first code point of a longer emoji sequence: VS16, the keycap mark, ZWJ, and
 * the high surrogates of skin tones, regional indicators and tags. After any other unit no sequence starts here.
 */
const SEQUENCE_NEXT = new Set([0xfe0f, 0x20e3, 0x200d, 0xd83c, 0xdb40]);

/** X weighs U+0000–U+10FF, U+2000–U+200D, U+2010–U+201F and U+2032–U+2037 as one; everything else as two. */
const codePointWeight = (cp: number): number =>
	cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037) ? 1 : Weight.wide;
