/** @jest-environment node */
import { countLength, fits, platformRules } from "../../../src/core/social/count";
import { buildPost } from "../../../src/core/social/posts";

const LINK = "https://example.com/articles/the-good-egg-problem"; // 23 on X
const x = platformRules("x");

/** A line of exactly `length` characters, words separated by single spaces. */
function line(length: number): string {
	const text = "word ".repeat(Math.ceil(length / 5)).slice(0, length);
	return text.endsWith(" ") ? text.slice(0, -1) + "s" : text;
}

describe("buildPost", () => {
	it("lays out line, link and hashtags as paragraphs", () => {
		const post = buildPost(x, { text: "Listen first.", link: LINK, hashtags: ["#Sales", "#Trust"] });
		expect(post).toEqual({
			platform: "x",
			text: `Listen first.\n\n${LINK}\n\n#Sales #Trust`,
			length: 13 + 2 + 23 + 2 + 13,
			limit: 280,
			droppedHashtags: [],
			linkMoved: false,
		});
	});

	it("works without link or hashtags", () => {
		expect(buildPost(x, { text: "  Just this.  ", hashtags: [] })?.text).toBe("Just this.");
		expect(buildPost(x, { text: "Just this.", link: null, hashtags: ["Tag"] })?.text).toBe("Just this.\n\n#Tag");
	});

	it.each([
		["x", 2],
		["bluesky", 3],
		["threads", 1],
		["mastodon", 3],
		["linkedin", 5],
	] as const)("caps hashtags on %s at %i", (id, cap) => {
		const tags = ["#A1", "#B2", "#C3", "#D4", "#E5", "#F6"];
		const post = buildPost(platformRules(id), { text: "Short line.", hashtags: tags });
		expect(post?.text).toBe(`Short line.\n\n${tags.slice(0, cap).join(" ")}`);
		expect(post?.droppedHashtags).toEqual(tags.slice(cap));
	});

	it("drops hashtags from the end before touching the link", () => {
		const text = line(250); // 250 + 2 + 23 = 275; "\n\n#Ab" makes 280; "#Ab #Cd" would make 283
		const post = buildPost(x, { text, link: LINK, hashtags: ["#Ab", "#Cd"] });
		expect(post?.text).toBe(`${text}\n\n${LINK}\n\n#Ab`);
		expect(post?.length).toBe(280);
		expect(post?.droppedHashtags).toEqual(["#Cd"]);
		expect(post?.linkMoved).toBe(false);
	});

	it("moves the link to a reply when the line and link do not fit, then fits what hashtags it can", () => {
		const text = line(270); // 270 + 2 + 23 > 280; 270 + 2 + "#Ab #Cd" = 279
		const post = buildPost(x, { text, link: LINK, hashtags: ["#Ab", "#Cd"] });
		expect(post).toMatchObject({ text: `${text}\n\n#Ab #Cd`, reply: LINK, linkMoved: true, droppedHashtags: [] });
		expect(post?.length).toBe(279);
	});

	it("keeps a line of exactly the limit, alone", () => {
		const text = line(280);
		const post = buildPost(x, { text, link: LINK, hashtags: ["#Ab"] });
		expect(post).toMatchObject({ text, length: 280, reply: LINK, linkMoved: true, droppedHashtags: ["#Ab"] });
	});

	it.each([
		["too long", line(281)],
		["blank", "   "],
	])("returns null when the bare line does not fit: %s", (_name, text) => {
		expect(buildPost(x, { text, link: LINK, hashtags: ["#Ab"] })).toBeNull();
	});

	it("does not repeat a hashtag the line already has", () => {
		const post = buildPost(x, { text: "Talk about #Sales today.", hashtags: ["#sales", "#Trust"] });
		expect(post?.text).toBe("Talk about #Sales today.\n\n#Trust");
		expect(post?.droppedHashtags).toEqual(["#sales"]);
	});

	it("knows a hashtag the line already has in decomposed form (e + combining accent)", () => {
		const post = buildPost(x, { text: "Notes on #Cafe\u0301 culture", hashtags: ["#Café"] });
		expect(post?.droppedHashtags).toEqual(["#Café"]);
		expect(post?.text.normalize("NFC")).toBe("Notes on #Café culture");
	});

	it("counts the link on Bluesky as the app shortens it", () => {
		const bluesky = platformRules("bluesky");
		const fitting = line(271); // 271 + 2 + 27 (example.com/articles/the-g...) = 300, though the link has 50 characters
		expect(buildPost(bluesky, { text: fitting, link: LINK, hashtags: [] })).toMatchObject({ text: `${fitting}\n\n${LINK}`, length: 300, linkMoved: false });
		const text = line(272);
		expect(buildPost(bluesky, { text, link: LINK, hashtags: [] })).toMatchObject({ text, linkMoved: true, reply: LINK });
	});

	it("moves the link when Threads would see a sixth link", () => {
		const threads = platformRules("threads");
		const five = Array.from({ length: 5 }, (_, i) => `https://e${i}.com`).join(" ");
		const post = buildPost(threads, { text: five, link: LINK, hashtags: [] });
		expect(post).toMatchObject({ text: five, linkMoved: true, reply: LINK });
		const six = `${five} https://e5.com`;
		expect(buildPost(threads, { text: six, link: null, hashtags: [] })).toBeNull();
	});

	it("reports the platform's own length", () => {
		const post = buildPost(platformRules("threads"), { text: "Yes 😀", hashtags: ["#Joy"] });
		expect(post?.length).toBe(countLength("threads", "Yes 😀\n\n#Joy"));
		expect(post?.length).toBe(4 + 4 + 2 + 4);
		expect(fits(platformRules("threads"), post?.text ?? "")).toBe(true);
	});
});
