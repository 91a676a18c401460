/** @jest-environment node */
import { buildIdf, findKeyLines, scoreCandidates, type KeyLine, type KeyLineOptions } from "../../../src/core/snippets/key-lines";

function lineFor(markdown: string, text: string, options: KeyLineOptions = {}): KeyLine {
	const found = scoreCandidates(markdown, options).find((k) => k.text === text);
	if (!found) throw new Error(`no key line "${text}"`);
	return found;
}

const FILLER = "Buyers compare options for weeks before they call anyone.\n\nMost of them already know the price range.";

// Each scoring feature appears on a candidate that has the cue and not on a similar one that lacks it:
// [feature, last paragraph with the cue, the key line to inspect, paragraph without it, its key line, options]
const FEATURES: Array<[string, string, string, string, string, KeyLineOptions]> = [
	["setApart", "Price is never the real objection.", "Price is never the real objection.", "Price is never the real objection. Trust usually is, and trust takes time.", "Price is never the real objection.", {}],
	["emphasis", "Say the number **and stop**.", "Say the number and stop.", "Say the number and stop.", "Say the number and stop.", {}],
	["contrast", "Sell the outcome, not the features.", "Sell the outcome, not the features.", "Sell the outcome and the features.", "Sell the outcome and the features.", {}],
	["imperative", "Stop apologising for your price.", "Stop apologising for your price.", "Reps apologise for their price.", "Reps apologise for their price.", {}],
	["secondPerson", "Your price is not a confession.", "Your price is not a confession.", "The price is not a confession.", "The price is not a confession.", {}],
	["title", "Referrals come from happy clients.", "Referrals come from happy clients.", "Introductions come from happy clients.", "Introductions come from happy clients.", { title: "Ask for referrals" }],
	["tags", "Prospecting starts with homework.", "Prospecting starts with homework.", "Calling starts with homework.", "Calling starts with homework.", { tags: ["sales/prospecting"] }],
	["dangling", "He never asked for the order.", "He never asked for the order.", "The rep never asked for the order.", "The rep never asked for the order.", {}],
	["dangling", "Go collect some.", "Go collect some.", "Go collect some referrals.", "Go collect some referrals.", {}],
	["dangling", "Say it to a colleague before the call.", "Say it to a colleague before the call.", "Say the price to a colleague before the call.", "Say the price to a colleague before the call.", {}],
	["dangling", "None of them owe you a meeting.", "None of them owe you a meeting.", "None of your prospects owe you a meeting.", "None of your prospects owe you a meeting.", {}],
	["dangling", "“We are happy with our vendor.”", "“We are happy with our vendor.”", "Happy buyers keep their vendor.", "Happy buyers keep their vendor.", {}],
	["callToAction", "P.S. Forward it to a colleague.", "P.S. Forward it to a colleague.", "Send the proposal to a colleague.", "Send the proposal to a colleague.", {}],
	// (a line that only signs off is never offered: the feature weighs a sign-off that opens a longer line)
	["signOff", "Thanks for the question. Discounts are a tax on nerves.", "Thanks for the question. Discounts are a tax on nerves.", "Good question. Discounts are a tax on nerves.", "Good question. Discounts are a tax on nerves.", {}],
	["timeReference", "Last week a buyer told me the price was fine.", "Last week a buyer told me the price was fine.", "A buyer told me the price was fine.", "A buyer told me the price was fine.", {}],
	["callToAction", "Subscribe to get the pricing checklist.", "Subscribe to get the pricing checklist.", "Keep a pricing checklist by the phone.", "Keep a pricing checklist by the phone.", {}],
	["link", "Read [[Pricing note|the pricing note]] first.", "Read the pricing note first.", "Read the pricing note first.", "Read the pricing note first.", {}],
	["question", "What would you say to a buyer who wants a discount?", "What would you say to a buyer who wants a discount?", "Say no to a buyer who wants a discount.", "Say no to a buyer who wants a discount.", {}],
	["parallel", "Nice people get remembered. Useful people get paid.", "Nice people get remembered. Useful people get paid.", "Nice people get remembered. Buyers sign contracts.", "Nice people get remembered. Buyers sign contracts.", {}],
	["definition", "A no is information.", "A no is information.", "Treat a no as information.", "Treat a no as information.", {}],
	["firstPerson", "I think discounts are a tax on nerves.", "I think discounts are a tax on nerves.", "Discounts are a tax on nerves.", "Discounts are a tax on nerves.", {}],
	["heading", "## Price is never the objection", "Price is never the objection", "Price is never the objection", "Price is never the objection", {}],
];

