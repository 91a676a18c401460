import { type Span, stripEmphasis } from "./emphasis";
import { codeSpans } from "./code-spans";
import { collapseSpaces } from "./spaces";

/** One line of Markdown reduced to prose, with what it linked to and what it stressed. */
export interface InlineResult {
	text: string;
	urls: string[];
	emphasis: Span[];
	highlights: Span[];
	/** How many wikilinks, Markdown links and bare URLs the line held. */
	links: number;
}

/** Turns a wikilink target into the words a reader sees when no alias is given. */
export type TitleResolver = (target: string) => string | null;

const ESCAPABLE = "\\`*_{}[]()#+-.!=~|<>$";
const ESCAPE_BASE = 0xe000; // private-use characters stand in for escaped punctuation until emphasis is gone

const LEADING_EMOJI = /^(?:\p{Extended_Pictographic}|\p{Regional_Indicator})[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F\u200D]*\s+/u;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
/**
 * What inline maths (`$v = p \times q$`) leaves in the text: the object replacement character, as a pasted object
 * leaves. A post cannot show the formula, and the sentence without it no longer says what it meant ("The formula
 * is how I think"), so no key line holds one (analysis.ts).
 */
export const MATHS = "\ufffc";
/** What every match of URL starts with, as one cheap test; also how scoring spots a sentence that holds a link. */
export const HOLDS_URL = /\b(?:https?:\/\/|www\.)/i;
const TRAILING_URL_PUNCT = /[.,;:!?)\]}'"’”]+$/;

/** Any character that could start inline Markdown, HTML, an entity, a tag or a URL; lines without one are prose already. */
const MARKUP = /[[\]!<>&*_=~`#^\\%$]|https?:|www\./i;

const ENTITIES: Record<string, string> = {
	amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", hellip: "…", mdash: "—", ndash: "–",
	rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", copy: "©",
};

/** The words a reader sees for `[[target]]`: the resolved title, else the file name without folder, `.md` or a leading emoji. */
export const defaultLinkText = (target: string, resolveTitle?: TitleResolver): string => {
	const hash = target.indexOf("#");
	const page = (hash >= 0 ? target.slice(0, hash) : target).trim();
	const sub = hash >= 0 ? target.slice(hash + 1).replace(/^\^/, "").trim() : "";
	if (!page) return sub;
	return resolveTitle?.(page) ?? page.split("/").pop()!.replace(/\.md$/i, "").replace(LEADING_EMOJI, "").trim();
};

const decodeEntities = (s: string): string =>
	s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, body: string) => {
		if (body[0] === "#") {
			// `#x1F` is read as `0x1F` ("x" and "X" sort after the digits)
			const code = Number((body[1] > "9" ? "0" : "") + body.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[body.toLowerCase()] ?? whole;
	});

const pushUrl = (urls: string[], raw: string): void => {
	const url = raw.trim().replace(/^<|>$/g, "");
	if (url && !urls.includes(url)) urls.push(url);
};

/** Reduces one line's inline Markdown (links, embeds, code, HTML, tags, emphasis) to plain words. */
export const cleanInline = (line: string, resolveTitle?: TitleResolver): InlineResult => {
	if (!MARKUP.test(line)) return { text: collapseSpaces(line).trim(), urls: [], emphasis: [], highlights: [], links: 0 };
	const urls: string[] = [];
	let links = 0;
	let s = line;
	// Each step runs only when its marker is in the line: a pattern cannot match without its literal characters.
	const rewrite = (marker: string, re: RegExp, by: (match: string, ...groups: string[]) => string): void => {
		if (s.includes(marker)) s = s.replace(re, by);
	};
	rewrite("\\", /\\([\\`*_{}[\]()#+\-.!=~|<>$])/g, (_, c) => String.fromCharCode(ESCAPE_BASE + ESCAPABLE.indexOf(c)));
	// Inline code reads as its text ("run `npm test`" says "run npm test"); a span too long to read is dropped.
	if (s.includes("`")) {
		const spans = codeSpans(s);
		let out = "";
		let at = 0;
		for (let i = 0; i < spans.length; i += 3) {
			const code = s.slice(spans[i] + spans[i + 2], spans[i + 1] - spans[i + 2]).trim();
			out += s.slice(at, spans[i]) + (code.length <= 40 ? ` ${code} ` : " ");
			at = spans[i + 1];
		}
		s = out + s.slice(at);
	}
	// Inline maths as Pandoc and Obsidian delimit it: `$` before a non-space, and a non-space before a `$` that no digit
	// follows, so "costs $5, or $10" and "$5-$10" are prices. An escaped `\$` is no delimiter.
	rewrite("$", /\$(?!\s)[^$]*[^\s$]\$(?!\d)/g, () => MATHS);
	rewrite("![[", /!\[\[[^[\]]*\]\]/g, () => " ");
	rewrite("![", /!\[[^[\]]*\]\([^()]*\)/g, () => " ");
	rewrite("[[", /\[\[([^[\]|]*)(?:\|([^[\]]*))?\]\]/g, (_, target, alias?: string) => {
		links++;
		return alias?.trim() || defaultLinkText(target, resolveTitle);
	});
	rewrite("^", /\^\[[^[\]]*\]|\[\^[^[\]]*\]/g, () => "");
	rewrite("](", /\[([^[\]]*)\]\(\s*(<[^<>]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+["'(][^()[\]]*)?\)/g, (_, text, url) => {
		links++;
		pushUrl(urls, url);
		return text;
	});
	rewrite("][", /\[([^[\]]+)\]\[[^[\]]*\]/g, (_, text) => text);
	rewrite("<", /<((?:https?|mailto):[^\s<>]+)>/gi, (_, url) => `${url} `);
	// A tag goes, and a <sup> or <sub> with its content: a footnote number ("drops<sup>1</sup>" is not "drops1");
	// formulae (H<sub>2</sub>O) are rare in articles.
	rewrite("<", /<(su[bp])\b[^<>]*>[^<]*<\/\1>|<\/?[A-Za-z][^<>]*>/gi, (tag) => (/^<\/?(br|p|div|li)\b/i.test(tag) ? " " : ""));
	if (s.includes("&")) s = decodeEntities(s);
	// Tags after a line's last sentence file the note and are dropped. A tag inside a sentence stays a hashtag
	// ("follow #salestips"), so the posts do not add it again; one no platform reads whole as a hashtag (a `-` or `/`
	// goes on past its letters) reads as its word: "#cold-calling" → "cold-calling".
	rewrite("#", /([.!?…"'”’)])(?:\s+#[\p{L}_][^\s#]*)+\s*$/u, (_, end) => end);
	rewrite("#", /(^|\s)#(?=[\p{L}_][\p{L}\p{M}\p{N}_]*[-/])/gu, (_, before) => before);
	if (HOLDS_URL.test(s)) {
		for (const m of s.matchAll(URL)) {
			links++;
			pushUrl(urls, m[0].replace(TRAILING_URL_PUNCT, ""));
		}
	}
	s = collapseSpaces(s).trim();

	const stripped = stripEmphasis(s);
	const text = stripped.text.replace(/[\ue000-\ue01f]/g, (c) => ESCAPABLE[c.charCodeAt(0) - ESCAPE_BASE] ?? "");
	return { text, urls, emphasis: stripped.emphasis, highlights: stripped.highlights, links };
};
