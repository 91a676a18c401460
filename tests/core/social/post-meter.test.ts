/** @jest-environment node */
import * as count from "../../../src/core/social/count";
import { fits, platformRules, PLATFORM_IDS } from "../../../src/core/social/count";
import type { PlatformRules } from "../../../src/core/social/count";
import { GraphemeIndex } from "../../../src/core/social/grapheme-index";
import { PostMeter } from "../../../src/core/social/post-meter";

const RULES: [string, PlatformRules][] = [
	...PLATFORM_IDS.map((id): [string, PlatformRules] => [id, platformRules(id)]),
	["mastodon 40", platformRules("mastodon", { mastodonLimit: 40 })],
	["x tiny", { ...platformRules("x"), limit: 30 }],
	["bluesky bytes", { ...platformRules("bluesky"), limit: 100, maxBytes: 120 }],
	["threads 2 links", { ...platformRules("threads"), limit: 60, maxLinks: 2 }],
];

/**
 * Pieces that take every path: plain, CJK, Thai, emoji (flags, keycaps, ZWJ), links with and without a scheme (three
 * bare ones together, past the 2-link cap), combining and prepended marks, mentions (Mastodon counts a remote one as
 * its name), conjuncts (Mastodon counts their parts).
 */
const TEXT = [
	// conjuncts: one cluster for Intl.Segmenter, two for Mastodon (a virama; a Khmer coeng)
	"\u0915\u094D\u0937 \u1781\u17D2\u1798\u17C2\u179A",
	"Plain words here, and more.",
	"日本語の文章、とても長い。",
	"ภาษาไทยไม่มีช่องว่าง",
	"👍🏽👨‍👩‍👧‍👦🇫🇷🇦 1️⃣ ❤️ ©",
	"see https://example.com/a and http://b.io x.de",
	"\u0301start e\u0301 \u0600end\u0600",
	"\r\n中文 a.b",
	"sources: www.a.com, go.io and c.org.",
	"cc @alice@mastodon.social, @bob and x@c@d.e",
].join(" ");

const LABELS: [string, string][] = [
	["", ""],
	["", " 3/12"],
	["12/12 ", ""],
];

describe("PostMeter", () => {
	it.each(RULES)("answers exactly as fits() on %s, for slices and labels of every kind", (_name, rules) => {
		const meter = new PostMeter(rules, TEXT, () => new GraphemeIndex(TEXT));
		for (const [before, after] of LABELS) {
			for (let start = 0; start < TEXT.length; start += 3) {
				for (let end = start + 1; end <= TEXT.length; end += 7) {
					const expected = fits(rules, before + TEXT.slice(start, end) + after);
					expect([start, end, before, after, meter.fits(start, end, before, after)]).toEqual([start, end, before, after, expected]);
				}
			}
		}
	});

	it("agrees with fits() on a long text, for posts ending anywhere near the limit", () => {
		const text = "ภาษาไทยไม่มีช่องว่าง👍🏽中文, ".repeat(200);
		const index = new GraphemeIndex(text);
		for (const rules of RULES.map(([, r]) => r)) {
			const meter = new PostMeter(rules, text, () => index);
			for (let k = 0; k + 400 < index.starts.length; k += 211) {
				for (let n = 1; n < 400; n += 9) {
					const [start, end] = [index.starts[k], index.starts[k + n]];
					expect(meter.fits(start, end, "", " 9/9")).toBe(fits(rules, `${text.slice(start, end)} 9/9`));
				}
			}
		}
	});

	it("counts a conjunct as its parts on Mastodon, where Intl.Segmenter has one cluster", () => {
		const text = "\u0915\u094D\u0937 \u1781\u17D2\u1798\u17C2\u179A ".repeat(20); // क्ष ខ្មែរ: 2 + 1 + 3 + 1 graphemes there
		const index = new GraphemeIndex(text);
		const rules = platformRules("mastodon", { mastodonLimit: 40 });
		const meter = new PostMeter(rules, text, () => index);
		const answers = index.starts.slice(1).map((end) => [end, meter.fits(0, end, "", "")]);
		expect(answers).toEqual(index.starts.slice(1).map((end) => [end, fits(rules, text.slice(0, end))]));
		expect(count.countLength("mastodon", text.slice(0, 10))).toBe(7);
	});

	it.each(["x", "bluesky", "threads", "mastodon"] as const)("adds up %s posts of link-free text on cluster boundaries without counting them", (id) => {
		const text = "ภาษาไทยไม่มีช่องว่าง👍🏽👨‍👩‍👧‍👦中文, ".repeat(50);
		const index = new GraphemeIndex(text);
		const meter = new PostMeter(platformRules(id), text, () => index);
		const counted = jest.spyOn(count, "fits");
		const answers = [];
		for (let n = 1; n < 600; n += 7) answers.push(meter.fits(index.starts[3], index.starts[3 + n], "", " 10/10"));
		expect(counted).not.toHaveBeenCalled();
		counted.mockRestore();
		expect(answers).toContain(true);
		expect(answers).toContain(false);
	});
});
