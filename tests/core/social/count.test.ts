/** @jest-environment node */
import { countLength, countLinks, fits, platformRules, PLATFORM_IDS } from "../../../src/core/social/count";

const FAMILY = "👨‍👩‍👧‍👦"; // 4 people (4 × 4 bytes, 2 UTF-16 units each) joined by 3 ZWJ (3 bytes, 1 unit each)

describe("platformRules", () => {
	it.each([
		["x", 280, 2, undefined, undefined],
		["bluesky", 300, 3, 3000, undefined],
		["threads", 500, 1, undefined, 5],
		["mastodon", 500, 3, undefined, undefined],
		["linkedin", 3000, 5, undefined, undefined],
	] as const)("%s: limit %i, %i hashtags", (id, limit, maxHashtags, maxBytes, maxLinks) => {
		const rules = platformRules(id);
		expect(rules).toMatchObject({ id, limit, maxHashtags });
		expect(rules.maxBytes).toBe(maxBytes);
		expect(rules.maxLinks).toBe(maxLinks);
		expect(rules.name.length).toBeGreaterThan(0);
	});

	it.each([
		[1000, 1000],
		[11000, 11000],
		[undefined, 500],
		[0, 500],
		[-20, 500],
		[12.5, 500],
		[Number.NaN, 500],
	])("Mastodon limit setting %p gives %i", (setting, limit) => {
		expect(platformRules("mastodon", { mastodonLimit: setting }).limit).toBe(limit);
	});

	it("the Mastodon setting does not touch other platforms", () => {
		expect(platformRules("x", { mastodonLimit: 1000 }).limit).toBe(280);
	});

	it("lists every platform once", () => {
		expect([...PLATFORM_IDS].sort()).toEqual(["bluesky", "linkedin", "mastodon", "threads", "x"]);
	});
});

describe("countLength('x')", () => {
	it.each([
		["empty", "", 0],
		["ASCII", "Hello, world!", 13],
		["precomposed accent", "café", 4],
		["decomposed accent is NFC-normalised first", "cafe\u0301", 4],
		["em dash and curly quotes weigh 1", "“quoted” — ok", 13],
		["ellipsis weighs 2", "…", 2],
		["bullet weighs 2", "•", 2],
		["arrow weighs 2", "→", 2],
		["prime U+2032 weighs 1", "′", 1],
		["CJK weighs 2 each", "日本語", 6],
		["emoji", "😀", 2],
		["ZWJ family", FAMILY, 2],
		["skin tone", "👍🏽", 2],
		["flag", "🇫🇷", 2],
		["keycap", "1️⃣", 2],
		["bare © is text", "©", 1],
		["© with VS16 is an emoji", "©️", 2],
		["VS16 after an emoji-style ✅ is a separate character", "✅️", 4],
		["scheme URL", "https://example.com/a/very/long/path/that/keeps/going", 23],
		["bare domain", "example.com", 23],
		["bare domain before a full stop", "Read example.com.", 29],
		["e-mail address is text", "user@example.com", 16],
		["t.co keeps only its slug", "https://t.co/abc/def", 27],
		["280 letters", "a".repeat(280), 280],
	])("%s", (_name, text, expected) => {
		expect(countLength("x", text)).toBe(expected);
	});
});

describe("countLength('bluesky'): graphemes, each link as the app shortens it", () => {
	it.each([
		["ASCII", "abc", 3],
		["decomposed accent is one grapheme", "cafe\u0301", 4],
		["ZWJ family is one grapheme", FAMILY, 1],
		["flag is one grapheme", "🇫🇷", 1],
		["CJK", "日本語", 3],
		["a link is its host", "https://example.com", 11], // example.com
		["a lone slash goes too", "http://example.com/", 11],
		["the rest up to 15 is kept", "https://a.co/12345678901234", 19], // a.co/12345678901234
		["past 15, 13 of it and ...", "https://a.co/123456789012345", 20], // a.co/123456789012...
		["a long article link", "https://example.com/articles/the-good-egg-problem", 27], // example.com/articles/the-g...
		["a query counts as the rest", "https://example.com?utm_source=newsletter&utm_medium=email", 27],
		["the port stays with the host", "http://localhost:8080/x", 16],
		["a name in another script is its punycode", "https://bücher.example/", 21], // xn--bcher-kva.example
		["a final full stop is the sentence's", "See https://example.com/abc.", 20], // See example.com/abc.
		["a closing bracket the link did not open too", "(see https://a.co/123456789012345)", 26], // (see a.co/123456789012...)
		["one it opened is the link's", "https://a.co/(23456789012345)", 20], // a.co/(23456789012...
		["after a bracket or at a line's start", "(https://a.co/x\nhttps://b.co/y", 14],
		["glued to a word it is no link", "xhttps://example.com", 20],
		["an upper-case scheme is no link to the app", "HTTPS://EXAMPLE.COM", 19],
		["a bare domain is linked but not shortened", "example.com/very/long/path/here", 31],
		["what a bare domain spans is not read again", "a.co/https://example.com/path/to/x", 34],
	])("%s", (_name, text, expected) => {
		expect(countLength("bluesky", text)).toBe(expected);
	});

	it("caps the bytes of the text as the app sends it", () => {
		const rules = platformRules("bluesky");
		const link = `https://example.com/${"é".repeat(2000)}`; // 4,020 bytes written, example.com/%C3%A9%C3%A9%C3... sent
		expect(countLength("bluesky", link)).toBe(27);
		expect(fits(rules, link)).toBe(true);
		expect(fits(rules, "é".repeat(1501))).toBe(false);
	});
});

