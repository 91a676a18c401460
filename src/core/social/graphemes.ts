/** Grapheme clusters (what a reader sees as one character), via `Intl.Segmenter`; code points where it is missing. */
export function graphemes(text: string): string[] {
	const segmenter = graphemeSegmenter();
	if (!segmenter) return Array.from(text);
	const out: string[] = [];
	for (const part of segmenter.segment(text)) out.push(part.segment);
	return out;
}

/** Number of grapheme clusters: how Bluesky and Mastodon count characters. */
export function graphemeCount(text: string): number {
	const segmenter = graphemeSegmenter();
	if (!segmenter) return Array.from(text).length;
	let count = 0;
	const parts = segmenter.segment(text)[Symbol.iterator]();
	while (!parts.next().done) count++;
	return count;
}

/** UTF-8 length: Bluesky caps a post at 3000 bytes whatever its grapheme count. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (const char of text) {
		const cp = char.codePointAt(0) ?? 0;
		bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	}
	return bytes;
}

let cached: Intl.Segmenter | null | undefined;

/** One shared segmenter: building one is costly and counting runs in tight loops when splitting threads. */
function graphemeSegmenter(): Intl.Segmenter | null {
	if (cached === undefined) {
		cached = typeof Intl !== "undefined" && "Segmenter" in Intl ? new Intl.Segmenter(undefined, { granularity: "grapheme" }) : null;
	}
	return cached;
}