describe("findKeyLines: each feature fires where its cue is and not elsewhere", () => {
	it.each(FEATURES)("%s", (feature, yesMd, yesText, noMd, noText, options) => {
		expect(lineFor(`${FILLER}\n\n${yesMd}`, yesText, options).features[feature]).toBeDefined();
		expect(lineFor(`${FILLER}\n\n${noMd}`, noText, options).features[feature]).toBeUndefined();
	});

	it("reads a command with a bare it as standing alone only with a verb that makes an idiom of it", () => {
		for (const text of ["Make it safe to say yes.", "Write it down.", "Keep it short."]) {
			expect(lineFor(`${FILLER}\n\n${text}`, text).features.dangling).toBeUndefined();
		}
		expect(lineFor(`${FILLER}\n\nShow them the numbers first.`, "Show them the numbers first.").features.dangling).toBeDefined();
	});

	it("gives full length credit inside the band and none to a sprawling sentence", () => {
		const long = `${"This sentence keeps going with more and more words about buyers and prices ".repeat(4).trim()}.`;
		expect(lineFor(`${FILLER}\n\nA fast no beats a slow maybe.`, "A fast no beats a slow maybe.").features.length).toBeGreaterThan(0);
		expect(lineFor(`${FILLER}\n\n${long}`, long).features.length).toBeUndefined();
	});

	it("explains every score: the features add up to it", () => {
		for (const k of findKeyLines(`${FILLER}\n\nStop apologising for your price.\n\nYour price is not a confession.`)) {
			const sum = Object.values(k.features).reduce((a, b) => a + b, 0);
			expect(sum).toBeCloseTo(k.score, 2);
		}
	});
});

describe("findKeyLines: forced lines", () => {
	const md = [
		"---",
		"title: Forced",
		"---",
		"Buyers compare options for weeks.",
		"",
		"A plain line. ==The highlighted phrase is a sentence.== More after it.",
		"",
		"> [!quote]",
		"> Quote this callout.",
		"",
		"Keep this one for sure. ^snippet",
		"",
		"Nobody buys because you are desperate. They buy because they are.",
	].join("\n");

	it("ranks forced lines first, in note order, with the reason and source line", () => {
		const lines = findKeyLines(md);
		expect(lines.slice(0, 3).map((k) => [k.forced, k.text, k.line])).toEqual([
			["highlight", "The highlighted phrase is a sentence.", 6],
			["quote-callout", "Quote this callout.", 9],
			["block-id", "Keep this one for sure.", 11],
		]);
		expect(lines.slice(3).every((k) => k.forced === undefined)).toBe(true);
	});

	it("does not repeat a forced line as a picked one", () => {
		const texts = findKeyLines(md, { count: 20 }).map((k) => k.text);
		expect(texts.filter((t) => t.includes("highlighted phrase"))).toEqual(["The highlighted phrase is a sentence."]);
	});

	it("reads a highlighted word as emphasis, not as a line to force", () => {
		const lines = findKeyLines("I'm ==really== sure the pause is where the buyer decides.\n\nSay the number. Then stop talking.", { count: 5 });
		expect(lines.some((k) => k.forced !== undefined)).toBe(false);
		const stressed = lines.find((k) => k.text.startsWith("I'm really sure"));
		expect(stressed?.features.emphasis).toBeGreaterThan(0);
	});
});

