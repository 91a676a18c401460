/** Which UTF-16 units the grapheme code may count without Intl.Segmenter (graphemes.ts, grapheme-index.ts). */

/**
 * UTF-16 units that are a cluster of their own whatever surrounds them, when the unit on the other side is one too:
 * below U+0300 (but CR), the general punctuation articles are full of (dashes, typographic quotes, bullets, `…`,
 * U+2010–205F), and the CJK ideographs, kana and punctuation (but the combining marks among them). Between two of
 * these UAX #29 always breaks, so the segmenter is only needed around the others.
 */
export const plain = (code: number): boolean =>
	(code < 0x300 && code !== 0x0d) || (code >= 0x2010 && code <= 0x205f) || cjk(code);

/** CJK symbols and punctuation, kana, ideographs and full-width forms, without U+302A–302F and U+3099–309A. */
export const cjk = (code: number): boolean => {
	if (code >= 0xff01) return code <= 0xff9d;
	if (code >= 0x3400) return code <= 0x9fff;
	return code >= 0x3000 && code < 0x3100 && (code < 0x302a || code > 0x302f) && code !== 0x3099 && code !== 0x309a;
};
