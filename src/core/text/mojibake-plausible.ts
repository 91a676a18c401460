/**
 * Which decoded characters a mojibake repair may produce. Real text sometimes happens to re-encode to valid
 * UTF-8 (`CAFÉ…` in windows-1252 is the bytes of `Ʌ`), so a lone decoded character must be one that mangled
 * text really hides; runs of several decoded characters are strong evidence and get a broader set.
 */

/** Code point ranges, each as two numbers in a row: the first and the last code point it holds. */
type Ranges = readonly number[];

const inRanges = (cp: number, ranges: Ranges): boolean => {
	for (let i = 0; i < ranges.length; i += 2) if (cp >= ranges[i] && cp <= ranges[i + 1]) return true;
	return false;
};

/** Letters and symbols a lone two-byte sequence may stand for: Latin, Greek, Cyrillic, Hebrew, Arabic letters. */
const LONE_TWO_BYTE: Ranges = [
	0x00a0, 0x017f, // Latin-1 supplement and Latin Extended-A
	0x0192, 0x0192, // ƒ
	0x01a0, 0x01a1, // Ơ ơ (Vietnamese)
	0x01af, 0x01b0, // Ư ư
	0x0218, 0x021b, // Ș ș Ț ț (Romanian)
	0x0386, 0x03ce, // Greek letters with tonos
	0x0400, 0x045f, // Cyrillic
	0x0490, 0x0491, // Ґ ґ
	0x05d0, 0x05ea, // Hebrew letters
	0x0621, 0x064a, // Arabic letters
];

/** Symbols a lone three-byte sequence may stand for: typographic punctuation, currency, arrows, dingbats. */
const LONE_THREE_BYTE: Ranges = [
	0x1e00, 0x1eff, // Latin Extended Additional (Vietnamese ệ ế)
	0x2010, 0x205e, // dashes, quotes, bullets, ellipsis, primes
	0x20a0, 0x20c0, // currency signs (€)
	0x2100, 0x214f, // letterlike symbols (™ №)
	0x2190, 0x23ff, // arrows, math operators, technical (⌘)
	0x2500, 0x27bf, // box drawing, shapes, misc symbols, dingbats (★ ✓ ❤)
	0x2b00, 0x2bff, // misc symbols and arrows (⭐)
	0x3000, 0x303f, // CJK punctuation
	0xfe00, 0xfe0f, // variation selectors (emoji presentation)
	0xfeff, 0xfeff, // byte order mark
];

/** Characters a lone four-byte sequence may stand for: emoji, styled math letters, rare CJK. */
const LONE_FOUR_BYTE: Ranges = [
	0x1d400, 0x1d7ff,
	0x1f000, 0x1faff,
	0x20000, 0x2fa1f,
];

/** True when a decoded character may appear alone from a sequence of `byteLength` bytes. */
export const plausibleAlone = (cp: number, byteLength: number): boolean => {
	if (byteLength === 2) return inRanges(cp, LONE_TWO_BYTE);
	if (byteLength === 3) return inRanges(cp, LONE_THREE_BYTE);
	return inRanges(cp, LONE_FOUR_BYTE);
};

/** Two-byte characters allowed inside a longer run: the lone set, plus what double mangling and real text need. */
const RUN_TWO_BYTE: Ranges = [
	0x0080, 0x009f, // C1 controls: text mangled twice holds them where the first decoding met an undefined byte
	0x00a0, 0x024f, // Latin-1, Latin Extended-A and -B
	0x02c6, 0x02c7, // ˆ ˇ (in the code pages themselves)
	0x02d8, 0x02dd, // ˘ ˙ ˚ ˛ ˜ ˝
	0x0370, 0x03ff, // Greek
	0x0400, 0x045f, // Cyrillic
	0x048a, 0x04ff, // Cyrillic for Ukrainian, Kazakh, Tatar…
	0x0531, 0x0587, // Armenian letters
	0x05b0, 0x05f4, // Hebrew
	0x0600, 0x06ff, // Arabic
];

/**
 * True when a decoded character may appear in a run of several. Two-byte results are limited to letters of living
 * scripts: combining marks and modifier letters come out of all-caps Cyrillic (`ДІМ—`), not out of mojibake.
 */
export const plausibleInRun = (cp: number): boolean => {
	if (cp < 0x800) return inRanges(cp, RUN_TWO_BYTE);
	if (cp >= 0xe000 && cp <= 0xf8ff) return false; // private use
	if (cp >= 0xfdd0 && cp <= 0xfdef) return false; // noncharacters
	if ((cp & 0xfffe) === 0xfffe) return false; // U+xFFFE, U+xFFFF
	return cp < 0xf0000; // planes 15–16 are private use
};

/** Whether a character is an uppercase letter in any script (false for "", which no case mapping changes). */
export const isUppercaseLetter = (ch: string): boolean => ch.toUpperCase() === ch && ch.toLowerCase() !== ch;

/** Whether a character is a lowercase letter in any script (`toUpperCase` changes it, `toLowerCase` does not). */
export const isLowercaseLetter = (ch: string): boolean => {
	// "" reads as NaN here and is no letter below either
	const c = ch.charCodeAt(0);
	if (c < 0x80) return c >= 0x61 && c <= 0x7a;
	return ch.toLowerCase() === ch && ch.toUpperCase() !== ch;
};
