/** @jest-environment node */
import { countLength, fits, platformRules } from "../../../src/core/social/count";
import { splitThread } from "../../../src/core/social/thread";

const x = platformRules("x");

/** A sentence of about `letters` characters (a little under), starting with `tag` and ending with a full stop. */
function sentence(tag: string, letters: number): string {
	const body = `${tag} ` + "abcd ".repeat(Math.ceil(letters / 5));
	return body.slice(0, letters - 1).trimEnd() + ".";
}

describe("splitThread", () => {
	it("returns text that fits as one unnumbered post", () => {
		expect(splitThread(x, "  Short and sweet.  ", { numbering: "suffix" })).toEqual(["Short and sweet."]);
	});

	it("returns nothing for blank text", () => {
		expect(splitThread(x, " \n\n ", { numbering: "none" })).toEqual([]);
	});

	it("cuts at paragraphs first", () => {
		const a = sentence("A", 200);
		const b = sentence("B", 200);
		expect(splitThread(x, `${a}\n\n${b}`, { numbering: "none" })).toEqual([a, b]);
	});

	it("packs whole sentences when a paragraph is too long", () => {
		const [a, b, c] = [sentence("A", 120), sentence("B", 120), sentence("C", 120)];
		expect(splitThread(x, `${a} ${b} ${c}`, { numbering: "none" })).toEqual([`${a} ${b}`, c]);
	});

	it("a paragraph's tail may share a post with the next paragraph", () => {
		const [a, b, c] = [sentence("A", 200), sentence("B", 100), sentence("C", 100)];
		expect(splitThread(x, `${a} ${b}\n\n${c}`, { numbering: "none" })).toEqual([a, `${b}\n\n${c}`]);
	});

	it("cuts a long sentence at clauses, then words", () => {
		const clause = "abcd ".repeat(20).trim(); // 99 characters
		const text = `${clause}, ${clause}, ${clause}, ${clause}.`;
		expect(splitThread(x, text, { numbering: "none" })).toEqual([`${clause}, ${clause},`, `${clause}, ${clause}.`]);
	});

	// The short sentence used to be a post of its own ("Two words. 1/3"), pushed out before the long one was cut.
	it("a short sentence before one too long for any post shares a post with its first clauses", () => {
		const clause = "abcd ".repeat(20).trim(); // 99 characters
		const text = `Two words. A ${clause}, ${clause}, ${clause}, ${clause}.`;
		const parts = splitThread(x, text, { numbering: "none" });
		expect(parts).toEqual([`Two words. A ${clause}, ${clause},`, `${clause}, ${clause}.`]);
		const numbered = splitThread(x, text, { numbering: "suffix" });
		expect(numbered[0].startsWith(`Two words. A ${clause},`)).toBe(true);
		expect(numbered.every((p) => fits(x, p))).toBe(true);
	});

	it("a word too long for any post is cut on from the open part before it, as a last resort", () => {
		expect(splitThread(x, `Two words. ${"a".repeat(300)}`, { numbering: "none" })).toEqual([`Two words. ${"a".repeat(269)}`, "a".repeat(31)]);
	});

	it("falls back to words when there is no other cut", () => {
		const text = "word ".repeat(100).trim(); // 499 characters
		const parts = splitThread(x, text, { numbering: "none" });
		expect(parts).toEqual(["word ".repeat(56).trim(), "word ".repeat(44).trim()]);
	});

	it("cuts a word longer than a post between graphemes, as a last resort", () => {
		expect(splitThread(x, "a".repeat(300), { numbering: "none" })).toEqual(["a".repeat(280), "a".repeat(20)]);
	});

	it("leaves a link that cannot fit whole, in a post of its own", () => {
		const link = `https://example.com/${"p".repeat(600)}`;
		const parts = splitThread(platformRules("threads"), `Intro text. ${link} outro.`, { numbering: "none" });
		expect(parts).toEqual(["Intro text.", link, "outro."]);
		expect(fits(platformRules("threads"), link)).toBe(false);
		// Bluesky's app posts the same link as example.com/ppppppppppppp...: it fits inline
		expect(splitThread(platformRules("bluesky"), `Intro text. ${link} outro.`, { numbering: "none" })).toEqual([`Intro text. ${link} outro.`]);
	});

	it.each([
		["suffix", (i: number, n: number, part: string) => part.endsWith(` ${i}/${n}`)],
		["prefix", (i: number, n: number, part: string) => part.startsWith(`${i}/${n} `)],
	] as const)("numbers posts (%s) and counts the numbering in each post", (numbering, labelled) => {
		const text = "word ".repeat(100).trim();
		const parts = splitThread(x, text, { numbering });
		expect(parts).toHaveLength(2);
		parts.forEach((part, i) => {
			expect(labelled(i + 1, 2, part)).toBe(true);
			expect(countLength("x", part)).toBeLessThanOrEqual(280);
		});
		expect(countLength("x", parts[0])).toBe(278); // 55 words (274) + " 1/2"
	});

	it("widens the numbering when the thread reaches ten posts", () => {
		const text = "word ".repeat(600).trim();
		const parts = splitThread(x, text, { numbering: "suffix" });
		expect(parts.length).toBeGreaterThanOrEqual(10);
		parts.forEach((part, i) => {
			expect(part.endsWith(` ${i + 1}/${parts.length}`)).toBe(true);
			expect(fits(x, part)).toBe(true);
		});
	});

	it("never cuts inside a link, on Mastodon with a small instance limit", () => {
		const mastodon = platformRules("mastodon", { mastodonLimit: 60 });
		const link = "https://example.com/a/very/long/path/that/is/longer/than/sixty/characters";
		const text = `Read this: ${link} and tell me what you think about it, please.`;
		const parts = splitThread(mastodon, text, { numbering: "none" });
		expect(parts.some((part) => part.includes(link))).toBe(true);
		for (const part of parts) expect(fits(mastodon, part)).toBe(true);
	});

	it.each([
		["CJK without punctuation", platformRules("bluesky"), "日本語の文章はとても長いです".repeat(700)],
		["CJK with commas and full stops", platformRules("threads"), "日本語の文章、とても長いです。".repeat(600)],
		["Thai without spaces", platformRules("mastodon"), "ภาษาไทยไม่มีช่องว่างระหว่างคำ".repeat(400)],
		// One cluster each for Intl.Segmenter, two graphemes each for Mastodon (Ruby 3.4, before rule GB9c).
		["Devanagari and Khmer conjuncts", platformRules("mastodon"), "\u0915\u094D\u0937 \u1781\u17D2\u1798\u17C2\u179A ".repeat(1000)],
		["emoji with skin tones", platformRules("x"), "👍🏽👨‍👩‍👧‍👦".repeat(1500)],
	])("splits a huge %s paragraph into posts that fit and give the text back", (_name, rules, text) => {
		const parts = splitThread(rules, text, { numbering: "suffix" });
		expect(parts.length).toBeGreaterThan(10);
		let at = 0;
		parts.forEach((part, i) => {
			expect(fits(rules, part)).toBe(true);
			const label = ` ${i + 1}/${parts.length}`;
			expect(part.endsWith(label)).toBe(true);
			// Each post is the next stretch of the text; only whitespace is dropped between posts.
			const bare = part.slice(0, -label.length);
			const found = text.indexOf(bare, at);
			expect(text.slice(at, found).trim()).toBe("");
			at = found + bare.length;
		});
		expect(text.slice(at).trim()).toBe("");
	});
});
