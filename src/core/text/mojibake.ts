/**
 * Repairs mojibake: UTF-8 bytes that some tool decoded as windows-1252/1250/1251 or Mac Roman (`â€™` for `’`).
 *
 * For each code page, the text is cut into maximal runs of non-ASCII characters that the page can encode. A run
 * is turned back into bytes; it is replaced only when the whole run is valid UTF-8 and the result is believable:
 * - several decoded characters: each printable (`Ã©tÃ©` hides `été`, never real text);
 * - one four-byte character: an emoji or similar (`ðŸ“„`);
 * - one three-byte character: typographic punctuation or a symbol (`â€™`), not a lone CJK ideograph (`é…»`);
 * - one two-byte character: a letter or symbol from a trusted lead byte (`Ã©`); a weak lead (`Ä…` for ą, which
 *   is also German `Ä` + `…`), or a trusted lead before a closing mark (`Ã…`), needs a lowercase letter next
 *   to the run, as mangled letters inside words have.
 * Passes repeat (at most 3) so text mangled twice is repaired twice. Each pass is linear in the text's length.
 */
import { CODE_PAGES, LeadTrust, type CodePage } from "./code-pages";
import { isLowercaseLetter, isUppercaseLetter, plausibleAlone, plausibleInRun } from "./mojibake-plausible";

const MAX_PASSES = 3;
/** Punctuation that follows a word: after a capital it makes `ȚARĂ—` a word and a dash, not a mangled `×`. */
const AFTER_WORD = new Set("\u2013\u2014\u2019\u201d\u00bb\u203a\u2026\u2022\u00b7");
const NON_ASCII = /[\u0080-\uffff]/;
/**
 * What a lost byte leaves. `â€` before a space, punctuation or the end is `”` whose last byte, 0x9D, windows-1252
 * lacks, so a strict decoder dropped it; `Â` before a space is a no-break space whose second byte became a space.
 */
const LOST_BYTE = /â€(?=[\s.,;:!?)\]}'"]|$)|Â(?= )/g;

/** Code unit → byte (0x80–0xFF) of each page, or 0 when the page has no such character. */
const encoders: Uint8Array[] = [];
/** Code unit → bit set of the pages (bit i = CODE_PAGES[i]) that have the character. */
const pageMask = new Uint8Array(0x10000);
let built = false;

const buildTables = (): void => {
	if (built) return;
	CODE_PAGES.forEach((page, p) => {
		const encoder = new Uint8Array(0x10000);
		for (let i = 0; i < page.high.length; i++) {
			const c = page.high.charCodeAt(i);
			encoder[c] = 0x80 + i;
			pageMask[c] |= 1 << p;
		}
		encoders[p] = encoder;
	});
	built = true;
};

interface Replacement {
	start: number;
	end: number;
	text: string;
}

/** Repairs UTF-8 text that was decoded as a Windows-125x code page or Mac Roman, once or twice; leaves correct text unchanged. */
export const repairMojibake = (text: string): string => {
	if (!NON_ASCII.test(text)) return text;
	let current = text.replace(LOST_BYTE, (m) => (m === "Â" ? "" : "”"));
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const next = repairPass(current, false);
		if (next === null) break;
		current = next;
	}
	return current;
};

/** True when the text contains a mojibake run that repairMojibake would fix (for metadata-health reports). */
export const hasMojibake = (text: string): boolean =>
	(hasPageRun(text) && repairPass(text, true) !== null) || text.search(LOST_BYTE) >= 0;

/**
 * Whether two neighbouring characters are both in some code page (all are past ASCII): repairPass only repairs
 * runs of two or more, so text without one (nearly every title, accented or not) needs no pass.
 */
const hasPageRun = (text: string): boolean => {
	buildTables();
	const mask = pageMask;
	let previous = false;
	for (let i = 0; i < text.length; i++) {
		const inPage = mask[text.charCodeAt(i)] !== 0;
		if (inPage && previous) return true;
		previous = inPage;
	}
	return false;
};

/**
 * One pass over the text: cuts it into maximal runs of characters that some code page has, and repairs each run
 * with the first page that encodes all of it; failing that, the sub-runs of each page in turn (a run may mix
 * mojibake with a correct `«`). Returns null when nothing changed; stops at the first repair when `probe`.
 */
const repairPass = (text: string, probe: boolean): string | null => {
	buildTables();
	const mask = pageMask;
	let out = "";
	let changed = false;
	let copied = 0;
	const n = text.length;
	let i = 0;
	while (i < n) {
		const c = text.charCodeAt(i);
		if (c < 0x80 || mask[c] === 0) {
			i++;
			continue;
		}
		let j = i + 1;
		while (j < n && mask[text.charCodeAt(j)] !== 0) j++;
		if (j - i >= 2) {
			for (const r of repairUnionRun(text, i, j)) {
				if (probe) return r.text;
				out += text.slice(copied, r.start) + r.text;
				copied = r.end;
				changed = true;
			}
		}
		i = j;
	}
	return changed ? out + text.slice(copied) : null;
};

