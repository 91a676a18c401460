/** @jest-environment node */
import { contentTerms, stem, words } from "../../../src/core/snippets/tokens";

describe("stem: forms of one word share a stem", () => {
	it.each([
		["sell", "selling", "sells"],
		["buyer", "buyers", "buyer's"],
		["fix", "fixes", "fixed"],
		["close", "closing", "closed"],
		["referral", "referrals", "referrals"],
		["company", "companies", "companies"],
	])("%s / %s / %s", (a, b, c) => {
		expect(stem(b)).toBe(stem(a));
		expect(stem(c)).toBe(stem(a));
	});

	it("keeps different words apart", () => {
		expect(stem("price")).not.toBe(stem("prospect"));
		expect(stem("sale")).not.toBe(stem("call"));
	});
});

describe("words and contentTerms", () => {
	it("lower-cases, keeps contractions and unifies apostrophes", () => {
		expect(words("Don’t STOP, it's 3.5x!")).toEqual(["don't", "stop", "it's", "3", "5x"]);
	});

	it("reads letters and digits of any script, joins apostrophe-linked letters, and splits on everything else", () => {
		expect(words("Élan’s CAFÉ 𝐀bc 3x—it’s naïve ’quoted’ rock'n'roll l'été 😀ok 4'2")).toEqual([
			"élan's", "café", "𝐀bc", "3x", "it's", "naïve", "quoted", "rock'n'roll", "l'été", "ok", "4", "2",
		]);
	});

	it("drops stopwords and bare numbers, and stems the rest", () => {
		expect(contentTerms("The buyers are selling 12 widgets to you")).toEqual(["buy", "sell", "widget"]);
	});
});
