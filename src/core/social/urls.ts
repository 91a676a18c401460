import { span } from "../text/trimmed-spans";
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
 * Mastodon's server (`mastodon`) runs the same extractor (the twitter-text gem) with wider path and query rules of
 * its own (config/initializers/twitter_regex.rb in Mastodon). Read here: only links with a scheme count, and besides
 * http(s) the schemes dat, dweb, ipfs, ipns, ssb, gopher and gemini; t.co links are cut after the slug; a path may not
 * end on `=`. Left out for bytes, and only ever counted above Mastodon, never below: its paths also take any
 * character but white space, `<`, `>`, `?` and unbalanced parentheses (`https://a.io/日本` is one link there, the CJK
 * text here), and its queries characters past ASCII. Each of these rules only makes a link longer, so the link read
 * here is never longer than Mastodon's.
 * Limits: only the TLDs in `tlds.ts` (see there); `anyTld` reads every run of two or more letters as a TLD, which
 * finds each link X or Mastodon may see on a TLD missing from that list (and text like `index.html`), so a counter can
 * weigh such a span as the more of 23 and its own length.
 */

/** A link's place in the text, as UTF-16 offsets `[start, end)`; `maybe`: a link only if its TLD is one we lack. */
export interface UrlSpan {
	start: number;
	end: number;
	maybe?: boolean;
}

/** Whose reading: X's by default; `mastodon`, Mastodon's server's (see above), also taken for Threads' link cap. */
export interface FindUrlOptions {
	mastodon?: boolean;
	anyTld?: boolean;
}

const SPACES = "\\t\\n\\v\\f\\r \u0085\u00A0\u1680\u180E\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";
const PUNCTUATION = "!'#%&()*+,\\\\\\-./:;<=>?@\\[\\]^_{|}~$";
const BIDI_MARKS = "\u202A-\u202E\u061C\u200E\u200F\u2066-\u2069";
const NONCHARACTERS = "\uFFFE\uFEFF\uFFFF";
// Letters are written as themselves (U+00C0–U+00D6 is `À-Ö`); only the combining marks U+0300–U+036F are escaped.
// Escapes in these strings are JavaScript ones (`\u00A0`, one backslash): the pattern gets the character itself.
// The combining marks come first, and this string first in a class, so no mark follows a letter there (which would
// read as one combined character).
const LATIN_ACCENTS = "\u0300-\u036FÀ-ÖØ-öø-ÿĀ-ɏɓɔɖɗəɛɣɨɯɲʉʋʻḀ-ỿ";
const CYRILLIC = "Ѐ-ӿ";

const TLD_NAMES = [...KNOWN_TLDS].sort((a, b) => b.length - a.length).join("|");
/** Where a TLD may end: not before an ASCII letter or digit, `@`, `+` or `-`. */
const TLD_END = "(?=[^0-9A-Za-z@+-]|$)";
const TLD = `(?:(?:${TLD_NAMES})${TLD_END}|xn--[-0-9a-z]+)`;

const PATH_CHAR = `[${LATIN_ACCENTS}a-z${CYRILLIC}0-9!*';:=+,.$/%#\\[\\]\\-\u2013_~@|&]`;
const PARENS = `(?:\\((?:${PATH_CHAR}+|${PATH_CHAR}*\\(${PATH_CHAR}+\\)${PATH_CHAR}*)\\))`;
/** The characters a path may end on; Mastodon's server refuses `=` among them (the argument leaves it out). */
const pathEnd = (equals = "=") => `[${LATIN_ACCENTS}+\\-a-z${CYRILLIC}0-9${equals}_#/]`;
/**
 * A path runs to its last end character outside `(…)`, then takes the `(…)` right after it: `/a.(b)` stops at `/a`.
 * (Written as pieces that each end so, `(?:…end|(…))*`, it rescanned the rest of a run of `(…)` for every piece.)
 */
const path = (end: string) => `\\/(?:${PATH_CHAR}*(?:${PARENS}${PATH_CHAR}*)*${end})?${PARENS}*`;
const QUERY = "\\?[a-z0-9!?*'@();:&=+$/%#\\[\\]\\-_.,~|]*[a-z0-9\\-_&=#/]";

