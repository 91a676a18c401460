import { asciiLabelLength } from "./punycode-length";
import { KNOWN_TLDS } from "./tlds";

/**
 * Finds links the way X (twitter-text) and Mastodon do, so that each can be weighed as a fixed 23 characters.
 *
 * The grammar, written from twitter-text's documented behaviour:
 * - a link starts the text or follows a character that is not a letter/digit of ASCII, `@`, `$` or `#`;
 * - an optional `http://` or `https://`, then host labels and a known TLD (see `tlds.ts`) that is not followed
 *   by a letter, digit, `@`, `+` or `-`; an optional `:port`;
 * - an optional path: `/` then path characters, ending on a letter, digit or `+ - = _ # /`, or on a balanced `(…)`
 *   that follows one of those, so trailing `.`, `,`, `!` or `)` stay outside; an optional `?query` ending on a letter, digit or `- _ & = # /`;
 * - without a scheme only the ASCII part of the host counts (`中文example.com` links `example.com`), the link may not
 *   follow `-`, `_`, `.` or `/` (so e-mail addresses and file paths stay text), and a `?query` without a path is
 *   left out;
 * - X keeps only the slug of `https://t.co/…` links and ignores slugs longer than 40 characters.
 * - the host must pass a light IDNA check: every label 1–63 characters once Punycode-encoded.
 * Limits: only the TLDs in `tlds.ts` (see there).
 */

/** A link's place in the text, as UTF-16 offsets `[start, end)`. */
export interface UrlSpan {
	start: number;
	end: number;
}

/** `requireScheme`: Mastodon's reading (only `http(s)://` links, no t.co special case); otherwise X's. */
export interface FindUrlOptions {
	requireScheme?: boolean;
}

const SPACES = "\\t\\n\\v\\f\\r \u0085\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";
const PUNCTUATION = "!'#%&()*+,\\\\\\-./:;<=>?@\\[\\]^_{|}~$";
const BIDI_MARKS = "\u202A-\u202E\u061C\u200E\u200F\u2066-\u2069";
const NONCHARACTERS = "\uFFFE\uFEFF\uFFFF";
// Letters are written as themselves (U+00C0–U+00D6 is `À-Ö`); only the combining marks U+0300–U+036F are escaped.
// Escapes in these strings are JavaScript ones (`\u00A0`, one backslash): the pattern gets the character itself.
const LATIN_ACCENTS = "À-ÖØ-öø-ÿĀ-ɏɓɔɖɗəɛɣɨɯɲʉʋʻ\u0300-\u036FḀ-ỿ";
const CYRILLIC = "Ѐ-ӿ";

const BEFORE = `(?:[^A-Za-z0-9@\uFF20$#\uFF03${NONCHARACTERS}]|^)`;
const HOST_CHAR = `[^${PUNCTUATION}${SPACES}${NONCHARACTERS}${BIDI_MARKS}]`;
const SUBDOMAIN = `(?:(?:${HOST_CHAR}(?:[_-]|${HOST_CHAR})*)?${HOST_CHAR}\\.)`;
const DOMAIN_NAME = `(?:(?:${HOST_CHAR}(?:-|${HOST_CHAR})*)?${HOST_CHAR}\\.)`;
const TLD_NAMES = [...KNOWN_TLDS].sort((a, b) => b.length - a.length).join("|");
const TLD = `(?:(?:${TLD_NAMES})(?=[^0-9A-Za-z@+-]|$)|xn--[-0-9a-z]+)`;
const HOST = `${SUBDOMAIN}*${DOMAIN_NAME}${TLD}`;

const PATH_CHAR = `[a-z${CYRILLIC}0-9!*';:=+,.$/%#\\[\\]\\-\u2013_~@|&${LATIN_ACCENTS}]`;
const PARENS = `\\((?:${PATH_CHAR}+|${PATH_CHAR}*\\(${PATH_CHAR}+\\)${PATH_CHAR}*)\\)`;
const PATH_END = `[+\\-a-z${CYRILLIC}0-9=_#/${LATIN_ACCENTS}]`;
/** A path is pieces, each ending on an end character or being a lone `(…)`: `/a.(b)` stops at `/a`. */
const PATH_PIECE = `(?:${PATH_CHAR}*(?:${PARENS}${PATH_CHAR}*)*${PATH_END}|${PARENS})`;
const PATH = `\\/${PATH_PIECE}*`;
const QUERY = "\\?[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]*[a-z0-9\\-_&=#/]";

