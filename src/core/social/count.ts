import { isEmojiGrapheme } from "./emoji";
import { graphemeCount, graphemes, utf8Length } from "./graphemes";
import type { PlatformId, PlatformRules } from "./platforms";
import { findUrls, linksAndMaybe } from "./urls";
import { xLength } from "./x-length";

export type { PlatformId, PlatformRules } from "./platforms";
export { platformRules, PLATFORM_IDS, DEFAULT_MASTODON_LIMIT } from "./platforms";

/**
 * Length of `text` exactly as the platform counts it, so a post is never refused for a few characters:
 * - X: weighted length, see `x-length.ts`;
 * - Bluesky: grapheme clusters (the byte cap is checked by `fits`);
 * - Threads: grapheme clusters, except that an emoji grapheme counts its UTF-8 bytes (😀 4, ❤️ 6, 👍🏽 8);
 * - Mastodon: grapheme clusters, each link 23 whatever its length, a remote mention only as `@name` (see
 *   `mastodonLength`);
 * - LinkedIn: UTF-16 code units, i.e. JavaScript's `string.length`, which is what LinkedIn's composer counts
 *   (an emoji outside the BMP counts 2).
 */
export function countLength(id: PlatformId, text: string): number {
	return COUNTERS[id](text);
}

const COUNTERS: Record<PlatformId, (text: string) => number> = {
	x: xLength,
	bluesky: graphemeCount,
	threads: threadsLength,
	mastodon: mastodonLength,
	linkedin: (text) => text.length,
};

/** Whether the text fits (length and, for Bluesky, UTF-8 bytes; for Threads, the number of links). */
export function fits(rules: PlatformRules, text: string): boolean {
	if (countLength(rules.id, text) > rules.limit) return false;
	if (rules.maxBytes !== undefined && utf8Length(text) > rules.maxBytes) return false;
	if (rules.maxLinks !== undefined && countLinks(text) > rules.maxLinks) return false;
	return true;
}

/**
 * Links as a platform that limits them sees them: those with a scheme, read as Mastodon's server reads them (bare
 * domains are not counted; Threads documents no reading of its own, and this one counts more links, not fewer).
 */
export function countLinks(text: string): number {
	return findUrls(text, { mastodon: true }).length;
}

/**
 * What Mastodon's server counts (StatusLengthValidator): the graphemes of the text with each link (its reading,
 * `mastodon` in urls.ts) as 23 characters and each mention of a remote account (`@name@example.social`) as `@name`.
 * A span that is a link only on a TLD `tlds.ts` lacks weighs the more of 23 and its own length.
 */
function mastodonLength(text: string): number {
	let countable = "";
	let from = 0;
	for (const { start, end, maybe } of linksAndMaybe(text, { mastodon: true })) {
		countable += text.slice(from, start) + "x".repeat(Math.max(23, maybe ? graphemeCount(text.slice(start, end)) : 0));
		from = end;
	}
	countable += text.slice(from);
	return graphemeCount(countable.replace(REMOTE_MENTION, (all, name: string, domain: string) => (domain.length > 254 ? all : name)));
}

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

function threadsLength(text: string): number {
	let length = 0;
	for (const grapheme of graphemes(text)) length += isEmojiGrapheme(grapheme) ? utf8Length(grapheme) : 1;
	return length;
}
