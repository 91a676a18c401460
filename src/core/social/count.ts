import { isEmojiGrapheme } from "./emoji";
import { graphemeCount, graphemes, utf8Length } from "./graphemes";
import type { PlatformId, PlatformRules } from "./platforms";
import { findUrls, linksAndMaybe, type UrlSpan } from "./urls";
import { xLength } from "./x-length";

export type { PlatformId, PlatformRules } from "./platforms";
export { platformRules, PLATFORM_IDS, DEFAULT_MASTODON_LIMIT } from "./platforms";

/**
 * Length of `text` exactly as the platform counts it, so a post is never refused for a few characters:
 * - X: weighted length, see `x-length.ts`;
 * - Bluesky: grapheme clusters (the byte cap is checked by `fits`);
 * - Threads: grapheme clusters, except that an emoji grapheme counts its UTF-8 bytes (😀 4, ❤️ 6, 👍🏽 8);
 * - Mastodon: grapheme clusters, each `http(s)://` link 23 whatever its length;
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
	if (rules.maxLinks !== undefined && schemeLinks(text).length > rules.maxLinks) return false;
	return true;
}

/** Links as a platform that limits them sees them: `http(s)://` links (bare domains are not counted). */
export function countLinks(text: string): number {
	return schemeLinks(text).length;
}

/** `http(s)://` links, as Mastodon and Threads find them. */
function schemeLinks(text: string): UrlSpan[] {
	return findUrls(text, { requireScheme: true });
}

const MASTODON_LINK = 23;

/** Graphemes, each link 23; a span that is a link only on a TLD `tlds.ts` lacks weighs the more of 23 and its own. */
function mastodonLength(text: string): number {
	let length = 0;
	let from = 0;
	for (const link of linksAndMaybe(text, { requireScheme: true })) {
		const own = link.maybe ? graphemeCount(text.slice(link.start, link.end)) : 0;
		length += graphemeCount(text.slice(from, link.start)) + Math.max(MASTODON_LINK, own);
		from = link.end;
	}
	return length + graphemeCount(text.slice(from));
}

function threadsLength(text: string): number {
	let length = 0;
	for (const grapheme of graphemes(text)) length += isEmojiGrapheme(grapheme) ? utf8Length(grapheme) : 1;
	return length;
}