const TCO = new RegExp(`^https?:\\/\\/t\\.co\\/([a-z0-9]+)(?:${QUERY})?`, "i");
const MAX_LINK_LENGTH = 4096;
const MAX_TCO_SLUG = 40;
const MAX_LABEL_LENGTH = 63;
/** The length of `https://`, which X counts in a link written without a scheme (and the scheme again in one with it). */
const DEFAULT_SCHEME_LENGTH = 8;
const BAD_BEFORE_BARE = /[-_./]$/;
/** The character before a link: no ASCII letter or digit, `@`, `$` or `#` (so no mention, cashtag or hashtag). */
const BEFORE_AT = new RegExp(`[^A-Za-z0-9@\uFF20$#\uFF03${NONCHARACTERS}]`, "iy");
const SCHEME_AT = /https?:\/\//iy;
/** What follows a host: group 1 the path. */
const afterHost = (end: string) => new RegExp(`(?::[0-9]+)?(${path(end)})?(?:${QUERY})?`, "iy");
const AFTER_HOST = afterHost(pathEnd());

/** Mastodon's schemes. */
const MASTODON_SCHEME_AT = /(?:https?|dat|dweb|ip[fn]s|ssb|gopher|gemini):\/\//iy;
/** What follows a host in Mastodon's reading (see above). */
const MASTODON_AFTER_HOST = afterHost(pathEnd(""));

/** A character of a host label: `_`, `-`, or a host character (neither punctuation nor space). */
const LABEL_CHAR = new RegExp(`[_-]|[^${PUNCTUATION}${SPACES}${NONCHARACTERS}${BIDI_MARKS}]`, "iy");
const TLD_AT = new RegExp(TLD, "iy");
/**
 * Any TLD that may be one: a known one (so every link of `TLD_AT` is read here too, and what it spans: `t.co/“ǅ.中国`
 * holds two), 3+ ASCII letters, or 2+ letters outside ASCII and the accented Latin ones (the 2-letter ASCII list is
 * complete). Each ends where other letters follow (`example.tokyoをご覧ください`), and one outside ASCII also where a
 * letter of a domain X links without a scheme does (`example.みんなかtest.com`, `9.みんなäı.中国`): X reads two
 * domains there.
 */
const ANY_TLD_AT = new RegExp(
	`(?:${TLD}|(?:[a-z]{3,}|(?:(?![\\0-\\x7f${LATIN_ACCENTS}])[\\p{L}\\p{M}]){2,})${TLD_END})`,
	"iuy",
);
/** A character of the part of a host X links without a scheme. */
const ASCII_CHAR = new RegExp(`[${LATIN_ACCENTS}a-z0-9-]`, "iy");

/** Links in `text`, left to right, never overlapping; offsets are UTF-16 indices into `text` as given. */
export const findUrls = (text: string, options: FindUrlOptions = {}): UrlSpan[] => {
	// Every link has a full stop right before its TLD, which starts with a letter (prose has ". " instead).
	if (!/\.\p{L}/u.test(text)) return [];
	const spans: UrlSpan[] = [];
	// A link is: the character before it (or the text's start), an optional scheme, a host, then port, path, query.
	// One regex for all of it, tried at each offset, read from every label start all the labels that follow (a CJK
	// paragraph, `com_x.` a thousand times) before backing off: quadratic. So the hosts come from one pass.
	const tld = options.anyTld ? ANY_TLD_AT : TLD_AT;
	const mastodon = options.mastodon === true;
	const schemeAt = mastodon ? MASTODON_SCHEME_AT : SCHEME_AT;
	const ends = hostEnds(text, LABEL_CHAR, "-_", tld);
	for (let at = 0; at < text.length; at++) {
		// A host starts right after the character before the link, after a scheme there (6 to 9 characters), or
		// (tried last) at 0.
		if (at && !(ends[at + 1] | ends[at + 8] | ends[at + 9] | (mastodon ? ends[at + 7] | ends[at + 10] : 0))) continue;
		let start = at + 1;
		let host = matchesAt(BEFORE_AT, text, at) ? hostFrom(text, ends, start, schemeAt) : -1;
		if (host < 0 && !at) host = hostFrom(text, ends, (start = 0), schemeAt);
		if (host < 0) continue;
		const after = mastodon ? MASTODON_AFTER_HOST : AFTER_HOST;
		after.lastIndex = ends[host];
		const path = after.exec(text)?.[1];
		const end = after.lastIndex;
		const url = text.slice(start, end);
		const scheme = host > start;
		at = end - 1;
		const name = text.slice(host, ends[host]);
		if (!validHost(name, url.length + (scheme ? host - start : DEFAULT_SCHEME_LENGTH), tld)) continue;
		if (scheme) {
			const span = trimTco(url, start, end);
			if (span) spans.push(span);
		} else if (!mastodon && !BAD_BEFORE_BARE.test(text.slice(start - 1, start))) {
			spans.push(...asciiHosts(name, start, path ? end : null, tld));
		}
	}
	return spans;
};

