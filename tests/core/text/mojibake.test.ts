/** @jest-environment node */
import fc from "fast-check";
import { CODE_PAGES, MAC_ROMAN, WINDOWS_1250, WINDOWS_1251, WINDOWS_1252, type CodePage } from "../../../src/core/text/code-pages";
import { hasMojibake, repairMojibake } from "../../../src/core/text/mojibake";

/** What a tool does when it reads UTF-8 bytes as `page`: each byte becomes that page's character. */
function mangle(text: string, page: CodePage): string {
	let out = "";
	for (const byte of new TextEncoder().encode(text)) {
		out += byte < 0x80 ? String.fromCharCode(byte) : page.high[byte - 0x80];
	}
	return out;
}

const PAGES: [string, CodePage][] = CODE_PAGES.map((page) => [page.name, page]);

describe("code page tables", () => {
	it.each(PAGES)("%s has 128 distinct non-ASCII characters", (_name, page) => {
		expect(page.high).toHaveLength(128);
		expect(new Set(page.high).size).toBe(128);
		for (const ch of page.high) expect(ch.charCodeAt(0)).toBeGreaterThanOrEqual(0x80);
	});

	// Spot checks against the published mappings, written out by hand.
	it.each([
		[WINDOWS_1252, 0x80, "€"],
		[WINDOWS_1252, 0x92, "’"],
		[WINDOWS_1252, 0x9f, "Ÿ"],
		[WINDOWS_1252, 0xe9, "é"],
		[WINDOWS_1250, 0x9c, "ś"],
		[WINDOWS_1250, 0xb9, "ą"],
		[WINDOWS_1250, 0xc3, "Ă"],
		[WINDOWS_1250, 0xff, "˙"],
		[WINDOWS_1251, 0xa8, "Ё"],
		[WINDOWS_1251, 0xb9, "№"],
		[WINDOWS_1251, 0xc0, "А"],
		[WINDOWS_1251, 0xff, "я"],
		[MAC_ROMAN, 0x80, "Ä"],
		[MAC_ROMAN, 0x8e, "é"],
		[MAC_ROMAN, 0xc3, "√"],
		[MAC_ROMAN, 0xd5, "’"],
		[MAC_ROMAN, 0xdb, "€"],
		[MAC_ROMAN, 0xff, "ˇ"],
	])("%#: byte %d of the page is %s", (page, byte, ch) => {
		expect(page.high[byte - 0x80]).toBe(ch);
	});

	it("windows-1252 is not Latin-1 in 0x80–0x9F (the Node TextDecoder mistake)", () => {
		expect(WINDOWS_1252.high.slice(0, 0x20)).not.toBe(String.fromCharCode(...Array.from({ length: 32 }, (_, i) => 0x80 + i)));
	});

	it.each([
		["’", WINDOWS_1252, "â€™"],
		["📄", WINDOWS_1252, "ðŸ“„"],
		["é", WINDOWS_1252, "Ã©"],
		["“", MAC_ROMAN, "‚Äú"],
		["é", MAC_ROMAN, "√©"],
		["Привет", WINDOWS_1251, "РџСЂРёРІРµС‚"],
		["ł", WINDOWS_1250, "Ĺ‚"],
	])("mangle(%s) through page %# gives the known literal %s", (text, page, literal) => {
		expect(mangle(text, page)).toBe(literal);
	});
});

describe("repairMojibake: hand-written mojibake", () => {
	it.each([
		["â€™", "’"],
		["ðŸ“„", "📄"],
		["‚Äú", "“"],
		["Ã©", "é"],
		["cafÃ©", "café"],
		["Ã¢â‚¬â„¢", "’"],
		["Itâ€™s a â€œtestâ€\u009d â€” really", "It’s a “test” — really"],
		["РџСЂРёРІРµС‚, РјРёСЂ", "Привет, мир"],
		["wiÄ…zaÄ‡ siÄ™", "wiązać się"],
		["sch√∂n", "schön"],
		["naÃ¯ve Ã\u00a0 la", "naïve à la"],
		["Â£5", "£5"],
		["Â© 2024", "© 2024"],
		["â„¢", "™"],
		["ï»¿Title", "\ufeffTitle"],
		["SÃ£o Paulo", "São Paulo"],
		["ACMEÂ® and Â«quotesÂ»", "ACME® and «quotes»"],
		// a byte windows-1252 lacks (0x9D of ”) dropped, or a no-break space's second byte turned into a space
		["the â€œreal objectionâ€ you need", "the “real objection” you need"],
		["She said â€œnoâ€.", "She said “no”."],
		["Twice.Â Twice.", "Twice. Twice."],
	])("%s → %s", (mangled, expected) => {
		expect(repairMojibake(mangled)).toBe(expected);
		expect(hasMojibake(mangled)).toBe(true);
	});
});