describe("countLength('threads'): graphemes, emoji by UTF-8 bytes", () => {
	it.each([
		["ASCII", "abc", 3],
		["accented letter", "é", 1],
		["decomposed accent", "e\u0301", 1],
		["CJK", "日本", 2],
		["😀 is 4 bytes", "😀", 4],
		["❤️ is 3 + 3 bytes", "❤️", 6],
		["👍🏽 is 4 + 4 bytes", "👍🏽", 8],
		["family is 4×4 + 3×3 bytes", FAMILY, 25],
		["flag is 2×4 bytes", "🇫🇷", 8],
		["keycap is 1 + 3 + 3 bytes", "1️⃣", 7],
		["bare © is a character", "©", 1],
		["©️ is 2 + 3 bytes", "©️", 5],
		["™ is a character", "™", 1],
		["mixed", "Hi 😀!", 8],
		// Emoji carrying more than a sequence allows: still counted by their bytes, never as one character.
		["a skin tone on a face that takes none is 4 + 4 bytes", "😀🏽", 8],
		["an emoji with a combining mark is 4 + 2 bytes", "😀\u0301", 6],
		["an emoji before a joiner and nothing is 4 + 3 bytes", "😀\u200D", 7],
		["a black flag with a short tag run is 4 + 3×4 bytes", "🏴\u{E0067}\u{E0062}\u{E007F}", 16],
		["a text-style © with a combining mark stays one character", "©\u0301", 1],
	])("%s", (_name, text, expected) => {
		expect(countLength("threads", text)).toBe(expected);
	});
});

describe("countLength('mastodon'): graphemes, links 23, a remote mention as its name (Mastodon's server)", () => {
	it.each([
		["long link", "https://example.com/very/long/path/that/goes/on/and/on", 23],
		["bare domain is plain text", "example.com", 11],
		["link inside text", "Read https://a.com/x now", 32],
		["family", FAMILY, 1],
		// The server's extractor (the twitter-text gem) cuts a t.co link after its slug, as on X.
		["t.co link: the path after the slug is text", "http://t.co/abc/def", 27],
		["t.co slug over 40: no link at all", `https://t.co/${"a".repeat(41)}`, 54],
		// Mastodon's own path rules (config/initializers/twitter_regex.rb): `=` may not end a path.
		["a path does not end on =", "https://example.com/a=", 24],
		// On a TLD we lack (`bar`), the server may link `https://a.bar` only and count the rest as text.
		["a host that may be linked in part", "https://a.bar.abcdefghijklmnopq", 41],
		// Ruby 3.4's graphemes predate Unicode 15.1's rule that joins a virama to the next consonant.
		["a Devanagari conjunct is two graphemes there", "क्ष", 2],
		["two conjuncts and a plain syllable", "क्षत्रिय", 5],
		["a virama before a joiner, then a consonant", "क्\u200Dष", 2],
		["a virama at the end joins nothing", "क्", 1],
		// Unicode 16 made the invisible stackers linkers too (Khmer coeng U+17D2, Myanmar U+1039, Javanese U+A9C0…):
		// joined by Intl.Segmenter since ICU 76, still apart for Ruby 3.4 (Unicode 15.0).
		["a Khmer coeng and the consonant it stacks: two graphemes there", "\u1781\u17D2\u1798\u17C2\u179A", 3], // ខ្មែរ
		["a Myanmar stacked consonant", "\u1000\u1019\u1039\u1018\u102C", 4], // ကမ္ဘာ
		["a Javanese pangkon before a consonant", "\uA9B2\uA9A4\uA9C0\uA9A0", 3],
		["a virama before a letter no rule joins is no conjunct", "\u0915\u094Da", 2],
		["= inside a path", "https://example.com/a=b", 23],
		["nested parentheses", "https://a.com/(a(b)c)d", 23],
		["an unbalanced parenthesis ends the path", "https://a.com/x(y", 25],
		["a path may end on /", "https://a.com/x/", 23],
		["the full stop after a link is text", "See https://a.com/x.", 28],
		["gemini link", "gemini://example.com/capsule", 23],
		["gopher link", "gopher://example.com/1/x", 23],
		["dat link", "(dat://example.com/x)", 25],
		["ftp is not a link", "ftp://example.com/a/b/c/d/e/f/g/h", 33],
		["remote mention counts as @name", "Hi @alice@mastodon.social!", 10],
		["remote mention in capitals", "@Alice@Example.Social", 6],
		["local mention counts in full", "@alice", 6],
		["dots and hyphens in a name", "@a.b-c@x.y", 6],
		["a full stop after the domain is text", "@bob@x.social.", 5],
		["no mention after a word character", "x@alice@mastodon.social", 23],
		["no mention after =", "=@bob@x.y", 9],
		["no mention after /", "/@bob@x.y", 9],
		["no mention when @ follows", "@bob@x.y@z", 10],
		["no mention when :// follows", "@bob@x.y://z", 12],
		// The server reads `@bob@c.social.https` as the mention, followed by `://`: no mention, the link still 23.
		["no mention when its domain runs into a link", "@bob@c.social.https://a.com/x", 37],
		["nor through a hyphen", "@bob@c.social-https://a.com/x", 37],
		["accented letters belong to the domain", "@bob@x.yé", 4],
		["domain of 253 characters", `@bob@${"d".repeat(253)}`, 4],
		["domain over 253 characters", `@bob@${"d".repeat(254)}`, 259],
		["a mention inside a link stays the link's", "https://a.com/,@bob@c.social", 23],
		["link and mention", "@bob@c.social https://a.com/x", 28],
		["two links", "https://a.com https://b.org/x", 47],
		// a TLD our list lacks (.zip is real): at least 23, as Mastodon links it; never less than the text either
		["short link on a TLD we lack", "See https://nic.zip", 27],
		["long link on a TLD we lack", "https://nic.zip/a/path/longer/than/twenty-three", 47],
		["bare domain on a TLD we lack is still text", "nic.zip", 7],
	])("%s", (_name, text, expected) => {
		expect(countLength("mastodon", text)).toBe(expected);
	});
});

