import { KNOWN_TLDS } from "./tlds";

/**
 * Emoji sequences, recognised from the runtime's Unicode properties rather than a bundled emoji list:
 * keycaps (`1️⃣`, also without VS16), flags (two regional indicators naming a region that has a flag; any other
 * regional indicator stands alone), subdivision flags (🏴 + tag letters), skin-toned bases, VS16-styled pictographs,
 * and these joined by ZWJ (families, professions, 🏳️‍🌈). A ZWJ chain counts as one sequence when Unicode lists it
 * (RGI); any other chain is its parts.
 *
 * VS16 (U+FE0F) joins a text-style pictograph (`❤️`, `©️`) and the few emoji-style ones that Unicode lists with a
 * variation sequence (⌚, ⚽, ⭐…); after any other emoji (`✅️`) it stays a separate character, as on X.
 */

/** Emoji-style characters that Unicode still lists in emoji-variation-sequences, so VS16 belongs to them. */
const PRESENTATION_WITH_VS16 = "⌚⌛◽◾☔☕♈-♓♿⚓⚡⚪⚫⚽⚾⛄⛅⛔⛪⛲⛳⛵⛺⛽❗⬛⬜⭐⭕🀄🈚🈯";

// Escapes in these strings are JavaScript ones (`\uFE0F`, one backslash): the pattern gets the character itself.
const KEYCAP = "[0-9#*]\uFE0F?\u20E3";
/**
 * 🏴 + `gbeng`, `gbsct` or `gbwls` in tag letters + cancel tag: the subdivision flags Unicode recommends, the only ones
 * X weighs as one emoji (any other, Texas' `ustx`, is its code points there).
 */
const SUBDIVISION_FLAG = "\u{1F3F4}\u{E0067}\u{E0062}(?:\u{E0065}\u{E006E}\u{E0067}|\u{E0073}\u{E0063}\u{E0074}|\u{E0077}\u{E006C}\u{E0073})\u{E007F}";
const FLAG = "\\p{Regional_Indicator}{1,2}";
const PICTOGRAPH = "\\p{Extended_Pictographic}";
const MODIFIER = "\\p{Emoji_Modifier}";
const BASE = "\\p{Emoji_Modifier_Base}";
/** The next character is not emoji-style by default (a text-style `❤` or `☝`). */
const TEXT_STYLE = "(?=\\P{Emoji_Presentation})";
/** VS16 styles a text-style emoji (`❤️`), not every pictograph (U+1F02C, a mahjong tile, stays text). */
const STYLED = `(?:${TEXT_STYLE}(?=\\p{Emoji})${PICTOGRAPH}|[${PRESENTATION_WITH_VS16}])\uFE0F`;
/** A skin tone on a base; a text-style base (☝ ✌ 🖐) may keep its VS16 before the tone. */
const TONED = `(?:${TEXT_STYLE}${BASE}\uFE0F?|${BASE})${MODIFIER}`;
const ELEMENT = `(?:${TONED}|${STYLED}|${PICTOGRAPH}|${MODIFIER})`;
/** A ZWJ chain starts on an emoji-style element; `™‍™` is two text characters around a joiner. */
const CHAIN_HEAD = `(?:${TONED}|${STYLED}|(?=[\u{10000}-\u{10FFFF}]|\\p{Emoji_Presentation})${PICTOGRAPH}|${MODIFIER})`;
/** An emoji sequence, its ZWJ chain joining `joins` more elements (a regular-expression count). */
const sequence = (joins: string): string => `(?:${KEYCAP}|${SUBDIVISION_FLAG}|${FLAG}|${CHAIN_HEAD}(?:\u200D${ELEMENT})${joins}|${ELEMENT})`;

/**
 * No RGI chain joins more than four elements, and RGI_CHAIN_AT reads the chain itself: scanning a chain to its end
 * from each of its elements made a long one (`👩‍👩‍👩‍…`) cost quadratic time.
 */
const AT = new RegExp(sequence("{1,3}"), "uy");
const ELEMENT_AT = new RegExp(ELEMENT, "uy");
/**
 * The ZWJ sequences vendors draw (Unicode's RGI list, from the runtime), where the `v` flag exists: a chain that is
 * not one of them (`😀‍😀`) is its parts, as on X. Without the flag (an old mobile engine), every chain is one.
 */
const RGI_CHAIN_AT = ((): RegExp | null => {
	try {
		return new RegExp("\\p{RGI_Emoji_ZWJ_Sequence}", "vy");
	} catch {
		return null;
	}
})();
const REGIONAL_PAIR = /^\p{Regional_Indicator}{2}$/u;
const REGIONAL_A = 0x1f1e6;
/**
 * Country-code TLDs without a flag (one string: of its two-letter pieces only these are letters), and flags without
 * a TLD (Unicode's RGI flag list).
 */
const TLD_ONLY_REGIONS = "an su tp uk";
const FLAG_ONLY_REGIONS = "cp dg ea ic ta un xk".split(" ");
const WHOLE = new RegExp(`^${sequence("+")}$`, "u");
const PRESENTATION = /\p{Emoji_Presentation}|\p{Regional_Indicator}/u;
const EMOJI_START = /^(?:\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F)/u;

/**
 * The emoji sequence starting at UTF-16 index `index`, or null. A lone text-style character (`©`, `™`, `❤`) is
 * returned too: callers weigh a one-code-point match as that character.
 */
export const emojiAt = (text: string, index: number): string | null => {
	AT.lastIndex = index;
	const match = AT.exec(text);
	if (!match) return null;
	let found = match[0];
	if (RGI_CHAIN_AT && found.includes("\u200D")) {
		RGI_CHAIN_AT.lastIndex = ELEMENT_AT.lastIndex = index;
		found = (RGI_CHAIN_AT.exec(text) ?? ELEMENT_AT.exec(text)!)[0];
	}
	return isRegionalPair(found) && !FLAG_CODES.has(regionCode(found)) ? found.slice(0, 2) : found;
};

/** Two regional indicators make a flag only for a region that has one (`🇫🇷`); otherwise each stands alone. */
const FLAG_CODES: ReadonlySet<string> = new Set(
	[...KNOWN_TLDS].filter((tld) => tld.length === 2 && !TLD_ONLY_REGIONS.includes(tld)).concat(FLAG_ONLY_REGIONS),
);

const isRegionalPair = (sequence: string): boolean => sequence.length === 4 && REGIONAL_PAIR.test(sequence);

const regionCode = (pair: string): string => {
	const first = (pair.codePointAt(0) ?? 0) - REGIONAL_A;
	const second = (pair.codePointAt(2) ?? 0) - REGIONAL_A;
	return String.fromCharCode(0x61 + first, 0x61 + second);
};

/**
 * Whether a grapheme is shown as an emoji: a whole emoji sequence, not a bare text-style `©` or `™`. An emoji that
 * carries more than a sequence allows (`😀🏽`, `😀` + a combining mark) is one too: Threads counts it by its bytes, and
 * counting it as one character could put a post over the limit unseen.
 */
export const isEmojiGrapheme = (grapheme: string): boolean => {
	if (!WHOLE.test(grapheme)) return EMOJI_START.test(grapheme);
	const first = grapheme.codePointAt(0) ?? 0;
	const single = grapheme.length === (first > 0xffff ? 2 : 1);
	return !single || PRESENTATION.test(grapheme);
};
