/** @jest-environment node */
import { buildUnits, sentencesOf } from "../../../src/core/snippets/candidates";
import { cleanMarkdown } from "../../../src/core/snippets/clean";
import { maskUrls, splitSentences } from "../../../src/core/snippets/segment";
import { sentenceCues } from "../../../src/core/snippets/sentence-cues";
import { cutNonAuthorText } from "../../../src/core/snippets/tails";

const split = (text: string): string[] => splitSentences(text).map((p) => text.slice(p.start, p.end));

describe("splitSentences", () => {
	it.each([
		["two plain sentences", "Ask first. Then listen.", ["Ask first.", "Then listen."]],
		["Mr. and Dr.", "Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]],
		["e.g. and i.e.", "Use a hook, e.g. A question. Or a fact, i.e. Proof. Done.", ["Use a hook, e.g. A question.", "Or a fact, i.e. Proof.", "Done."]],
		["U.S.", "Sales in the U.S. Market grew. Fine.", ["Sales in the U.S. Market grew.", "Fine."]],
		["initials", "Ask J. Smith today. Then call.", ["Ask J. Smith today.", "Then call."]],
		[
			"abbreviation after a long stretch, with quotes and spaces",
			"After a long and winding talk about pricing, margins and the quarter ahead, we finally met Dr.”  Jones. Then we left.",
			["After a long and winding talk about pricing, margins and the quarter ahead, we finally met Dr.”  Jones.", "Then we left."],
		],
		["initial after a long stretch", "The whole team spent the better part of the spring quarter waiting on A. Smith. Then we shipped.", ["The whole team spent the better part of the spring quarter waiting on A. Smith.", "Then we shipped."]],
		["a word ending like an abbreviation is no abbreviation", "He wrote a long memo about the best. Then he left.", ["He wrote a long memo about the best.", "Then he left."]],
		["URL with dots", "Read https://example.com/a.b.c now. Then act.", ["Read https://example.com/a.b.c now.", "Then act."]],
		["bare domain", "Visit example.com. Then act.", ["Visit example.com.", "Then act."]],
		["decimal", "It costs 3.5 times more. Pay it.", ["It costs 3.5 times more.", "Pay it."]],
		["ellipsis mid-sentence", "Wait... and then ask. Done.", ["Wait... and then ask.", "Done."]],
		["question and exclamation", "Really? Yes! Good.", ["Really?", "Yes!", "Good."]],
		["quoted sentence", "He said \"Stop.\" Then he left.", ["He said \"Stop.\"", "Then he left."]],
		["next piece starts lower-case", "It was 5 p.m. and late. Go home.", ["It was 5 p.m. and late.", "Go home."]],
		["emoji ending a line stays with its sentence", "Rest. Ship it. 🚀", ["Rest.", "Ship it. 🚀"]],
		["emoji before the stop", "Ship it 🚀. Then rest.", ["Ship it 🚀.", "Then rest."]],
		["emoji inside", "Sell 🚀 more. Now.", ["Sell 🚀 more.", "Now."]],
		["line breaks end sentences", "No stop here\nNew line", ["No stop here", "New line"]],
		// hard-wrapped text (imported posts, e-mails): a line cut mid-sentence goes on in lower case on the next
		["a hard-wrapped sentence", "A no is information. It tells you something about\nthe offer, the timing or the fit.", ["A no is information.", "It tells you something about\nthe offer, the timing or the fit."]],
		["a hard-wrapped line without inner stops", "Selling is a team sport played by people who\nnever meet the buyer.", ["Selling is a team sport played by people who\nnever meet the buyer."]],
		["a line that stopped is not a wrap", "Ask first.\nthen listen.", ["Ask first.", "then listen."]],
		["Japanese stops without spaces", "断られることは失敗ではない。それは学びのチャンスだ。", ["断られることは失敗ではない。", "それは学びのチャンスだ。"]],
		["Chinese question and exclamation", "你为什么不问？问吧！", ["你为什么不问？", "问吧！"]],
		["the Devanagari danda", "कोल्ड कॉल मरा नहीं है। तैयारी ही सब कुछ है।", ["कोल्ड कॉल मरा नहीं है।", "तैयारी ही सब कुछ है।"]],
		["single sentence", "Just one line.", ["Just one line."]],
		["empty", "", []],
	])("%s", (_name, text, expected) => {
		expect(split(text)).toEqual(expected);
	});

	it("masks URL dots without moving offsets", () => {
		const text = "See https://a.io/c.d?e=f.g now, or example.com.";
		expect(maskUrls(text)).toBe("See https://a_io/c_d_e=f_g now, or example_com.");
	});

	it.each([
		["a stop right after a link ends the sentence", "Read https://example.com/a. Then go.", ["Read https://example.com/a.", "Then go."]],
		["a stop inside a link does not", "Read https://example.com/a.B/c now. Go.", ["Read https://example.com/a.B/c now.", "Go."]],
		["a bare domain", "Visit example.com. Then rest.", ["Visit example.com.", "Then rest."]],
	])("%s", (_name, text, expected) => {
		expect(split(text)).toEqual(expected);
	});
});

function unitsOf(markdown: string): Array<[string, string]> {
	const clean = cleanMarkdown(markdown);
	const sentences = sentencesOf(clean, cutNonAuthorText(clean.lines));
	return buildUnits(sentences, sentences.map((s) => sentenceCues(s.text))).map((u) => [u.kind, u.text]);
}

describe("buildUnits: candidates", () => {
	it("offers each sentence and a short paragraph of two sentences as one unit", () => {
		expect(unitsOf("Nice people get remembered. Useful people get paid.")).toEqual([
			["sentence", "Nice people get remembered."],
			["sentence", "Useful people get paid."],
			["paragraph", "Nice people get remembered. Useful people get paid."],
		]);
	});

	it("joins Chinese and Japanese sentences without a space, as they are written", () => {
		expect(unitsOf("断られることは失敗ではない。それは学びのチャンスだ。")).toContainEqual(["paragraph", "断られることは失敗ではない。それは学びのチャンスだ。"]);
	});

	it("does not make a paragraph unit of four sentences", () => {
		const kinds = unitsOf("One is here. Two is here. Three is here. Four is here.").map(([k]) => k);
		expect(kinds).not.toContain("paragraph");
	});

	it.each(["They", "It", "This", "That", "These", "Those"])("joins a sentence opening with %s to the one before", (word) => {
		const units = unitsOf(`Nobody buys because you are desperate.\n\n${word} buy because they need it.`);
		expect(units).toContainEqual(["pair", `Nobody buys because you are desperate. ${word} buy because they need it.`]);
	});

	it("joins an elliptical answer to the sentence before it", () => {
		const units = unitsOf("It sounds small. It works. Small habits survive bad weeks. Big plans don't.");
		expect(units).toContainEqual(["pair", "Small habits survive bad weeks. Big plans don't."]);
	});

	it("pairs two parallel sentences inside a longer paragraph", () => {
		const units = unitsOf("Here is the thing. Scripts fix words. Coaching fixes judgement. So coach.");
		expect(units).toContainEqual(["pair", "Scripts fix words. Coaching fixes judgement."]);
	});

	it("does not pair two items of a longer list that open alike", () => {
		const pairs = (text: string) => unitsOf(text).filter(([k]) => k === "pair").map(([, t]) => t);
		expect(pairs("Your voice. Your pitch. Your face on the video call. Maybe it is you.")).toEqual([]);
		expect(pairs("So here it is. Nice people get remembered. Nice people get liked. Nice people get lunch.")).toEqual([]);
		expect(pairs("I counted. Not ads. Not cold outreach. Someone who trusted me telling someone who did not.")).toEqual([]);
		expect(pairs("I counted. Not ads. Not cold outreach.")).toEqual(["Not ads. Not cold outreach."]);
		// only two items: the antithesis stands, as does a pair that turns a negation inside a run
		expect(pairs("So here it is. Nice people get remembered. Nice people get paid. So be nice.")).toEqual([
			"Nice people get remembered. Nice people get paid.",
		]);
		expect(pairs("Look at it. You can call. You can write. You can't write well.")).toEqual(["You can write. You can't write well."]);
	});

	it("does not pair unrelated neighbours", () => {
		const units = unitsOf("Call early in the day. Buyers read email at lunch. Bring coffee.");
		expect(units.filter(([k]) => k === "pair")).toEqual([]);
	});
});

describe("trailing whitespace", () => {
	// splitSentences measures trailing whitespace with trimEnd; the pieces it merges were once trimmed with /\s/.
	it("trimEnd drops exactly the characters /\\s/ matches", () => {
		for (let cp = 0; cp <= 0xffff; cp++) {
			const ch = String.fromCharCode(cp);
			expect(`a${ch}`.trimEnd().length === 1).toBe(/\s/.test(ch));
		}
	});
});
