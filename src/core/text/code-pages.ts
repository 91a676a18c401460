/**
 * The single-byte code pages that UTF-8 text is most often mis-decoded as.
 * Each table lists the characters of bytes 0x80–0xFF; bytes 0x00–0x7F are ASCII in all of them.
 * Bytes a code page leaves undefined map to the C1 control of the same value, as browsers decode them,
 * so every byte has a character and mangled text can always be turned back into bytes.
 */

/**
 * How readily a lone two-byte sequence is believed: strong alone, weak only beside a lowercase letter (an enum, so
 * the bundler writes each as a plain number).
 */
export enum LeadTrust {
	strong = 1,
	weak,
}

export interface CodePage {
	name: "windows-1252" | "windows-1250" | "windows-1251" | "mac-roman";
	/** The 128 characters of bytes 0x80–0xFF, in byte order. */
	high: string;
	/**
	 * Trust in a lone two-byte sequence `lead`+`cont` decoding to `decoded`, from how often real text in this code
	 * page has the same two characters; null: only believed inside a longer run.
	 */
	trust(lead: number, cont: number, decoded: number): LeadTrust | null;
}

/** Closing marks: after a capital they end a word (`CAFÉ…`, `IRMÃ…`, `Группа В»`), so they weaken a lead. */
const CLOSERS = new Set([0x2019, 0x201d, 0x00bb, 0x203a, 0x2026]);

const isCasedLetter = (cp: number): boolean => {
	const ch = String.fromCharCode(cp);
	return ch.toLowerCase() !== ch.toUpperCase();
};

/**
 * Trust for Latin code pages. When the result is a letter, a strong lead turns weak before a closing mark
 * (`IRMÃ…`) and, if the lead is a letter too, before a letter (`ĂŞTIA` is a word; `ÃŸ` needs `StraÃŸe`).
 */
const latinTrust = (high: string, strong: number[], weak: number[]): CodePage["trust"] =>
	(lead, cont, decoded) => {
		if (weak.includes(lead)) return LeadTrust.weak;
		if (!strong.includes(lead)) return null;
		if (!isCasedLetter(decoded)) return LeadTrust.strong;
		const contChar = high.charCodeAt(cont - 0x80);
		if (CLOSERS.has(contChar)) return LeadTrust.weak;
		return isCasedLetter(high.charCodeAt(lead - 0x80)) && isCasedLetter(contChar) ? LeadTrust.weak : LeadTrust.strong;
	};

/**
 * Bytes 0x80–0xFF as the platform's decoder reads them: the WHATWG tables every browser and Node share, so they
 * need not ship here. "" when the platform has no such decoder; that code page is then left out of CODE_PAGES.
 */
const highHalf = (label: string): string => {
	try {
		return new TextDecoder(label).decode(Uint8Array.from({ length: 128 }, (_, i) => i + 128));
	} catch {
		return "";
	}
};

// Windows-1252's 0x80–0x9F written out (Node decodes them as Latin-1's controls), then 0xA0–0xFF as decoded.
const HIGH_1252 = "€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ" + highHalf("windows-1252").slice(32);

const HIGH_1250 = highHalf("windows-1250");
const HIGH_1251 = highHalf("windows-1251");
/** 0xF0 is the Apple logo, the private-use U+F8FF. */
const HIGH_MAC = highHalf("macintosh");

/** The lead bytes the Windows code pages believe alone (Â Ã Î Ï Ð Ñ in 1252), and only beside lowercase letters. */
const WINDOWS_STRONG = [0xc2, 0xc3, 0xce, 0xcf, 0xd0, 0xd1];
const WINDOWS_WEAK = [0xc4, 0xc5, 0xc6, 0xc8];

/** Mac Roman's math signs after `√` are more likely a formula (`√π`) than a mangled `ù`. */
const MAC_MATH_CONTS = [0xad, 0xb0, 0xb1, 0xb2, 0xb3, 0xb5, 0xb6, 0xb7, 0xb8, 0xb9, 0xba, 0xbd];

/** A Windows Latin code page: its lead bytes trusted as WINDOWS_STRONG and WINDOWS_WEAK say. */
const windowsLatin = (name: CodePage["name"], high: string): CodePage =>
	({ name, high, trust: latinTrust(high, WINDOWS_STRONG, WINDOWS_WEAK) });

/** Windows-1252: the usual suspect (`â€™`, `Ã©`). Â Ã Î Ï Ð Ñ rarely stand before a symbol in real text. */
export const WINDOWS_1252 = windowsLatin("windows-1252", HIGH_1252);

/** Windows-1250 (Central Europe): `Ä…` for ą, `Ĺ‚` for ł. */
export const WINDOWS_1250 = windowsLatin("windows-1250", HIGH_1250);

/**
 * Windows-1251 (Cyrillic): `РџСЂРёРІРµС‚` for Привет. Р С В Г lead alone even before a letter (`Рё` is `и`,
 * while Ukrainian `Рік` fails as a whole run); Д Е only beside lowercase letters (`Её` is a Russian word).
 */
export const WINDOWS_1251: CodePage = {
	name: "windows-1251",
	high: HIGH_1251,
	trust: (lead, cont) => {
		if (WINDOWS_WEAK.includes(lead)) return LeadTrust.weak;
		if (!WINDOWS_STRONG.includes(lead)) return null;
		return CLOSERS.has(HIGH_1251.charCodeAt(cont - 0x80)) ? LeadTrust.weak : LeadTrust.strong;
	},
};

const macLatinTrust = latinTrust(HIGH_MAC, [0xc2, 0xc3, 0xce, 0xcf], [0xc4, 0xc5]);

/**
 * Mac Roman: `‚Äú` for “, `√©` for é. Its dashes and quotes lead Cyrillic and Armenian (`—é`, `’é` are real
 * text), so those are only believed in longer runs; `»` leads ș ț but `»ö` is German, so Ț is left alone.
 */
export const MAC_ROMAN: CodePage = {
	name: "mac-roman",
	high: HIGH_MAC,
	trust: (lead, cont, decoded) => {
		if (lead === 0xc8) return cont === 0x9a ? null : LeadTrust.weak;
		if (lead === 0xc3 && MAC_MATH_CONTS.includes(cont)) return LeadTrust.weak;
		return macLatinTrust(lead, cont, decoded);
	},
};

/** Tried in this order: the most common mis-decoding first. */
export const CODE_PAGES: readonly CodePage[] = [WINDOWS_1252, WINDOWS_1250, WINDOWS_1251, MAC_ROMAN].filter((page) => page.high.length === 128);
