import { isEmojiGrapheme } from "./emoji";
import { graphemeCount, graphemes, utf8Length } from "./graphemes";
import type { PlatformId, PlatformRules } from "./platforms";
import { findUrls, linksAndMaybe, shortestLink } from "./urls";
import { xLength } from "./x-length";

export type { PlatformId, PlatformRules } from "./platforms";
export { platformRules, PLATFORM_IDS, DEFAULT_MASTODON_LIMIT } from "./platforms";

/**
 * Length of `text` exactly as the platform counts it, so a post is never refused for a few characters:
 * - X: weighted length, see `x-length.ts`;
 * - Bluesky: grapheme clusters of the text as its app posts it, each link shortened (see `blueskyText`; the byte cap
 *   is checked by `fits`);
 * - Threads: grapheme clusters, except that an emoji grapheme counts its UTF-8 bytes (😀 4, ❤️ 6, 👍🏽 8);
 * - Mastodon: grapheme clusters as Ruby 3.4 counts them (a conjunct such as `क्ष` is two), each link 23 whatever
 *   its length, a remote mention only as `@name` (see `mastodonLength`);
 * - LinkedIn: UTF-16 code units, i.e. JavaScript's `string.length`, which is what LinkedIn's composer counts
 *   (an emoji outside the BMP counts 2).
 */
export const countLength = (id: PlatformId, text: string): number => COUNTERS[id](text);

/** Whether the text fits (length and, for Bluesky, UTF-8 bytes; for Threads, the number of links). */
export const fits = (rules: PlatformRules, text: string): boolean => {
	if (countLength(rules.id, text) > rules.limit) return false;
	if (rules.maxBytes && utf8Length(blueskyText(text)) > rules.maxBytes) return false;
	if (rules.maxLinks !== undefined && countLinks(text) > rules.maxLinks) return false;
	return true;
};

/**
 * A post's text as Bluesky's app sends it, which is what its composer counts and its server caps: each link it detects
 * (atproto's detectFacets: `http://` or `https://` after a space, `(` or the start, to the next space, less one final
 * `.,;:!?` and then a `)` the link did not open) written as its short form (social-app's toShortUrl: the host, then at
 * most 13 characters of path, query and fragment and `...`). A bare domain is linked but not shortened.
 */
export const blueskyText = (text: string): string =>
	text.includes("://")
		? text.replace(BLUESKY_LINK, (all, before: string, link: string) => {
				// a scheme in capitals makes no link there (atproto checks for a lower-case one)
				if (!/^https?:/.test(link)) return all;
				let end = link.length - +/[.,;:!?]$/.test(link);
				if (link[end - 1] === ")" && !link.slice(0, end).includes("(")) end--;
				return before + shortUrl(link.slice(0, end)) + link.slice(end);
			})
		: text;

/** What atproto reads as a link, a bare domain (`example.com/x`) included, since one consumes what it spans. */
const BLUESKY_LINK = /(^|\s|\()(https?:\/\/\S+|[a-z][a-z0-9]*(?:\.[a-z0-9]+)+\S*)/gim;

const shortUrl = (link: string): string => {
	try {
		const url = new URL(link);
		const rest = (url.pathname === "/" ? "" : url.pathname) + url.search + url.hash;
		return url.host + (rest.length > 15 ? rest.slice(0, 13) + "..." : rest);
	} catch {
		return link;
	}
};

/**
 * Links as Threads counts them for its cap: "all unique URLs" of the text, its documented examples written without a
 * scheme (`www.facebook.com`). Threads documents no reading of its own, so a link is what X reads as one (bare domains
 * too, and a span that is one only on a TLD we lack) or Mastodon does (more schemes): more links, never fewer.
 */
export const countLinks = (text: string): number =>
	new Set([...linksAndMaybe(text), ...findUrls(text, { mastodon: true })].map(({ start, end }) => text.slice(start, end))).size;

/**
 * What Mastodon's server counts (StatusLengthValidator): the graphemes of the text with each link (its reading,
 * `mastodon` in urls.ts) as 23 characters and each mention of a remote account (`@name@example.social`) as `@name`.
 * A span that is a link only on a TLD `tlds.ts` lacks weighs as in `xLength`: never below what the server counts.
 */
const mastodonLength = (text: string): number => {
	let countable = "";
	let from = 0;
	for (const { start, end, maybe } of linksAndMaybe(text, { mastodon: true })) {
		const span = text.slice(start, end);
		// Written `x://xx…`: a mention whose domain runs into the link (`@a@b.social.https://…`) is followed by `://`, so none.
		countable += text.slice(from, start) + "x://".padEnd(maybe ? Math.max(graphemeCount(span), 23 + graphemeCount(span.slice(shortestLink(span)))) : 23, "x");
		from = end;
	}
	countable += text.slice(from);
	countable = countable.replace(REMOTE_MENTION, (all, name: string, domain: string) => (domain.length > 254 ? all : name));
	return graphemeCount(unjoinConjuncts(countable));
};

/**
 * The text with a zero-width non-joiner after each mark, so Intl.Segmenter counts graphemes as the Ruby 3.4 that
 * Mastodon runs (Unicode 15.0): a conjunct (`क्ष`, Khmer `ខ្ម`) is one grapheme since rule GB9c (Unicode 15.1; Unicode 16
 * added the invisible stackers of Khmer, Myanmar, Javanese…), two there. The joiner extends the cluster it follows
 * and is no link of such a chain, so it undoes exactly that rule, whichever linkers the runtime knows.
 */
const unjoinConjuncts = (text: string): string => text.replace(/\p{M}/gu, "$&\u200C");

/**
 * A remote mention as Mastodon reads one (Account::MENTION_RE): `@name@domain` after anything but `=`, `/` or a word
 * character, its domain taken whole (the lookahead and back-reference keep it from giving characters back), and none
 * at all when `@` or `://` follows. (An accented letter, which also ends one there, is a word character, so it is
 * always part of the domain.) A domain over 253 characters makes no mention either.
 */
const WORD = "[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]";
const REMOTE_MENTION = new RegExp(
	`(?<![=/]|${WORD})(@[A-Za-z0-9_]+(?:[.-]+[A-Za-z0-9_]+)*)(?=(@${WORD}+(?:[.-]+${WORD}+)*))\\2(?![@\uFF20]|:\\/\\/)`,
	"gu",
);

const threadsLength = (text: string): number => {
	let length = 0;
	for (const grapheme of graphemes(text)) length += isEmojiGrapheme(grapheme) ? utf8Length(grapheme) : 1;
	return length;
};

const COUNTERS: Record<PlatformId, (text: string) => number> = {
	x: xLength,
	bluesky: (text) => graphemeCount(blueskyText(text)),
	threads: threadsLength,
	mastodon: mastodonLength,
	linkedin: (text) => text.length,
};
