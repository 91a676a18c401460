import { graphemes } from "./graphemes";
import { plain } from "./plain-units";

/**
 * Where the grapheme clusters of one text start, found once: splitting a long text into a thread asks for the
 * clusters (and cluster counts) of many of its slices, and `Intl.Segmenter` is slow. A slice that starts and ends
 * on a cluster boundary of the whole text has exactly these clusters: a boundary depends only on the text before it
 * back to the previous boundary, and on the one code point after it.
 */
export class GraphemeIndex {
	/** For each UTF-16 offset (and the text's end), how many clusters start before it if one starts there, else -1. */
	readonly ordinal: Int32Array;
	/** The offset where each cluster starts, then the text's length. */
	readonly starts: number[] = [];

	constructor(text: string) {
		this.ordinal = new Int32Array(text.length + 1).fill(-1);
		let from = 0;
		for (let at = 1; at <= text.length; at++) {
			if (at < text.length && !(plain(text.charCodeAt(at - 1)) && plain(text.charCodeAt(at)))) continue;
			// A certain boundary: segment what lies since the previous one (one character, mostly, for plain text).
			if (at - from === 1) this.#add(from);
			else for (const cluster of graphemes(text.slice(from, at))) from = this.#add(from) + cluster.length;
			from = at;
		}
		this.#add(text.length);
	}

	#add(offset: number): number {
		this.ordinal[offset] = this.starts.length;
		this.starts.push(offset);
		return offset;
	}
}
