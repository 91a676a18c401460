/** @jest-environment node */
import * as cue from "../../../src/core/snippets/cues";
import { parallelism, turnsNegation } from "../../../src/core/snippets/pair-cues";
import { sentenceCues } from "../../../src/core/snippets/sentence-cues";

type Predicate = (s: string) => boolean;

// Each cue fires on a sentence that has it and stays quiet on a near neighbour that does not.
const TABLE: Array<[string, Predicate, string, string]> = [
	["opposes: X, not Y", cue.opposes, "Sell the outcome, not the features.", "Sell the outcome and the features."],
	["opposes: instead of", cue.opposes, "Get curious instead of cheaper.", "Get curious and then cheaper."],
	["opposes: rather than", cue.opposes, "Ask rather than tell.", "Ask and then tell."],
	["opposes: isn't… it's", cue.opposes, "It isn't the price, it's the risk.", "It is the price and the risk."],
	["denies", cue.denies, "Nobody buys from a desperate rep.", "Everybody buys from a calm rep."],
	["commands", cue.commands, "Stop pitching and start listening.", "Reps stop pitching when they listen."],
	["commands: don't", cue.commands, "Don't discount in the first call.", "Discounts in the first call hurt."],
	["defines", cue.defines, "Persistence is a plan, not a mood.", "Stay persistent every week."],
	["elliptical", cue.elliptical, "Big plans don't.", "Big plans don't survive bad weeks."],
	["leansBack", cue.leansBack, "They buy because they need it.", "Buyers buy because they need it."],
	["dangles: leading pronoun", cue.dangles, "She never asked for the order.", "The rep never asked for the order."],
	["dangles: connective", cue.dangles, "And that is why it failed.", "Every failure teaches the team."],
	["dangles: a share of what came before", cue.dangles, "None of them are a verdict on who you are.", "None of your prospects owe you a meeting."],
	["dangles: every one of those", cue.dangles, "Every one of those is a different problem.", "Every one of your calls is a different problem."],
	["addressesReader", cue.addressesReader, "Your price is not a confession.", "The price is not a confession."],
	["asks", cue.asks, "What would you do?", "Here is what to do."],
	["datedOrPlaced: last week", cue.datedOrPlaced, "Last week a buyer said no.", "A buyer said no."],
	["datedOrPlaced: yesterday", cue.datedOrPlaced, "Yesterday I lost a deal.", "Losing a deal hurts."],
	["datedOrPlaced: as I said", cue.datedOrPlaced, "As I said, price is rarely it.", "Price is rarely it."],
	["promotes: click", cue.promotes, "Click here for the checklist.", "Keep a checklist."],
	["promotes: subscribe", cue.promotes, "Subscribe for more tips.", "More tips help."],
	["promotes: sign up", cue.promotes, "Sign up for the webinar.", "The webinar went well."],
	["promotes: link below", cue.promotes, "Grab it from the link below.", "Grab the next meeting."],
	["promotes: read more", cue.promotes, "Read more at the blog.", "Read the contract twice."],
	["promotes: a source line", cue.promotes, "Source: Unsplash / John Doe", "The source of every deal is trust."],
	["promotes: a credit line", cue.promotes, "Credit: Jane Roe", "Give credit to your team."],
	["promotes: a figure label", cue.promotes, "Figure 2: Calls per day against meetings booked.", "Figure out what the buyer fears."],
	["promotes: P.S.", cue.promotes, "P.S. If you liked this, share it.", "Piece by piece, it adds up."],
	["promotes: the episode", cue.promotes, "Listen to the full episode on Spotify.", "Listen to the full objection first."],
	["promotes: photo credit", cue.promotes, "Photo by Jane Smith on Unsplash", "A photo of the team beats a logo."],
	["promotes: image caption", cue.promotes, "Image: the pipeline board", "Image matters less than follow-up."],
	["speaksForSelf", cue.speaksForSelf, "I call it the good-egg problem.", "Call it the good-egg problem."],
	["tellsPast", cue.tellsPast, "The rep was late again.", "The rep is late again."],
	["tellsPast: in the main clause only", cue.tellsPast, "Then you listened to the buyer.", "Nothing builds trust faster than proof that you listened."],
	["narrates", cue.narrates, "I called him the next morning.", "Call him the next morning."],
	["particular", cue.particular, "She closed 12 deals.", "Good reps close deals."],
	["signsOff", cue.signsOff, "Thanks for the question, Sarah.", "Questions make the article."],
	["signsOff: season's greeting", cue.signsOff, "Happy new year. See you in January.", "Happy clients refer their friends."],
	["signsOff: see you", cue.signsOff, "See you next week.", "See the buyer next week."],
	["signsOff: see you, not your", cue.signsOff, "See you soon.", "See your numbers first."],
	["leavesNounOut: some", cue.leavesNounOut, "Go collect some.", "Go collect some referrals."],
	["leavesNounOut: ones", cue.leavesNounOut, "Not the small ones.", "Not the small deals."],
	["leavesNounOut: one", cue.leavesNounOut, "Stop saying it like one.", "Trust no one."],
	["leavesNounOut: only short sentences", cue.leavesNounOut, "Keep those.", "Most reps never stop to ask which deals are the good ones."],
	["leavesNounOut: whole words", cue.leavesNounOut, "Buy these!", "That looks handsome."],
	["dangles: noun left out", cue.dangles, "The good ones.", "The good prospects."],
	["dangles: a clause alone (unless)", cue.dangles, "Unless you decide in advance that it won’t.", "Unless you decide in advance, the grey work wins."],
	["dangles: a clause alone (because)", cue.dangles, "Because that’s what they are.", "Because buyers are busy, write short emails."],
	["dangles: someone's words", cue.dangles, "“Let me think about it.”", "“Let me think about it” is a polite no."],
	["quotesSomeone: straight quotes", cue.quotesSomeone, '"We are happy with our vendor."', 'The buyer said "we are happy" twice.'],
	["leadsOn: colon", cue.leadsOn, "Look at yourself from the buyer's side:", "Look at yourself from the buyer's side."],
	["leadsOn: here's", cue.leadsOn, "Here's what I found.", "What I found surprised me."],
];

