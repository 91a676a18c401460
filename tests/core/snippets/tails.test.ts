/** @jest-environment node */
import { cleanMarkdown } from "../../../src/core/snippets/clean";
import { cutNonAuthorText } from "../../../src/core/snippets/tails";

const ARTICLE = "Price is never the real objection.\n\nAsk what it is costing them to wait.\n\nMake it safe to say yes.";

function kept(markdown: string): string[] {
	const clean = cleanMarkdown(markdown);
	const range = cutNonAuthorText(clean.lines);
	return clean.lines.slice(range.from, range.to).map((l) => l.text);
}

function cut(markdown: string) {
	return cutNonAuthorText(cleanMarkdown(markdown).lines);
}

const AUTHOR = ["Price is never the real objection.", "Ask what it is costing them to wait.", "Make it safe to say yes."];

describe("cutNonAuthorText: pasted reader comments at the end", () => {
	it.each([
		["commenter line", "Jane Doe says\nGreat post, thanks!", "commenter"],
		["commenter with colon", "Tom Becker says:\nLove it.", "commenter"],
		["dated commenter", "Mike on March 3, 2014 at 7:12 am said:\nYes.", "commenter"],
		["WordPress date line", "March 3, 2014 at 7:12 am\nSo true.", "comment-date"],
		["numbered greeting", "1. Hi Mike, this happened to us too.", "numbered-greeting"],
		["comments heading", "## 3 Comments\n\nNice.", "comments-heading"],
		["responses heading", "One Response to “Price”\n\nNice.", "comments-heading"],
		["comments label", "Comments\n\nNice.", "comments-heading"],
		["leave a reply", "Leave a reply", "reply-form"],
		["leave a comment form", "Leave a Comment Cancel reply", "reply-form"],
		["blog footer", "Filed under: Sales, Closing", "footer"],
		["commenter in lower case", "jane doe says:\nSilence works.", "commenter"],
		["name and date on one line", "Jane Doe | March 3, 2014\nSilence works.", "commenter"],
		["name line above the date", "Anonymous\nMarch 3, 2014 at 7:12 am\nSilence works.", "comment-date"],
		["comment text above its Reply link", "Silence works. Great post Mike!\nReply", "reply-form"],
		["comment above its Reply link, a blank line between", "Great post, Mike! This is what I needed.\n\nReply", "reply-form"],
		["named comment above its Reply link", "Debbie Hart\n\nGreat post, Mike!\nSo true.\n\nReply\n\nLeave a reply", "reply-form"],
		["comment numbered 1 above the name", "1. I did the colours. Useful.\n\nDebbie Hart says\nNovember 20, 2013 at 8:21 am", "commenter"],
		["Blogger's name line", "Anonymous said...\nThis is so true.\n\nMarch 4, 2014 at 9:12 AM", "commenter"],
		["name line with an ellipsis", "Jane Doe said…\nSo true.", "commenter"],
		["numbered praise", "1. Great post, Mike! We did the same.", "numbered-greeting"],
		["numbered thanks", "1. Thanks for this, it helped.", "numbered-greeting"],
		["share buttons label", "Share this:\n\nTwitter\n\nFacebook", "footer"],
		["like button label", "Like this:\n\nLike Loading...", "footer"],
		["related posts heading", "## Related posts\n\nWhy your best prospects say no", "footer"],
		["categories list", "Categories: Sales, Coaching", "footer"],
	])("cuts from a %s", (_name, tail, reason) => {
		const md = `${ARTICLE}\n\n${tail}`;
		expect(kept(md)).toEqual(AUTHOR);
		expect(cut(md).tail).toBe(reason);
	});

	it.each([
		["love to know your thoughts", "I’d love to know your thoughts… leave a comment below."],
		["comments below", "Tell me in the comments below."],
		["let me know", "Let me know what you think."],
		["share your thoughts", "Share your thoughts with me."],
	])("cuts a closing invitation to comment: %s", (_name, leadIn) => {
		expect(kept(`${ARTICLE}\n\n${leadIn}`)).toEqual(AUTHOR);
		expect(cut(`${ARTICLE}\n\n${leadIn}`).tail).toBe("lead-in");
	});

	it("cuts the lead-in and the comment block after it", () => {
		const md = `${ARTICLE}\n\nI'd love to know your thoughts… comments below.\n\n## 2 Comments\n\nJane Doe says\nMarch 3, 2014 at 7:12 am\n\nHi Mike, yes.\n\nReply\n\nLeave a reply`;
		expect(kept(md)).toEqual(AUTHOR);
	});
});