describe("findKeyLines: picking", () => {
	const note = [
		"Every sales team has one.",
		"",
		"Nobody buys because you are desperate. They buy because they are.",
		"",
		"Nobody buys because you are desperate.",
		"",
		"Price is almost never the real objection. It's the polite one.",
		"",
		"Last week I called a buyer and he said no.",
		"",
		"Click the link below to subscribe.",
		"",
		"Keep the warmth. Add the spine.",
	].join("\n");

	it("reports the 1-based source line where each key line starts", () => {
		for (const k of findKeyLines(note, { count: 10 })) {
			expect(note.split("\n")[k.line - 1]).toContain(k.text.split(". ")[0].replace(/\.$/, ""));
		}
	});

	it("never picks lines that share a sentence or repeat one another", () => {
		const texts = findKeyLines(note, { count: 3 }).map((k) => k.text);
		const desperate = texts.filter((t) => t.includes("Nobody buys because you are desperate"));
		expect(desperate.length).toBeLessThanOrEqual(1);
	});

	it("ranks calls to action and dated stories last", () => {
		const texts = findKeyLines(note, { count: 10 }).map((k) => k.text);
		expect(texts.slice(0, 3)).not.toContain("Click the link below to subscribe.");
		expect(texts.slice(0, 3)).not.toContain("Last week I called a buyer and he said no.");
	});

	it("respects count", () => {
		expect(findKeyLines(note, { count: 2 })).toHaveLength(2);
		expect(findKeyLines(note, { count: 0 })).toEqual([]);
		expect(findKeyLines(note)).toHaveLength(5);
	});

	it("never picks pasted reader comments", () => {
		const md = `${note}\n\n## 2 Comments\n\nJane Doe says\nMarch 3, 2014 at 7:12 am\n\nStop pitching and start listening, it's not about you.\n\nLeave a reply`;
		expect(findKeyLines(md, { count: 20 }).map((k) => k.text).join(" ")).not.toContain("Stop pitching");
	});

	it("lists picked lines best score first", () => {
		const scores = findKeyLines(note, { count: 5 }).map((k) => k.score);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});

	it("picks a line the note repeats once, even when the note repeats it many times", () => {
		const refrain = ["Write it down.", "Your memory is not a CRM.", "Small promises kept build trust."];
		const md = Array.from({ length: 100 }, (_, i) => refrain[i % 3]).join("\n\n");
		const texts = findKeyLines(md, { count: 5 }).map((k) => k.text);
		expect(new Set(texts).size).toBe(texts.length);
		expect([...texts].sort()).toEqual([...refrain].sort());
	});

	it("skips a heading that repeats the title, and gives other headings no set-apart credit", () => {
		const md = "---\ntitle: 📄 Rejection is data\n---\n# Rejection is data\n\n## The real lesson\n\n" + note;
		const lines = scoreCandidates(md);
		expect(lines.map((k) => k.text)).not.toContain("Rejection is data");
		expect(lines.find((k) => k.text === "The real lesson")?.features.setApart ?? 0).toBe(0);
	});

	it("finds a strong line late in a long note, and never offers a sentence too long to post", () => {
		const filler = Array.from({ length: 450 }, (_, i) => `Meeting ${i} was on a Tuesday and we talked about the weather for a while.`);
		const md = [...filler, "A fast no is cheaper than a slow maybe.", "word ".repeat(200) + "end."].join("\n\n");
		const texts = scoreCandidates(md).map((k) => k.text);
		expect(findKeyLines(md, { count: 1 })[0].text).toBe("A fast no is cheaper than a slow maybe.");
		expect(texts.every((t) => t.length <= 500)).toBe(true);
	});

	it("is deterministic", () => {
		const a = JSON.stringify(findKeyLines(note, { count: 10 }));
		for (let i = 0; i < 5; i++) expect(JSON.stringify(findKeyLines(note, { count: 10 }))).toBe(a);
	});

	it("uses idf when given and stays deterministic", () => {
		const idf = buildIdf([note, FILLER, "Buyers buy. Buyers compare."]);
		const a = JSON.stringify(findKeyLines(note, { idf }));
		expect(JSON.stringify(findKeyLines(note, { idf }))).toBe(a);
	});
});

