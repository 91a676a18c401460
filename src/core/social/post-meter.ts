import { cached } from "../maps";
import { countLength, fits } from "./count";
import type { GraphemeIndex } from "./grapheme-index";
import { cjk } from "./plain-units";
import { graphemeCount, utf8Length } from "./graphemes";
import type { PlatformRules } from "./platforms";
import { xLength } from "./x-length";

/**
 * Added to a length for whatever makes a slice unsafe to add up: a `://` where links count (and a `.` before a letter
 * where they are capped), an `@` on Mastodon (a remote mention), a character X may reweigh.
 */
const UNSAFE = 2 ** 30;
const SCHEME = /:\/\//g;
const LINK_OR_DOMAIN = /:\/\/|\.\p{L}/gu;

/**
 * Answers `fits(rules, before + text.slice(start, end) + after)` for the many candidate posts of one thread, from
 * prefix sums over the text's clusters when these give the same answer (a slice on cluster boundaries, without `://`
 * where links count, and on X without links, emoji flags, keycaps or characters that normalise), else by counting.
 */
export class PostMeter {
	readonly #rules: PlatformRules;
	readonly #text: string;
	readonly #index: () => GraphemeIndex;
	#sums: Float64Array | null = null;
	#bytes: Float64Array | null = null;
	/** The first `://` (or, where links are capped, `.` before a letter) at or after the cluster being weighed. */
	#link = -1;
	/** Memos: each cluster's weight, each label's length, whether a label and a cluster stay apart. */
	readonly #weights = new Map<string, number>();
	readonly #labels = new Map<string, number>();
	readonly #pairs = new Map<string, number>();

	constructor(rules: PlatformRules, text: string, index: () => GraphemeIndex) {
		this.#rules = rules;
		this.#text = text;
		this.#index = index;
	}

	/** Whether the post made of `before`, the text's `[start, end)` and `after` fits the platform. */
	fits(start: number, end: number, before: string, after: string): boolean {
		return this.#quick(start, end, before, after) ?? fits(this.#rules, before + this.#text.slice(start, end) + after);
	}

	#quick(start: number, end: number, before: string, after: string): boolean | null {
		const rules = this.#rules;
		if (rules.id === "linkedin") return null; // already a plain `.length`
		const index = this.#index();
		const [from, to] = [index.ordinal[start], index.ordinal[end]];
		if (from < 0 || to <= from) return null;
		const sums = (this.#sums ??= this.#prefix(index, (k) => this.#weight(index, k)));
		const length = sums[to] - sums[from] + this.#labelLength(before) + this.#labelLength(after);
		if (length >= UNSAFE) return null;
		const cluster = (k: number) => this.#text.slice(index.starts[k], index.starts[k + 1]);
		if (rules.id !== "x" && ((before && !this.#apart(before, cluster(from))) || (after && !this.#apart(cluster(to - 1), after)))) {
			return null;
		}
		if (length > rules.limit) return false;
		if (!rules.maxBytes) return true;
		const bytes = (this.#bytes ??= this.#prefix(index, (k) => utf8Length(cluster(k))));
		return bytes[to] - bytes[from] + utf8Length(before) + utf8Length(after) <= rules.maxBytes;
	}

	/** Prefix sums of a weight over the text's clusters. */
	#prefix(index: GraphemeIndex, weight: (k: number) => number): Float64Array {
		const sums = new Float64Array(index.starts.length);
		for (let k = 0; k + 1 < index.starts.length; k++) sums[k + 1] = sums[k] + weight(k);
		return sums;
	}

	/** The cluster's length on the platform, UNSAFE when it may count differently inside a post (clusters in order). */
	#weight(index: GraphemeIndex, k: number): number {
		const { id } = this.#rules;
		const [start, end] = [index.starts[k], index.starts[k + 1]];
		if (id === "x") return cached(this.#weights, this.#text.slice(start, end), xClusterWeight);
		if (this.#link < start) {
			// Where links are capped, a bare domain counts too: no link is made without `://` or a `.` before a letter.
			const mark = this.#rules.maxLinks !== undefined ? LINK_OR_DOMAIN : SCHEME;
			mark.lastIndex = start;
			this.#link = mark.exec(this.#text)?.index ?? 2 ** 32;
		}
		const cluster = this.#text.slice(start, end);
		// Mastodon counts a remote mention as its name alone: a slice with an `@` is counted in full.
		// Every platform here reads links (Bluesky shortens them, Mastodon counts 23, Threads caps them): a slice with a
		// link mark is counted in full.
		const unsafe = this.#link < end || (id === "mastodon" && cluster.includes("@"));
		// A cluster's own length there: 1, or more for an emoji on Threads and a conjunct on Mastodon.
		return (unsafe ? UNSAFE : 0) + cached(this.#weights, cluster, (text) => countLength(id, text));
	}

	/** Whether `left + right` has as many clusters as both apart (a label never joins the cluster next to it). */
	#apart(left: string, right: string): boolean {
		const apart = (pair: string) => Number(graphemeCount(pair) === graphemeCount(left) + graphemeCount(right));
		return cached(this.#pairs, left + right, apart) === 1;
	}

	#labelLength(label: string): number {
		const { id } = this.#rules;
		if (!label) return 0;
		return cached(this.#labels, label, (text) => (id === "x" ? xPlainWeight(text) : countLength(id, text)));
	}
}

/**
 * X's weight of a cluster that weighs the same wherever it stands: plain characters (see `xPlainWeight`), or an
 * emoji of pictographs U+1F300–1FAFF, skin tones, ZWJ and VS16 (none normalises, and X's emoji sequences never run
 * past such a cluster). Anything else is UNSAFE.
 */
const xClusterWeight = (cluster: string): number => {
	const plain = xPlainWeight(cluster);
	if (plain < UNSAFE) return plain;
	for (const char of cluster) {
		const code = char.codePointAt(0) ?? 0;
		if (code !== 0x200d && code !== 0xfe0f && (code < 0x1f300 || code > 0x1faff)) return UNSAFE;
	}
	return cluster.codePointAt(0) === 0x200d || cluster.codePointAt(0) === 0xfe0f ? UNSAFE : xLength(cluster);
};

/**
 * X's weight of text made only of characters that weigh the same wherever they stand, else UNSAFE: below U+0300 but
 * `.` (no link without a dot; no composition or emoji sequence), the CJK characters, and Thai (no composition).
 */
const xPlainWeight = (text: string): number => {
	let weight = 0;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code < 0x300) weight += code === 0x2e ? UNSAFE : 1;
		else if (code >= 0xe01 && code <= 0xe5b && (code < 0xe3b || code > 0xe3e)) weight += 1;
		else weight += cjk(code) ? 2 : UNSAFE;
	}
	return weight;
};
