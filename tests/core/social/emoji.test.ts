/** @jest-environment node */
import { emojiAt, isEmojiGrapheme } from "../../../src/core/social/emoji";
import { asciiLabelLength } from "../../../src/core/social/punycode-length";

describe("emojiAt", () => {
	it.each([
		["family", "👨‍👩‍👧‍👦!", "👨‍👩‍👧‍👦"],
		["skin tone", "👍🏽 ok", "👍🏽"],
		["text-style base keeps VS16 before a tone", "✌️🏻", "✌️🏻"],
		["flag", "🇫🇷🇩🇪", "🇫🇷"],
		["not a region: the regional indicators stand alone", "🇫🇩", "🇫"],
		["keycap", "1️⃣", "1️⃣"],
		["keycap without VS16", "1\u20E3", "1\u20E3"],
		["Scotland", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"],
		["a subdivision flag Unicode does not recommend (Texas) is the black flag alone", "\u{1F3F4}\u{E0075}\u{E0073}\u{E0074}\u{E0078}\u{E007F}", "\u{1F3F4}"],
		["rainbow flag", "🏳️‍🌈", "🏳️‍🌈"],
		["VS16 stays apart from emoji-style ✅", "✅️", "✅"],
		["bare ©", "©", "©"],
		["text joined by ZWJ is no chain", "™\u200D™", "™"],
	])("%s", (_name, text, expected) => {
		expect(emojiAt(text, 0)).toBe(expected);
	});

	it.each([["a"], ["1"], ["#"], ["\u200D"], ["日"]])("no emoji at %p", (text) => {
		expect(emojiAt(text, 0)).toBeNull();
	});

	it("looks at the given index only", () => {
		expect(emojiAt("ab😀", 2)).toBe("😀");
		expect(emojiAt("ab😀", 1)).toBeNull();
	});
});

describe("isEmojiGrapheme", () => {
	it.each([
		["😀", true],
		["❤️", true],
		["❤", false],
		["©", false],
		["©️", true],
		["🇫🇷", true],
		["1️⃣", true],
		["⌚", true],
		["a", false],
		["e\u0301", false],
		["😀🏽", true],
		["©\u0301", false],
	])("%p → %p", (grapheme, expected) => {
		expect(isEmojiGrapheme(grapheme)).toBe(expected);
	});
});

describe("asciiLabelLength (IDNA / RFC 3492)", () => {
	it.each([
		["example", 7],
		["münchen", "xn--mnchen-3ya".length],
		["bücher", "xn--bcher-kva".length],
		["例え", "xn--r8jz45g".length],
		["テスト", "xn--zckzah".length],
		["中文", "xn--fiq228c".length],
		["ドメイン名例", "xn--eckwd4c7cu47r2wf".length],
		["😀", "xn--e28h".length],
		["例。え", "xn--fsq.xn--r8j".length],
		["", 0],
	])("%p", (label, expected) => {
		expect(asciiLabelLength(label)).toBe(expected);
	});
});
