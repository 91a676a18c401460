/**
 * Reference passes for the cold index, timed next to `filledCatalog` over the same NoteInputs, so the gap
 * between the real build and the least any index could do is a ratio that holds on any machine:
 * - `readInputs` only reads what an index must read: each path, each frontmatter key and value, each raw tag;
 * - `minimalIndex` reads the same and files each note the cheapest way a grouping index can: a number per path,
 *   one record per note, notes listed per raw tag spelling, per type value and per date prefix. It skips all that
 *   the real index must also do (trimming, `#`, case folding, nested parents, de-duplication, date parsing,
 *   metadata problems, the frontmatter-only tag list), so it is a floor, not a competitor.
 * Both return a checksum that depends on everything they read, so no step can be optimised away.
 */
import type { NoteInput } from "../src/core/articles/types";
import { pushTo } from "../src/core/maps";

/** What the minimal index keeps; tests check it really groups the notes. */
export interface MinimalIndex {
	ids: Map<string, number>;
	records: { path: string; title: unknown; type: unknown; date: unknown; tags: string[] }[];
	byTag: Map<string, number[]>;
	byType: Map<unknown, number[]>;
	byMonth: Map<string, number[]>;
}

/** Reads every path, frontmatter key and value, and raw tag once; returns a checksum of what it read. */
export function readInputs(inputs: readonly NoteInput[]): number {
	let sum = 0;
	for (let n = 0; n < inputs.length; n++) {
		const input = inputs[n];
		sum += input.path.length;
		const fm = input.frontmatter;
		if (fm) {
			for (const key in fm) {
				const value = fm[key];
				sum += key.length + (typeof value === "string" ? value.length : 1);
			}
		}
		sum += tagChars(input.tags) + tagChars(input.frontmatterTags);
	}
	return sum;
}

function tagChars(tags: readonly unknown[] | null | undefined): number {
	let sum = 0;
	if (tags) for (let i = 0; i < tags.length; i++) sum += typeof tags[i] === "string" ? (tags[i] as string).length : 1;
	return sum;
}

/** The cheapest grouping of the notes by tag spelling, type and date prefix (see the file comment). */
export function minimalIndex(inputs: readonly NoteInput[]): MinimalIndex {
	const index: MinimalIndex = { ids: new Map(), records: [], byTag: new Map(), byType: new Map(), byMonth: new Map() };
	for (let n = 0; n < inputs.length; n++) {
		const input = inputs[n];
		const id = index.records.length;
		index.ids.set(input.path, id);
		let title: unknown = null;
		let type: unknown = null;
		let date: unknown = null;
		const fm = input.frontmatter;
		if (fm) {
			for (const key in fm) {
				if (key === "title") title = fm[key];
				else if (key === "type") type = fm[key];
				else if (key === "pubDate") date = fm[key];
			}
		}
		const tags: string[] = [];
		const raw = input.tags;
		if (raw) {
			for (let i = 0; i < raw.length; i++) {
				const spelling = raw[i];
				if (typeof spelling !== "string") continue;
				pushTo(index.byTag, spelling, id);
				tags.push(spelling);
			}
		}
		if (type !== null) pushTo(index.byType, type, id);
		if (typeof date === "string") pushTo(index.byMonth, date.slice(0, 7), id);
		index.records.push({ path: input.path, title, type, date, tags });
	}
	return index;
}

/** A checksum of a minimal index, so timing it keeps every list alive and counted. */
export function indexChecksum(index: MinimalIndex): number {
	let sum = index.ids.size + index.byType.size + index.byMonth.size;
	for (const list of index.byTag.values()) sum += list.length;
	return sum;
}