describe("sentence cues", () => {
	it.each(TABLE)("%s fires on a sentence that has it", (_name, predicate, yes) => {
		expect(predicate(yes)).toBe(true);
	});
	it.each(TABLE)("%s stays quiet on one that does not", (_name, predicate, _yes, no) => {
		expect(predicate(no)).toBe(false);
	});

	it("does not call a question a command", () => {
		expect(cue.commands("Ask what it costs?")).toBe(false);
	});

	it("does not call an impersonal 'It's not…' dangling", () => {
		expect(cue.dangles("It's not about you.")).toBe(false);
	});
});

describe("lengthBand", () => {
	it.each([
		[5, 0],
		[14, 0.5],
		[20, 1],
		[60, 1],
		[120, 1],
		[185, 0.5],
		[250, 0],
		[1000, 0],
	])("%i characters → %f", (length, expected) => {
		expect(cue.lengthBand(length)).toBeCloseTo(expected, 5);
	});
});

describe("pair cues", () => {
	const side = (text: string) => sentenceCues(text);

	it("scores parallel sentences high and unrelated ones zero", () => {
		expect(parallelism(side("Nice people get remembered.").shape, side("Useful people get paid.").shape)).toBeGreaterThanOrEqual(0.5);
		expect(parallelism(side("Call early.").shape, side("Buyers read their email at lunch on most days.").shape)).toBe(0);
	});

	it("sees a denial turned into an assertion about the same word", () => {
		expect(turnsNegation(side("Prospects don't care that you need the deal."), side("They care that they need the fix."))).toBe(0.8);
		expect(turnsNegation(side("Cold calling isn't dead."), side("Lazy cold calling is."))).toBe(0.8);
		expect(turnsNegation(side("Pressure doesn't help."), side("Patience works."))).toBe(0.4);
		expect(turnsNegation(side("Calls work."), side("Emails work."))).toBe(0);
	});
});

describe("bitsByWord", () => {
	it("ORs the bits of every list a word is in", () => {
		const bits = cue.bitsByWord([
			["not never", 1],
			["never stop", 4],
		]);
		expect(bits.get("not")).toBe(1);
		expect(bits.get("never")).toBe(5);
		expect(bits.get("stop")).toBe(4);
		expect(bits.get("go")).toBeUndefined();
	});
});
