import { span as makeSpan } from "../text/trimmed-spans";

/** A half-open range of character offsets. */
export interface Span {
	start: number;
	end: number;
}

/** What stripping emphasis leaves: the plain text and where the author stressed or highlighted words. */
export interface EmphasisResult {
	text: string;
	emphasis: Span[];
	highlights: Span[];
}

/** What a kind of marker does to its words (an enum, so the bundler writes each as a plain number). */
enum Role {
	emphasis = 1,
	highlight,
	strike,
}

/**
 * One kind of marker: its characters (a line without them cannot match, so the pattern is not run), its pattern and
 * its role. The pattern's group 1 is the content, or, for the underscore kinds, the boundary character before the
 * opening marker, with the content in group 2. A tuple, so the bundle names no fields.
 */
type Kind = [mark: string, re: RegExp, role: Role];

// Content is capped at 400 characters so an unclosed marker on a huge line stays linear-ish.
const KINDS: Kind[] = [
	["**", /\*\*(?=[^\s*])([^\n]{0,400}?\S)\*\*/g, Role.emphasis],
	["__", /(^|[^\p{L}\p{N}_])__(?=\S)([^\n]{0,400}?\S)__(?![\p{L}\p{N}_])/gu, Role.emphasis],
	["==", /==(?=[^\s=])([^\n]{0,400}?\S)==/g, Role.highlight],
	["~~", /~~(?=\S)([^\n]{0,400}?\S)~~/g, Role.strike],
	["*", /\*([^\s*](?:[^*\n]{0,400}?[^\s*])?)\*/g, Role.emphasis],
	["_", /(^|[^\p{L}\p{N}_])_([^\s_](?:[^_\n]{0,400}?[^\s_])?)_(?![\p{L}\p{N}_])/gu, Role.emphasis],
];

/**
 * Removes `**`, `__`, `*`, `_`, `==` markers so scoring sees prose, while remembering what they stressed; `~~` goes
 * with the words it strikes out.
 */
export const stripEmphasis = (source: string): EmphasisResult => {
	const removed = new Uint8Array(source.length);
	const found: Array<Span & { role: Role }> = [];
	let work = source;
	let map: number[] | null = null; // work index → source index; null while work === source

	for (const [mark, re, role] of KINDS) {
		if (!work.includes(mark)) continue;
		re.lastIndex = 0;
		let hit = false;
		let m: RegExpExecArray | null;
		while ((m = re.exec(work)) !== null) {
			const marker = mark.length;
			const prefix = m.length > 2 ? m[1].length : 0;
			const content = m[m.length - 1];
			const open = m.index + prefix;
			const contentStart = open + marker;
			const contentEnd = contentStart + content.length;
			const at = (i: number): number => (map ? map[i] : i);
			for (let k = 0; k < marker; k++) {
				removed[at(open + k)] = 1;
				removed[at(contentEnd + k)] = 1;
			}
			if (role === Role.strike) {
				// Struck-out words are withdrawn: they go, with one space beside them ("is ~~a~~ b" reads "is b").
				for (let k = contentStart; k < contentEnd; k++) removed[at(k)] = 1;
				const before = at(open) - 1;
				const after = at(contentEnd + marker - 1) + 1;
				if (source[before] === " " && !removed[before]) removed[before] = 1;
				else if (source[after] === " ") removed[after] = 1;
			}
			found.push({ start: at(contentStart), end: at(contentEnd - 1) + 1, role });
			hit = true;
			if (m[0].length === 0) re.lastIndex++;
		}
		if (hit) {
			const next: number[] = [];
			let text = "";
			for (let i = 0; i < source.length; i++) {
				if (!removed[i]) {
					next.push(i);
					text += source[i];
				}
			}
			work = text;
			map = next;
		}
	}
	if (!map) return { text: source, emphasis: [], highlights: [] };

	const keptBefore = new Uint32Array(source.length + 1);
	for (let i = 0; i < source.length; i++) keptBefore[i + 1] = keptBefore[i] + (removed[i] ? 0 : 1);
	const emphasis: Span[] = [];
	const highlights: Span[] = [];
	for (const f of found) {
		if (f.role === Role.strike) continue;
		const span = makeSpan(keptBefore[f.start], keptBefore[f.end]);
		if (span.end <= span.start) continue;
		emphasis.push(span);
		if (f.role === Role.highlight) highlights.push({ ...span });
	}
	emphasis.sort(byStart);
	highlights.sort(byStart);
	return { text: work, emphasis, highlights };
};

/** Spans in text order: by start, then by end. */
const byStart = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/** Characters of `[start, end)` covered by sorted spans (overlaps counted once); how much of a sentence was stressed. */
export const coveredBy = (spans: readonly Span[], start: number, end: number): number => {
	let covered = 0;
	let reach = start;
	for (const s of spans) {
		if (s.end <= reach) continue;
		if (s.start >= end) break;
		const from = Math.max(s.start, reach);
		const to = Math.min(s.end, end);
		if (to > from) covered += to - from;
		reach = Math.max(reach, to);
	}
	return covered;
};