/** Groups: 1 before, 2 link, 3 scheme, 4 host, 5 path. */
const LINK_SOURCE = `(${BEFORE})((https?:\\/\\/)?(${HOST})(?::[0-9]+)?(${PATH})?(?:${QUERY})?)`;
const TCO = new RegExp(`^https?:\\/\\/t\\.co\\/([a-z0-9]+)(?:${QUERY})?`, "i");
const MAX_LINK_LENGTH = 4096;
const MAX_TCO_SLUG = 40;
const MAX_LABEL_LENGTH = 63;
const DEFAULT_SCHEME = "https://";
const BAD_BEFORE_BARE = /[-_./]$/;
const LINK = new RegExp(LINK_SOURCE, "iy");
const LABEL_CHAR = new RegExp(`[_-]|${HOST_CHAR}`, "iy");
const TLD_AT = new RegExp(TLD, "iy");
const ASCII_HOST = new RegExp(`(?:[-a-z0-9${LATIN_ACCENTS}]+\\.)+${TLD}`, "gi");

/** Links in `text`, left to right, never overlapping; offsets are UTF-16 indices into `text` as given. */
export function findUrls(text: string, options: FindUrlOptions = {}): UrlSpan[] {
	if (!text.includes(".")) return [];
	const spans: UrlSpan[] = [];
	const link = LINK;
	// Trying `LINK` at every offset (as `g` does) rescans a long run of host characters (a CJK paragraph) from each
	// one: quadratic. So one pass right to left first marks the offsets where `HOST` matches (read past the end: 0);
	// skipping the offsets where `LINK` cannot match leaves the same leftmost matches.
	const starts = new Uint8Array(text.length);
	let label = 0; // what the label read so far can end: 2 a subdomain (a host follows), 1 a domain (a TLD follows)
	for (let i = text.length; i--; ) {
		const c = text[i];
		LABEL_CHAR.lastIndex = i;
		TLD_AT.lastIndex = i + 1;
		if (c === ".") label = "-_".includes(text[i - 1]) ? 0 : starts[i + 1] ? 2 : +TLD_AT.test(text);
		else if (label && !LABEL_CHAR.test(text)) label = 0; // with no label open only a `.` changes anything
		else if (c === "_") label &= 2;
		else if (c !== "-") starts[i] = label;
	}
	for (let at = 0; at < text.length; at++) {
		// `LINK` is tried only where `BEFORE` (one character) can be followed by a host or by `https?://` and a host.
		if (at && !(starts[at + 1] | starts[at + 8] | starts[at + 9])) continue;
		link.lastIndex = at;
		const match = link.exec(text);
		if (!match) continue;
		const [, before, url, scheme, host, path] = match;
		const end = link.lastIndex;
		at = end - 1;
		const start = end - url.length;
		if (!validHost(host, url.length + (scheme ? 0 : DEFAULT_SCHEME.length))) continue;
		if (scheme) {
			const span = options.requireScheme ? { start, end } : trimTco(url, start, end);
			if (span) spans.push(span);
		} else if (!options.requireScheme && !BAD_BEFORE_BARE.test(before)) {
			spans.push(...asciiHosts(host, start, path ? end : null));
		}
	}
	return spans;
}

/** X's IDNA check: each label 1–63 characters once in ASCII, the whole link at most 4096 once in ASCII. */
function validHost(host: string, linkLength: number): boolean {
	if (host.startsWith("xn--") && host.search(ASCII_HOST) < 0) return false;
	let asciiLength = 0;
	for (const label of host.split(".")) {
		// A code point (1–2 UTF-16 units) takes 1+ ASCII characters, so over 126 units cannot fit in 63: this skips
		// encoding a long run of text glued to a domain (quadratic in its distinct characters).
		const length = label.length > 2 * MAX_LABEL_LENGTH ? 0 : asciiLabelLength(label);
		if (length < 1 || length > MAX_LABEL_LENGTH) return false;
		asciiLength += length + 1;
	}
	return linkLength + asciiLength - 1 - host.length <= MAX_LINK_LENGTH;
}

/** X links only the slug of a t.co link, and nothing at all when the slug is too long. */
function trimTco(url: string, start: number, end: number): UrlSpan | null {
	const tco = TCO.exec(url);
	if (!tco) return { start, end };
	if (tco[1].length > MAX_TCO_SLUG) return null;
	return { start, end: start + tco[0].length };
}

/** The ASCII domains inside a scheme-less host; the last one takes the path when there is one. */
function asciiHosts(host: string, start: number, pathEnd: number | null): UrlSpan[] {
	const spans: UrlSpan[] = [];
	const ascii = ASCII_HOST;
	ascii.lastIndex = 0;
	let match: RegExpExecArray | null;
	while ((match = ascii.exec(host)) !== null) {
		spans.push({ start: start + match.index, end: start + ascii.lastIndex });
	}
	const last = spans[spans.length - 1];
	if (last && pathEnd !== null) last.end = pathEnd;
	return spans;
}
