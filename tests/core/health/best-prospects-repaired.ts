/**
 * The garbled lines of the example vault's "Imported/Why your best prospects say no.md", repaired by hand (1-based
 * line numbers): `â€™` is ’, `â€“` –, `â€”` —, `â€¢` •, `â€œ`/`â€\u009d` “ ”, `â€¦` …, `ðŸ“„` 📄. Every other line of the
 * note is correct and must stay as it is. Shared by the core and the plugin tests.
 */
export const BEST_PROSPECTS = "Imported/Why your best prospects say no.md";

export const BEST_PROSPECTS_REPAIRED: [number, string][] = [
	[1, "Rain 65 Degrees – 6:24 a.m."],
	[5, "It’s raining hard this morning, and I’ve been thinking about the three deals I lost last month."],
	[9, "Here’s what I found when I went back through my notes."],
	[11, "They didn’t say no to the product. They said no to the risk."],
	[13, "A great prospect has the most to lose. They’ve got a working system, a team that knows it, and a boss who remembers the last time someone changed it."],
	[15, "When you ask them to switch, you’re not offering them a better tool. You’re asking them to bet their reputation on you."],
	[17, "That’s a big ask from someone they met three weeks ago."],
	[25, "• A small first step instead of a full rollout. Let them win something in thirty days before they commit for three years."],
	[26, "• A reference they can actually phone, from a company their size, with the same problem."],
	[27, "• A plain answer to the question they won’t ask out loud: “What happens to me if this goes wrong?”"],
	[31, "The best prospects don’t need more reasons to buy. They need fewer reasons to be afraid."],
	[33, "I’ve won two of those three deals back since I changed my approach. The third went with a competitor who offered a pilot. Lesson learned — twice."],
	[37, "📄 Free download: the one-page risk checklist I use before every proposal."],
	[39, "I’d love to know your thoughts… leave a comment below."],
	[46, "Hi Mike, this is exactly what happened to us last quarter. We lost a hospital account to a company that offered a 60-day trial. I’m printing this one for the team."],
	[53, "“Selling safety” — I like that. Going to try the smaller first step on a prospect I’ve been chasing since January."],
];
