/** A sentence as offsets into the text it was cut from. */
export interface Piece {
	start: number;
	end: number;
}

const URL_LIKE = /\b(?:https?:\/\/|www\.)[^\s<>"']+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|co|ai|app|dev|us|uk|de|edu|gov)\b(?:\/[^\s<>"']*)?/gi;
const ABBREVIATION_END = /(?:^|[\s("'“‘])(?:mr|mrs|ms|dr|prof|sr|jr|st|vs|inc|ltd|approx|e\.g|i\.e|u\.s|u\.k|a\.m|p\.m)\.["'”’)]*\s*$/i;
const INITIAL_END = /(?:^|\s)(?!I\.)\p{Lu}\.\s*$/u;
const STARTS_LOWER = /^[\s"'“‘(]*\p{Ll}/u;
const HAS_WORD = /[\p{L}\p{N}]/u;

let segmenter: Intl.Segmenter | null | undefined;

function getSegmenter(): Intl.Segmenter | null {
	if (segmenter === undefined) {
		segmenter = typeof Intl !== "undefined" && typeof Intl.Segmenter === "function" ? new Intl.Segmenter("en", { granularity: "sentence" }) : null;
	}
	return segmenter;
}

/** Hides the dots inside URLs and domain names so no sentence ends in the middle of a link; offsets stay the same. */
export function maskUrls(text: string): string {
	return text.replace(URL_LIKE, (url) => url.replace(/[.?!]/g, "_"));
}

/** A stop followed by more text: only then can a line hold more than one sentence. */
const INNER_STOP = /[.!?…]["'”’)\]]*\s+\S/;

function rawPieces(text: string): Piece[] {
	const out: Piece[] = [];
	if (!INNER_STOP.test(text)) {
		// one sentence per line: skip the segmenter, which is the slowest step on short punchy paragraphs
		let start = 0;
		for (const line of text.split("\n")) {
			out.push({ start, end: start + line.length + 1 });
			start += line.length + 1;
		}
		out[out.length - 1].end = text.length;
		return out;
	}
	const seg = getSegmenter();
	if (seg) {
		for (const s of seg.segment(text)) out.push({ start: s.index, end: s.index + s.segment.length });
		return out;
	}
	const re = /[^.!?\n]*(?:[.!?]+["'”’)]*\s*|\n+|$)/g;
	let m: RegExpExecArray | null;
	while ((m = re.exec(text)) !== null && m[0].length > 0) out.push({ start: m.index, end: m.index + m[0].length });
	return out;
}

/**
 * Splits prose into sentences with `Intl.Segmenter`, then glues back what it wrongly split: after abbreviations
 * (Mr., e.g., U.S.), before a piece that starts lower-case, and pieces with no words (a lone emoji or quote mark).
 */
export function splitSentences(text: string): Piece[] {
	const masked = maskUrls(text);
	const merged: Piece[] = [];
	for (const p of rawPieces(masked)) {
		const prev = merged[merged.length - 1];
		const body = masked.slice(p.start, p.end);
		if (prev && !/\n\s*$/.test(masked.slice(prev.start, prev.end))) {
			const prevText = masked.slice(prev.start, prev.end);
			if (ABBREVIATION_END.test(prevText) || INITIAL_END.test(prevText) || STARTS_LOWER.test(body) || !HAS_WORD.test(body)) {
				prev.end = p.end;
				continue;
			}
		}
		merged.push({ ...p });
	}
	const out: Piece[] = [];
	for (const p of merged) {
		let { start, end } = p;
		while (start < end && /\s/.test(text[start])) start++;
		while (end > start && /\s/.test(text[end - 1])) end--;
		if (end > start) out.push({ start, end });
	}
	return out;
}