describe("findKeyLines: lines that are never posts", () => {
	it.each([
		["one word", "Ok."],
		["one word in marks", "“Exactly!”"],
		["only emoji", "🔥🔥🔥"],
		["a sign-off", "Happy new year. See you in January."],
		["a greeting", "Hi Mike,"],
		["a line announcing what follows", "Three rules for the first call:"],
	])("offers nothing from a note that is only %s", (_name, md) => {
		expect(findKeyLines(md)).toEqual([]);
	});

	it("offers no line that held inline maths, forced or not, and keeps its neighbours", () => {
		const md = "Price matters. The formula $v = p \\times q$ is how I think about value.\n\n==Use $x$ when they push back.==\n\nA fast no beats a slow maybe.";
		const texts = scoreCandidates(md).map((k) => k.text);
		expect(texts.filter((t) => /formula|Use/.test(t))).toEqual([]);
		expect(texts).toEqual(expect.arrayContaining(["Price matters.", "A fast no beats a slow maybe."]));
		expect(findKeyLines(md, { count: 10 }).map((k) => k.text)).toEqual(expect.arrayContaining(["Price matters.", "A fast no beats a slow maybe."]));
		expect(findKeyLines(md, { count: 10 }).some((k) => /formula|Use|\$|\ufffc/.test(k.text))).toBe(false);
	});

	it("still offers two words, a sign-off's neighbour, and a sentence in a script without spaces", () => {
		expect(findKeyLines("Be useful.").map((k) => k.text)).toEqual(["Be useful."]);
		expect(findKeyLines("Price is never the real objection.\n\nSee you next week.").map((k) => k.text)).toEqual(["Price is never the real objection."]);
		expect(findKeyLines("価格は本当の反対理由ではない。").map((k) => k.text)).toEqual(["価格は本当の反対理由ではない。"]);
	});

	it("leaves out a line whose cues weigh against it on balance, even with room to spare", () => {
		const md = "Price is never the real objection.\n\nLast week I called him and he said the price was fine?";
		expect(scoreCandidates(md).map((k) => k.text)).toContain("Last week I called him and he said the price was fine?");
		expect(scoreCandidates(md).find((k) => k.text.startsWith("Last week"))!.score).toBeLessThanOrEqual(0);
		expect(findKeyLines(md, { count: 5 }).map((k) => k.text)).toEqual(["Price is never the real objection."]);
	});

	it("leaves out a caption in italics right under an image, not italics elsewhere or a plain line under an image", () => {
		const md = "![](https://example.com/img/phone.jpg)\n*A rep on the phone at 8 a.m. in our Chicago office.*\n\nGood calls start with a good list.\n\n*Italic on its own is emphasis.*\n\n![[team.png]]\nPlain line under an image stays.\n\n![[desk.png]]\n\n_A blank line before it makes it prose._";
		expect(findKeyLines(md, { count: 10 }).map((k) => k.text).sort()).toEqual(
			["A blank line before it makes it prose.", "Good calls start with a good list.", "Italic on its own is emphasis.", "Plain line under an image stays."].sort(),
		);
	});

	it("offers the quotation, not the line that introduces it", () => {
		const md = "My grandfather sold shoes for forty years.\n\nGrandpa Joe said:\n> Nobody buys shoes. They buy dry feet.\n\nHe was right.";
		const texts = findKeyLines(md, { count: 10 }).map((k) => k.text);
		expect(texts).not.toContain("Grandpa Joe said:");
		expect(texts.some((t) => t.includes("They buy dry feet."))).toBe(true);
	});
});

describe("findKeyLines: garbage in, no exception out", () => {
	it.each([
		["empty", ""],
		["whitespace", " \n\t\n "],
		["only frontmatter", "---\ntitle: x\ntags: [a]\n---\n"],
		["100k-char line", "word ".repeat(20000)],
		["100k of sentences", "Short one. ".repeat(9000)],
		["100k of punctuation", ".?!".repeat(33000)],
		["brackets and markers", "[[[[ ]] ** == __ ~~ %% <!-- ``` > [!quote] ^snippet".repeat(50)],
		["lone surrogates", "\uD800\uDC00\uD800 text \uDFFF."],
		["non-string", undefined as unknown as string],
	])("%s", (_name, md) => {
		expect(() => findKeyLines(md)).not.toThrow();
		expect(Array.isArray(findKeyLines(md))).toBe(true);
	});

	it("returns nothing for an empty note", () => {
		expect(findKeyLines("")).toEqual([]);
		expect(findKeyLines("---\ntitle: x\n---\n")).toEqual([]);
	});
});

describe("buildIdf", () => {
	const idf = buildIdf(["Buyers buy value.", "Buyers compare price.", "Buyers hate pressure.", "Referrals are trust."]);

	it("weighs words common across notes less than rare ones", () => {
		expect(idf("buyer")).toBeLessThan(idf("referral"));
	});

	it("gives unseen words the highest weight", () => {
		expect(idf("zeppelin")).toBeGreaterThan(idf("referral"));
	});

	it("accepts surface forms as well as stems", () => {
		expect(idf("Buyers")).toBeCloseTo(idf("buyer"), 10);
	});

	it("copes with no documents", () => {
		expect(buildIdf([])("anything")).toBeGreaterThan(0);
	});
});
