import { segmenterFor } from "../text/segmenters";
import { plain } from "./plain-units";

/** Grapheme clusters (what a reader sees as one character), via `Intl.Segmenter`; code points where it is missing. */
export const graphemes = (text: string): string[] => {
	const segmenter = segmenterFor("grapheme");
	if (!segmenter) return Array.from(text);
	if (oneCharClusters(text)) return text.split("");
	const out: string[] = [];
	for (const cluster of clusters(segmenter, text)) out.push(cluster);
	return out;
};

/** Number of grapheme clusters: how Bluesky and Mastodon count characters. */
export const graphemeCount = (text: string): number => {
	if (oneCharClusters(text)) return text.length;
	const segmenter = segmenterFor("grapheme");
	if (!segmenter) return Array.from(text).length;
	// Counted without collecting: a long non-Latin paragraph being split into a thread is counted many times.
	let count = 0;
	const parts = clusters(segmenter, text);
	while (!parts.next().done) count++;
	return count;
};

/**
 * True when every character is its own cluster, found without the (slow) segmenter: every unit is `plain` (ASCII,
 * precomposed Latin, CJK without combining marks, no CR), and UAX #29 breaks between any two of those.
 */
const oneCharClusters = (text: string): boolean => {
	for (let i = 0; i < text.length; i++) if (!plain(text.charCodeAt(i))) return false;
	return true;
};

/** Texts longer than this are segmented a window at a time: V8's segment iterator is quadratic on long strings. */
const WINDOW = 256;

/**
 * The clusters of `text`, segmenting one window at a time. Each window starts on a true boundary and its last
 * cluster (perhaps cut by the window's end) is segmented again with the next window; a boundary depends only on
 * the text before it and the one code point after it, so the others are exact. Windows never end inside a
 * surrogate pair, and grow when one cluster fills a whole window.
 */
function* clusters(segmenter: Intl.Segmenter, text: string): Generator<string> {
	let pos = 0;
	let size = WINDOW;
	while (pos < text.length) {
		let end = pos + size;
		if (end >= text.length) {
			for (const part of segmenter.segment(pos === 0 ? text : text.slice(pos))) yield part.segment;
			return;
		}
		const code = text.charCodeAt(end - 1);
		if (code >= 0xd800 && code <= 0xdbff) end++;
		const parts = Array.from(segmenter.segment(text.slice(pos, end)), (part) => part.segment);
		if (parts.length < 2) {
			size *= 2;
			continue;
		}
		for (let i = 0; i < parts.length - 1; i++) yield parts[i];
		pos = end - parts[parts.length - 1].length;
		size = WINDOW;
	}
}

/** UTF-8 length: Bluesky caps a post at 3000 bytes whatever its grapheme count. */
export const utf8Length = (text: string): number => {
	let bytes = 0;
	for (const char of text) {
		const cp = char.codePointAt(0) ?? 0;
		bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	}
	return bytes;
};