describe("cutNonAuthorText: a dateline or weather header at the top", () => {
	it.each([
		["weather and time", "Rain 65 Degrees – 6:24 a.m."],
		["temperature in symbols", "Sunny, 72°F"],
		["weather word and clock", "Windy morning, 5:42 am"],
		["date", "March 3, 2014"],
		["posted on date", "Posted on Monday, March 3, 2014"],
		["byline", "By Mike Smith"],
	])("cuts a %s line", (_name, head) => {
		expect(kept(`${head}\n\n${ARTICLE}`)).toEqual(AUTHOR);
		expect(cut(`${head}\n\n${ARTICLE}`).head).not.toBeNull();
	});

	it("cuts a title heading that sits above a dateline together with it", () => {
		expect(kept(`# Title\n\nRain 65 Degrees – 6:24 a.m.\n\n${ARTICLE}`)).toEqual(AUTHOR);
	});

	it("keeps a title heading when no dateline follows", () => {
		expect(kept(`# Title\n\n${ARTICLE}`)).toEqual(["Title", ...AUTHOR]);
	});
});

describe("cutNonAuthorText: never cuts a note without them", () => {
	it.each([
		["plain article", ARTICLE],
		["says mid-sentence", "Everyone says price matters.\n\nIt rarely does.\n\nYour buyer says no.\n\nAsk why."],
		["generic speaker line", "Everyone says\n\nThat is the problem."],
		["numbered advice list", "Three rules:\n\n1. Listen first.\n2. Ask second.\n3. Close third."],
		["a date inside prose", "On March 3, 2014 I lost my biggest deal.\n\nIt taught me to listen."],
		["weather inside prose", "It was raining at 6:24 a.m. when the buyer called, and I was not ready for him at all."],
		["question to readers mid-article", "What do you think a buyer wants?\n\nCertainty.\n\nGive it to them."],
		["a comment word in prose", "The comments section of a proposal is where deals die.\n\nKeep it short."],
		["a line ending in a lower-case 'says:'", "The contract says:\n\nNo refunds after thirty days."],
		["a name and a dash in prose", "Price – what the buyer hears first.\n\nSay it calmly."],
		// prose that opens like blog furniture or a comment (QA notes of session 20)
		["an author's list opening with praise words", "Three habits:\n\n1. Thank-you notes beat follow-up emails.\n2. Great salespeople write them by hand.\n3. Good notes are short."],
		["a heading that opens with Categories", "Objections come in kinds.\n\n## Categories of objections\n\nPrice, timing, trust."],
		["a sentence opening with Like this", "Agree on the next step.\n\nLike this, the buyer never has to wonder what happens next.\n\nA call without a next step is a conversation."],
		["a sentence opening with Share this", "Keep a list of lost deals.\n\nShare this with your team before Monday and ask each person for one lesson.\n\nThen read it again."],
		["a name quoting someone in a blockquote", "My grandfather sold shoes for forty years.\n\nGrandpa Joe said:\n> Nobody buys shoes. They buy dry feet.\n\nHe was right."],
		["a name quoting someone in quotation marks", "The best advice came from a buyer.\n\nMaria Lopez wrote:\n“Tell me what breaks first.”\n\nI still ask that."],
	])("%s", (_name, md) => {
		const clean = cleanMarkdown(md);
		expect(cutNonAuthorText(clean.lines)).toEqual({ from: 0, to: clean.lines.length, head: null, tail: null });
	});

	it("keeps an author's list, and a one-word sentence, that end just before a commenter", () => {
		expect(kept(`${ARTICLE}\n\n1. Listen.\n2. Ask.\n\nJane Doe says\nNice.`)).toEqual([...AUTHOR, "Listen.", "Ask."]);
		expect(kept(`${ARTICLE}\n\nListen.\n\nJane Doe says\nNice.`)).toEqual([...AUTHOR, "Listen."]);
	});

	it("never cuts the first author line as a comment block", () => {
		const clean = cleanMarkdown("Leave a reply\n\nEverything else.");
		expect(cutNonAuthorText(clean.lines).from).toBe(0);
		expect(cutNonAuthorText(clean.lines).to).toBe(2);
	});

	it("handles no lines at all", () => {
		expect(cutNonAuthorText([])).toEqual({ from: 0, to: 0, head: null, tail: null });
	});
});