/** Mac Roman leads Cyrillic with its dashes (`—ñ` is `і`), which real text also has: lone Cyrillic letters stay. */
const UKRAINIAN = "Її «Рік» і «Ріо» — Україна, об’єкт, п’ять";

const SAMPLES = [
	"café",
	"naïve",
	"“Smart quotes” — and dashes…",
	"It’s 25 °C and 5 € or £5",
	"Ærø og Åsa på blåbær",
	"Straße über Ärger",
	"Zażółć gęślą jaźń",
	"Příliš žluťoučký kůň úpěl ďábelské ódy",
	"Съешь же ещё этих мягких французских булок",
	UKRAINIAN,
	"Καλημέρα κόσμε, η ώρα",
	"Ştefan şi Ţară, știință și țară",
	"Tiếng Việt",
	"日本語のテキスト",
	"😀📄👍🏽❤️🇫🇷",
];

describe("repairMojibake: mangled samples", () => {
	const cases = PAGES.flatMap(([name, page]) =>
		SAMPLES.filter((text) => page !== MAC_ROMAN || text !== UKRAINIAN).map((text) => [name, text, page] as const),
	);
	it.each(cases)("%s: %s survives a round trip", (_name, text, page) => {
		expect(repairMojibake(mangle(text, page))).toBe(text);
	});

	it("mac-roman: a lone Cyrillic letter is left mangled (known limit)", () => {
		expect(mangle("і", MAC_ROMAN)).toBe("—ñ");
		expect(repairMojibake("a —ñ b")).toBe("a —ñ b");
		expect(repairMojibake(mangle("Рік", MAC_ROMAN))).toBe("Рік");
	});

	it.each(PAGES)("%s: twice-mangled text is repaired", (_name, page) => {
		const text = "It’s “déjà vu” 📄";
		expect(repairMojibake(mangle(mangle(text, WINDOWS_1252), page))).toBe(text);
	});
});

describe("repairMojibake: correct text stays unchanged", () => {
	it.each([
		...SAMPLES,
		"£5",
		"Æ",
		"Â",
		"Ã",
		"ÂNGULO RECTO, ÎNCÂT",
		"À bientôt, ça va ?",
		"É verdade, irmã…",
		"CAFÉ… ACCIÓN” PÅ” GÜÇ” PERCHÈ…",
		"l’été…» « été » qu’à d’où",
		"»öffentlich« „Äpfel“ ‚Äffchen‘",
		"√π ≈ 3.14, √∞",
		"Её книга. «Витамин В», группа Г»",
		"ĂŞTIA Ţ",
		"ȚARĂ– ȚARĂ— ȚARĂ·",
		"KOŃ… DZIEŃ– IRMÃ“",
		"ДІМ— ДІМ» ЛІС»",
		"Ñandú — ÑU”",
		"x² + y³ ± 1 × 2 ÷ 3",
		"𝐁𝐨𝐥𝐝 text",
		"",
		"plain ASCII only",
	])("%s", (text) => {
		expect(repairMojibake(text)).toBe(text);
		expect(hasMojibake(text)).toBe(false);
	});
});

