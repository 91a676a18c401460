/**
 * The snippets note: one note per article that collects every batch of posts the author saved, newest at the end.
 * Pure text in, text out, so the modal and any other writer produce the same layout and only ever append.
 *
 * Each post goes into its own fenced code block. That keeps hashtags out of Obsidian's tag index (no tags are read
 * inside code), keeps the post byte-for-byte what will be pasted (an escaped `\#` would have to be un-escaped by
 * hand), and gives each post the code block's own copy button in reading view.
 */
import { graphemes, utf8Length } from "../social/graphemes";
import { collapseSpaces } from "../snippets/spaces";

/**
 * What a file name may not hold, replaced by spaces: characters Obsidian refuses (on some system, or in links);
 * control characters, which some file systems refuse (NUL everywhere) and which are invisible in a file list; and
 * unpaired surrogates (the `u` flag matches a surrogate only when it is not half of a pair).
 */
const UNSAFE_NAME = /[\\/:*?"<>|#^[\]\p{Cc}\uD800-\uDFFF]/gu;
/** File names are capped at 255 bytes on common file systems; the title part stays well under with the suffix. */
const MAX_NAME_BYTES = 200;

/** The snippets note's file name for an article title: unsafe characters removed, never empty, never hidden. */
export const snippetsFileName = (title: string, fallback = "Untitled"): string => {
	const base = safeName(title) || safeName(fallback) || "Untitled";
	return `${base} snippets.md`;
};

/** Text made storable as a file name: unsafe characters, control characters and unpaired surrogates become spaces. */
const safeName = (text: string): string => {
	const clean = collapseSpaces(text.replace(UNSAFE_NAME, " ")).trim().replace(/^\.+/, "").trim();
	return withinBytes(clean, MAX_NAME_BYTES).trim();
};

/** The longest run of whole graphemes from the start that fits in `max` UTF-8 bytes. */
const withinBytes = (text: string, max: number): string => {
	if (utf8Length(text) <= max) return text;
	let out = "";
	let bytes = 0;
	for (const cluster of graphemes(text)) {
		bytes += utf8Length(cluster);
		if (bytes > max) break;
		out += cluster;
	}
	return out;
};

/** One saved batch: when, from which article, for which platform, and the posts as they will be pasted. */
export interface SnippetSection {
	/** Already formatted, e.g. `2026-11-22 14:05`. */
	when: string;
	/** A link to the article as Obsidian writes it (`[[The good-egg problem]]`). */
	articleLink: string;
	/** The platform's display name (`X`, `Bluesky`…). */
	platform: string;
	thread: boolean;
	posts: ReadonlyArray<{ text: string; reply?: string }>;
}

/** What goes before a link that left its post, to be posted as the first reply (the note, the dialog and a copy say it alike). */
export const FIRST_REPLY = "Link for the first reply:";

/** The Markdown of one batch: a dated heading, a line back to the article, then each post in its own code block. */
export const renderSnippetSection = (section: SnippetSection): string => {
	const kind = section.thread ? "thread" : section.posts.length === 1 ? "post" : "posts";
	const out = [`## ${section.when}`, "", `${section.platform} ${kind} from ${section.articleLink}`];
	for (const post of section.posts) {
		out.push("", ...fenced(post.text));
		if (post.reply) out.push("", FIRST_REPLY, "", ...fenced(post.reply));
	}
	return out.join("\n") + "\n";
};

/** A code block around text, with a fence longer than any backtick run inside it, so no post can close it early. */
export const fenced = (text: string): string[] => {
	const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
	const fence = "`".repeat(Math.max(3, longest + 1));
	return [`${fence}text`, ...text.split(/\r\n|\r|\n/), fence];
};

/**
 * The note's text with the section added at the end, separated by one blank line. Everything already in the note
 * is kept byte for byte (it is a prefix of the result), whatever the user did to it.
 */
export const appendSection = (existing: string, section: string): string => {
	if (existing.length === 0) return section;
	if (/(?:\r?\n){2}$/.test(existing)) return existing + section;
	if (/\r?\n$/.test(existing)) return existing + "\n" + section;
	return existing + "\n\n" + section;
};

/** How two texts are compared for "already used": Unicode-normalised, case-folded, quotes unified, spacing collapsed. */
export const matchKey = (text: string): string =>
	collapseSpaces(text.normalize("NFKC").toLowerCase().replace(/[‘’ʼ]/g, "'").replace(/[“”]/g, '"')).trim();

/** A test of whether a line's text already appears in the snippets note (so the modal can mark it "used"). */
export const usedIn = (noteText: string): ((line: string) => boolean) => {
	const haystack = matchKey(noteText);
	return (line) => {
		const needle = matchKey(line);
		return needle.length > 0 && haystack.includes(needle);
	};
};