describe("countLength('mastodon'): where Mastodon's wider paths make a longer link, above its count, never below", () => {
	// Mastodon's paths take any character but white space, < > ? and unbalanced parentheses, and its queries
	// characters past ASCII; urls.ts reads X's narrower rules (bytes), so the rest of such a link counts as text.
	it.each([
		["CJK in a path", "https://example.com/日本語 ok", 29, 26],
		["a quotation mark inside a path", 'https://a.com/x"y', 25, 23],
		["parentheses after a full stop", "https://a.com/a.(b)", 27, 23],
		["a query past ASCII", "https://a.com/?q=ü", 24, 23],
	])("%s", (_name, text, ours, mastodons) => {
		expect(countLength("mastodon", text)).toBe(ours);
		expect(ours).toBeGreaterThanOrEqual(mastodons);
	});
});

describe("countLength('linkedin'): UTF-16 code units", () => {
	it.each([
		["ASCII", "abc", 3],
		["é", "é", 1],
		["😀 is a surrogate pair", "😀", 2],
		["family: 4 pairs + 3 joiners", FAMILY, 11],
		["links in full", "https://example.com", 19],
	])("%s", (_name, text, expected) => {
		expect(countLength("linkedin", text)).toBe(expected);
	});
});

describe("fits", () => {
	it.each([
		["x", "a".repeat(280), true],
		["x", "a".repeat(281), false],
		["x", "日".repeat(140), true],
		["x", "日".repeat(141), false],
		["bluesky", "a".repeat(300), true],
		["bluesky", "a".repeat(301), false],
		["bluesky", "😀".repeat(300), true],
		["linkedin", "a".repeat(3000), true],
		["linkedin", "😀".repeat(1501), false],
	] as const)("%s: %#", (id, text, expected) => {
		expect(fits(platformRules(id), text)).toBe(expected);
	});

	it("Bluesky also caps UTF-8 bytes: 121 families are 121 graphemes but 3025 bytes", () => {
		const rules = platformRules("bluesky");
		expect(fits(rules, FAMILY.repeat(120))).toBe(true);
		expect(fits(rules, FAMILY.repeat(121))).toBe(false);
	});

	it("Threads refuses a sixth link however short the post", () => {
		const links = (n: number) => Array.from({ length: n }, (_, i) => `https://e${i}.com`).join(" ");
		const rules = platformRules("threads");
		expect(countLinks(links(6))).toBe(6);
		expect(fits(rules, links(5))).toBe(true);
		expect(fits(rules, links(6))).toBe(false);
	});

	it("Threads counts links without a scheme, and each link once", () => {
		const rules = platformRules("threads");
		const bare = "Sources: www.a.com www.b.com www.c.com www.d.com www.e.com www.f.com";
		expect(countLinks(bare)).toBe(6);
		expect(fits(rules, bare)).toBe(false);
		// "All unique URLs": the same link twice is one.
		expect(countLinks("www.a.com and www.a.com, https://b.com and https://b.com")).toBe(2);
		// A span that is a link only on a TLD we lack counts, as does a scheme only Mastodon links.
		expect(countLinks("example.tokyo, gemini://c.org and d.com")).toBe(3);
	});

	it("Mastodon follows the instance limit", () => {
		const text = "a".repeat(600);
		expect(fits(platformRules("mastodon"), text)).toBe(false);
		expect(fits(platformRules("mastodon", { mastodonLimit: 1000 }), text)).toBe(true);
	});
});