// Word-shaped text: real words in several languages with attached punctuation, joined by spaces.
const WORDS = [
	"café", "naïve", "été", "über", "Ärger", "schön", "Straße", "Ørsted", "Ærø", "blåbær", "Åsa", "på", "señor",
	"año", "acción", "São", "não", "coração", "irmã", "Łódź", "zażółć", "gęślą", "jaźń", "część", "się", "wiązać",
	"Příliš", "žluťoučký", "kůň", "úpěl", "ďábelské", "Čech", "Šárka", "Žena", "știință", "Ștefan", "Tiếng", "Việt",
	"à", "À", "É", "où", "déjà", "Œuvre", "cœur", "Ça", "ça", "Ελλάδα", "Éric", "hello", "World", "2024", "x",
];
const EMOJI = ["😀", "📄", "👍🏽", "❤️", "🇫🇷", "✨", "🎉", "€", "£5", "25°C", "©", "™"];
const OPENERS = ["", "", "", "“", "‘", "«", "„", "(", "« ", "¿", "¡"];
const CLOSERS = ["", "", "", "’", "”", "»", "…", ",", ".", "!", " »", "—", "…»", "”.", "?"];
const SEPARATORS = [" ", " ", " ", "\n", " — ", " – ", " • ", " · "];

/** Word-shaped sentences; `closers` can leave out a mark whose mangled form is also real text in some page. */
function sentences(closers: string[] = CLOSERS) {
	const token = fc.oneof(
		{
			weight: 5,
			arbitrary: fc
				.tuple(fc.constantFrom(...OPENERS), fc.constantFrom(...WORDS), fc.constantFrom(...closers))
				.map((p) => p.join("")),
		},
		{ weight: 1, arbitrary: fc.constantFrom(...EMOJI) },
	);
	return fc
		.array(fc.tuple(token, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 12 })
		.map((parts) => parts.map(([t, s]) => t + s).join("").trimEnd());
}

/**
 * In windows-1251 a lone `»` mangles to `В»`, which is also Russian (`группа В»`); the repair keeps the Russian
 * reading unless a lowercase letter touches it, so `»` after a space or digit is left out of the 1251 round trip.
 */
const ROUND_TRIP_CLOSERS: Record<CodePage["name"], string[]> = {
	"windows-1252": CLOSERS,
	"windows-1250": CLOSERS,
	"windows-1251": CLOSERS.filter((c) => c !== " »" && c !== "»"),
	"mac-roman": CLOSERS,
};

const RUNS = Number(process.env.MOJIBAKE_RUNS ?? 1000);

describe("repairMojibake: properties", () => {
	it("leaves word-shaped correct text unchanged", () => {
		fc.assert(fc.property(sentences(), (s) => repairMojibake(s) === s), { numRuns: RUNS * 2 });
	});

	it.each(PAGES)("repairs text mangled through %s", (name, page) => {
		const text = sentences(ROUND_TRIP_CLOSERS[page.name]);
		fc.assert(fc.property(text, (s) => repairMojibake(mangle(s, page)) === s), { numRuns: RUNS });
	});

	it("is idempotent on arbitrary strings and never throws", () => {
		fc.assert(
			fc.property(fc.string({ unit: "grapheme", maxLength: 40 }), fc.constantFrom(...CODE_PAGES), (s, page) => {
				const once = repairMojibake(mangle(s, page));
				return repairMojibake(once) === once && repairMojibake(repairMojibake(s)) === repairMojibake(s);
			}),
			{ numRuns: 1000 },
		);
	});
});

describe("repairMojibake: cost", () => {
	it("repairs a 5 MB text completely", () => {
		const chunk = "Plain words and naïve café text, then Itâ€™s cafÃ© ðŸ“„ and РџСЂРёРІРµС‚.\n";
		const big = chunk.repeat(Math.ceil((5 * 1024 * 1024) / chunk.length));
		const repaired = repairMojibake(big);
		expect(repaired.startsWith("Plain words and naïve café text, then It’s café 📄 and Привет.\n")).toBe(true);
		expect(repaired.length).toBeLessThan(big.length);
		expect(repaired.includes("â€")).toBe(false);
	});

	it("handles one 5 MB run without deep recursion", () => {
		const big = mangle("é".repeat(1024 * 1024), WINDOWS_1252);
		expect(repairMojibake(big)).toBe("é".repeat(1024 * 1024));
	});
});

describe("hasMojibake on text with lone page characters", () => {
	it.each([
		["accented letters apart", "rôle and café", false],
		["a lone garbled pair", "cafÃ©", true],
		["a pair at the very end", "abcÃ©", true],
		["a pair at the very start", "Ã©t", true],
	])("%s", (_name, text, expected) => {
		expect(hasMojibake(text)).toBe(expected);
	});
});
