import { GraphemeIndex } from "./grapheme-index";
import type { PlatformRules } from "./platforms";
import { PostMeter } from "./post-meter";
import { span } from "../text/trimmed-spans";
import { LEVELS, Range } from "./thread-units";
import { findUrls, type UrlSpan } from "./urls";

/** How thread posts are numbered: not at all, `… 1/4` at the end, or `1/4 …` at the start. */
export interface ThreadOptions {
	numbering: "none" | "suffix" | "prefix";
}

/**
 * Splits text into thread posts that each fit: at paragraph, then sentence, then clause, then word boundaries;
 * never inside a URL or grapheme; the `1/4` numbering counts in each post's length.
 * Text that fits in one post comes back as one unnumbered post; blank text gives no post. A word longer than a
 * whole post is cut between graphemes as a last resort; a link that long is left whole in a post that does not fit
 * (check with `fits`). Each post keeps the text's own spacing and line breaks.
 */
export const splitThread = (rules: PlatformRules, text: string, { numbering }: ThreadOptions): string[] => {
	const whole = text.trim();
	if (!whole) return [];
	let clusters: GraphemeIndex | undefined;
	const index = () => (clusters ??= new GraphemeIndex(text));
	const meter = new PostMeter(rules, text, index);
	const start = text.length - text.trimStart().length;
	if (meter.fits(start, start + whole.length, "", "")) return [whole];
	const links = findUrls(text); // X's reading, the widest (bare domains too), found once per split
	const ctx: Context = { text, links, index, units: new Map(), meter };
	const all: Range = span(0, text.length);
	if (numbering === "none") return split(ctx, all, null).map((r) => slice(text, r));
	let total = 2;
	let parts: Range[] = [];
	for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
		parts = split(ctx, all, { numbering, total });
		if (String(parts.length).length <= String(total).length) break;
		total = parts.length;
	}
	return parts.map((r, i) => numbered(slice(text, r), numbering, i + 1, parts.length));
};

/** Wider numbering only ever adds parts, so this settles within a few rounds. */
const MAX_ATTEMPTS = 8;

interface Numbering {
	numbering: "suffix" | "prefix";
	/** The count assumed while packing: each part is checked with the widest label, `total/total`. */
	total: number;
}

/** What one split shares across its numbering attempts: each range's units, the clusters and the post meter. */
interface Context {
	text: string;
	links: readonly UrlSpan[];
	index: () => GraphemeIndex;
	/** The units of a range at a level, by `level start end`: every attempt cuts the same ranges. */
	units: Map<string, Range[]>;
	meter: PostMeter;
}

/** Packs the range into parts at the coarsest level that fits. */
const split = (ctx: Context, range: Range, label: Numbering | null): Range[] => {
	const tag = label ? `${label.total}/${label.total}` : "";
	const [before, after] = label?.numbering === "prefix" ? [`${tag} `, ""] : ["", tag && ` ${tag}`];
	return pack(ctx, range, 0, (r) => ctx.meter.fits(r.start, r.end, before, after));
};

/**
 * Greedy packing at one level: each part takes as many whole units as fit; a unit too big alone is packed at the
 * next finer level, continuing the part still open before it (so no part is left holding only a short sentence), and
 * its last piece stays open for the units that follow. Adding a unit after whitespace never shortens a post, so the
 * largest fitting run is found by galloping then bisecting (few counts per part).
 */
const pack = (ctx: Context, range: Range, level: number, ok: (r: Range) => boolean, open: Range | null = null): Range[] => {
	const key = `${level} ${range.start} ${range.end}`;
	let units = ctx.units.get(key);
	if (!units) ctx.units.set(key, (units = LEVELS[level](ctx.text, range, ctx.links, ctx.index)));
	const parts: Range[] = [];
	let current = open;
	let i = 0;
	const finest = level === LEVELS.length - 1;
	while (i < units.length) {
		const start: number = current ? current.start : units[i].start;
		const last = lastFitting(units, i, (j) => ok(span(start, units[j].end)));
		if (last >= i) {
			current = span(start, units[last].end);
			i = last + 1;
		} else if (current && (finest || ok(units[i]))) {
			// the open part closes before a unit that fits a post of its own; before one too big for any, it stays open
			parts.push(current);
			current = null;
		} else if (finest) {
			current = units[i++];
		} else {
			// a unit too big for any post is cut finer, its first pieces joining the part still open before it
			const finer = pack(ctx, units[i++], level + 1, ok, current);
			parts.push(...finer.slice(0, -1));
			current = finer[finer.length - 1] ?? null;
		}
	}
	if (current) parts.push(current);
	return parts;
};

/** The largest `j >= from` with `fitsUpTo(j)`, or `from - 1`; `fitsUpTo` must hold for a prefix of indices only. */
const lastFitting = (units: readonly Range[], from: number, fitsUpTo: (j: number) => boolean): number => {
	if (!fitsUpTo(from)) return from - 1;
	let good = from;
	let step = 1;
	let bad = units.length;
	while (good + step < units.length) {
		if (!fitsUpTo(good + step)) {
			bad = good + step;
			break;
		}
		good += step;
		step *= 2;
	}
	while (bad - good > 1) {
		const mid = (good + bad) >> 1;
		if (fitsUpTo(mid)) good = mid;
		else bad = mid;
	}
	return good;
};

const slice = (text: string, range: Range): string => text.slice(range.start, range.end);

const numbered = (part: string, numbering: Numbering["numbering"], index: number, total: number): string =>
	numbering === "prefix" ? `${index}/${total} ${part}` : `${part} ${index}/${total}`;