const repairUnionRun = (text: string, start: number, end: number): Replacement[] => {
	let common = 0xff;
	for (let k = start; k < end; k++) common &= pageMask[text.charCodeAt(k)];
	for (let p = 0; p < CODE_PAGES.length; p++) {
		if ((common & (1 << p)) === 0) continue;
		const repaired = repairRun(text, start, end, encoders[p], CODE_PAGES[p]);
		if (repaired !== null) return [{ start, end, text: repaired }];
	}
	// No page explains the whole run: try each page's own sub-runs, leaving what an earlier page repaired.
	const found: Replacement[] = [];
	const taken = new Uint8Array(end - start);
	for (let p = 0; p < CODE_PAGES.length; p++) {
		if ((common & (1 << p)) !== 0) continue; // the whole run was this page's only sub-run, already refused
		const encoder = encoders[p];
		let k = start;
		while (k < end) {
			if (encoder[text.charCodeAt(k)] === 0 || taken[k - start]) {
				k++;
				continue;
			}
			let m = k + 1;
			while (m < end && encoder[text.charCodeAt(m)] !== 0 && !taken[m - start]) m++;
			const repaired = m - k >= 2 ? repairRun(text, k, m, encoder, CODE_PAGES[p]) : null;
			if (repaired !== null) {
				found.push({ start: k, end: m, text: repaired });
				taken.fill(1, k - start, m - start);
			}
			k = m;
		}
	}
	return found.sort((a, b) => a.start - b.start);
};

/** Decodes text[start, end) re-encoded with the page as strict UTF-8; null unless valid and believable. */
const repairRun = (text: string, start: number, end: number, encoder: Uint8Array, page: CodePage): string | null => {
	const codePoints: number[] = [];
	let lastLength = 0;
	let k = start;
	while (k < end) {
		const lead = encoder[text.charCodeAt(k)];
		const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
		if (lead < 0xc2 || lead > 0xf4 || k + length > end) return null;
		let cp = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
		for (let m = 1; m < length; m++) {
			const cont = encoder[text.charCodeAt(k + m)];
			if ((cont & 0xc0) !== 0x80) return null;
			cp = (cp << 6) | (cont & 0x3f);
		}
		if (!validScalar(cp, length)) return null;
		codePoints.push(cp);
		lastLength = length;
		k += length;
	}
	if (codePoints.length === 1) {
		if (!believableAlone(text, start, end, codePoints[0], lastLength, encoder, page)) return null;
	} else if (!codePoints.every(plausibleInRun)) {
		return null;
	}
	return fromCodePoints(codePoints);
};

/** Rejects overlong forms, surrogates and values past U+10FFFF. */
const validScalar = (cp: number, length: number): boolean => {
	if (length === 3) return cp >= 0x800 && (cp < 0xd800 || cp > 0xdfff);
	if (length === 4) return cp >= 0x10000 && cp <= 0x10ffff;
	return true; // leads 0xC0/0xC1 were already refused
};

const believableAlone = (text: string, start: number, end: number, cp: number, length: number, encoder: Uint8Array, page: CodePage): boolean => {
	if (!plausibleAlone(cp, length)) return false;
	if (length !== 2) return true;
	const trust = page.trust(encoder[text.charCodeAt(start)], encoder[text.charCodeAt(start + 1)], cp);
	const before = text.charAt(start - 1);
	const after = text.charAt(end);
	// The end of an all-caps word (`ȚARĂ–`, `KOŃ…`) is real text; `SÃ£o` goes on in lowercase and is mojibake.
	if (isUppercaseLetter(before) && !isLowercaseLetter(after)) {
		const letter = String.fromCodePoint(cp);
		if (letter.toLowerCase() !== letter.toUpperCase() || AFTER_WORD.has(text[start + 1])) return false;
	}
	if (trust === LeadTrust.strong) return true;
	if (trust !== LeadTrust.weak) return false;
	return isLowercaseLetter(before) || isLowercaseLetter(after);
};

const fromCodePoints = (codePoints: number[]): string => {
	const CHUNK = 4096;
	if (codePoints.length <= CHUNK) return String.fromCodePoint(...codePoints);
	const parts: string[] = [];
	for (let i = 0; i < codePoints.length; i += CHUNK) parts.push(String.fromCodePoint(...codePoints.slice(i, i + CHUNK)));
	return parts.join("");
};