/**
 * The links of `findUrls`, and among them, marked `maybe`, the spans that read as links on any TLD and overlap none
 * of them (`go.fyi`, `index.html`): a counter weighs those as the more of a link and their text, never below the platform.
 */
export const linksAndMaybe = (text: string, options: FindUrlOptions = {}): UrlSpan[] => {
	const sure = findUrls(text, options);
	const all: UrlSpan[] = [];
	let next = 0;
	for (const span of findUrls(text, { ...options, anyTld: true })) {
		while (next < sure.length && sure[next].end <= span.start) all.push(sure[next++]);
		if (next < sure.length && sure[next].start < span.end) continue;
		all.push({ ...span, maybe: true });
	}
	return all.concat(sure.slice(next));
};

/** The shortest link a maybe-span may hold: its second label's first two letters outside ASCII, or that whole label. */
const SHORTEST = /^(?:[a-z]+:\/\/)?[^/?#:.]+\.(?:[^\0-\x7f]{2}|[^/?#:.]+(?=\.))/iu;

/**
 * Where a maybe-link ends if the platform links the least of it it may: its host's first two labels (`archive.zip`
 * of `archive.zip.backup`, `backup` being no TLD), or the first two letters of a TLD outside ASCII, the shortest
 * there is (`example.닷컴` of `example.닷컴에서`). That link leaves the most of the span to count as text. The whole
 * span when it holds no shorter link.
 */
export const shortestLink = (span: string): number => SHORTEST.exec(span)?.[0].length ?? span.length;

/** Where a link's host starts when its scheme may start at `at`: after the scheme if a host follows, else at `at`. */
const hostFrom = (text: string, ends: Uint32Array, at: number, scheme: RegExp): number =>
	matchesAt(scheme, text, at) && ends[scheme.lastIndex] ? scheme.lastIndex : ends[at] ? at : -1;

/**
 * For each offset of `text`, where the host starting there ends (0: none), as `(?:label\.)*label\.TLD` would match
 * it, a label being `label` characters that neither begin nor end with an `inner` one, the last without `_`. One pass
 * right to left: a label leads to the host after its full stop if there is one (more labels first), else to the TLD.
 */
const hostEnds = (text: string, label: RegExp, inner: string, tld: RegExp): Uint32Array => {
	const ends = new Uint32Array(text.length + 1);
	let sub = 0; // the end of the host after the label read so far, which can be a subdomain
	let domain = 0; // the end of the TLD after it, while it can be the domain (no `_`)
	for (let i = text.length; i--; ) {
		if (text[i] === ".") {
			const closed = !inner.includes(text[i - 1]) && matchesAt(label, text, i - 1);
			sub = closed ? ends[i + 1] : 0; // when set, the label's host is that one whatever follows: no TLD to read
			domain = closed && !sub && matchesAt(tld, text, i + 1) ? tld.lastIndex : 0;
		} else if (!(sub | domain) || !matchesAt(label, text, i)) sub = domain = 0; // no label open: nothing to read
		else if (text[i] === "_") domain = 0;
		else if (!inner.includes(text[i])) ends[i] = sub || domain;
	}
	return ends;
};

/** Whether the sticky `pattern` matches `text` at `at` (then its `lastIndex` is where the match ends). */
const matchesAt = (pattern: RegExp, text: string, at: number): boolean => {
	pattern.lastIndex = at;
	return pattern.test(text);
};

/**
 * X's IDNA check: each label 1–63 characters once in ASCII. And the link at most 4096 characters counted with its
 * scheme twice (`https://` once when it has none), as twitter-text's isValidUrl adds them, and its host in ASCII, as
 * the gem Mastodon runs counts it: the stricter of the two, never linking what either would not.
 */
function validHost(host: string, linkLength: number, tld: RegExp): boolean {
	if (host.startsWith("xn--") && !asciiHosts(host, 0, null, tld).length) return false;
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
const trimTco = (url: string, start: number, end: number): UrlSpan | null => {
	const tco = TCO.exec(url);
	if (!tco) return span(start, end);
	if (tco[1].length > MAX_TCO_SLUG) return null;
	return span(start, start + tco[0].length);
};

/** The ASCII domains inside a scheme-less host; the last one takes the path when there is one. */
const asciiHosts = (host: string, start: number, pathEnd: number | null, tld: RegExp): UrlSpan[] => {
	const spans: UrlSpan[] = [];
	const ends = hostEnds(host, ASCII_CHAR, "", tld);
	for (let i = 0; i < host.length; i++) {
		const end = ends[i];
		if (end) {
			spans.push(span(start + i, start + end));
			i = end - 1;
		}
	}
	const last = spans[spans.length - 1];
	if (last && pathEnd !== null) last.end = pathEnd;
	return spans;
};
