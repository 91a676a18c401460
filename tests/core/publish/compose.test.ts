/** @jest-environment node */
import { PLATFORMS, isWebAddress, linkFor, ownAddress, postsForLines, slugify, threadForLines } from "../../../src/core/publish/compose";
import { countLength, fits, platformRules } from "../../../src/core/social/count";
import { findKeyLines } from "../../../src/core/snippets/key-lines";

describe("linkFor: where a post links back to", () => {
	it.each([
		[{ url: "https://ex.com/a" }, "T", "", "https://ex.com/a"],
		[{ URL: "https://ex.com/upper" }, "T", "", "https://ex.com/upper"],
		[{ canonical: "https://ex.com/c" }, "T", "https://base/", "https://ex.com/c"],
		[{ url: "https://ex.com/u", canonical: "https://ex.com/c" }, "T", "", "https://ex.com/u"],
		[{ slug: "my-post" }, "Ignored title", "https://blog.example/posts", "https://blog.example/posts/my-post"],
		[{}, "📄 The good-egg problem!", "https://blog.example/", "https://blog.example/the-good-egg-problem"],
		[null, "Café crème, naïve", "https://b.example", "https://b.example/cafe-creme-naive"],
		[{ url: "   " }, "Title", "", null],
		[{ url: 42 }, "Title", "", null],
		[{}, "Title", "", null],
		[{}, "📄", "https://b.example/", null],
	])("%j with title %j and base %j → %j", (frontmatter, title, base, expected) => {
		expect(linkFor(frontmatter as Record<string, unknown> | null, title, base)).toBe(expected);
	});

	// A url property that is not a web address used to go into every post as written.
	it.each([
		[{ url: "[[Some note]]" }, "", null],
		[{ url: "not a link at all" }, "", null],
		[{ url: "https://example.com/my article" }, "", null],
		[{ url: "example.com/no-scheme" }, "", null],
		[{ canonical: "mailto:me@example.com" }, "", null],
		// as if the property were absent: the base address and the slug take over
		[{ url: "[[Some note]]", slug: "kept" }, "https://blog.example/", "https://blog.example/kept"],
		[{ canonical: "ftp://files.example/a" }, "https://blog.example", "https://blog.example/title"],
	])("a url or canonical that is not a web address is not the link: %j with base %j → %j", (frontmatter, base, expected) => {
		expect(linkFor(frontmatter, "Title", base)).toBe(expected);
		// the property is still the note's own address, so the modal and the CLI can say why it is not used
		expect(ownAddress(frontmatter)).toBe(Object.values(frontmatter)[0]);
	});
});

describe("isWebAddress", () => {
	it.each([
		"https://example.com",
		"http://example.com/a/b?c=d#e",
		"HTTPS://Example.COM/Path",
		"https://例え.jp/記事",
		"https://example.com/a%20b",
	])("%j is one", (text) => {
		expect(isWebAddress(text)).toBe(true);
	});

	it.each([
		"[[Some note]]",
		"not a link at all",
		"example.com",
		"//example.com/protocol-relative",
		"https:example.com",
		"ftp://example.com/file",
		"javascript:alert(1)",
		// spaces, tabs and line breaks, which the parser would drop or encode without a word
		"https://example.com/my article",
		"https://example.com/a\tb",
		"https://example.com/a\nb",
		"https://example.com/\u00a0",
		// a control character, which the parser would percent-encode, and a terminal escape with it
		"https://example.com/\u001b]0;T\u0007",
		"https://",
		// what only the parser rejects: a port out of range, a host with a forbidden character
		"https://example.com:99999/",
		"https://exa<mple>.com/",
	])("%j is not", (text) => {
		expect(isWebAddress(text)).toBe(false);
	});
});

describe("slugify", () => {
	it.each([
		["Your pipeline is a calendar, not a wish list", "your-pipeline-is-a-calendar-not-a-wish-list"],
		["Don’t apologise", "dont-apologise"],
		["  --Spaces--  ", "spaces"],
		["Привет мир", "привет-мир"],
		["2024: a year", "2024-a-year"],
	])("%j → %j", (title, slug) => {
		expect(slugify(title)).toBe(slug);
	});
});

describe("postsForLines", () => {
	const options = { tags: ["Articles", "sales/objections", "mindset"], hashtagExclusions: ["Articles"], link: "https://example.com/p", mastodonLimit: 500 };

	it.each(PLATFORMS)("%s: every post fits, carries the line, and excludes structural tags", (platform) => {
		const posts = postsForLines(platform, ["Price is never the real objection.", "Fear is."], options);
		expect(posts).toHaveLength(2);
		for (const post of posts) {
			expect(fits(platformRules(platform, options), post.text)).toBe(true);
			expect(post.length).toBe(countLength(platform, post.text));
			expect(post.text).not.toContain("#Articles");
		}
		expect(posts[0].text.startsWith("Price is never the real objection.")).toBe(true);
	});

	it("skips a line too long for the platform even without link and hashtags", () => {
		const long = "word ".repeat(80).trim(); // 399 characters
		const posts = postsForLines("x", [long, "Short line."], options);
		expect(posts.map((p) => p.text.split("\n")[0])).toEqual(["Short line."]);
	});

	// A tag written inside a sentence used to lose its "#" in the key line, and the post then added it again.
	it("a key line keeps a hashtag written in its sentence, and the post does not add that tag again", () => {
		const note = "If you want more, follow #salestips on X for the daily drill.\n\nTry #cold-calling before nine.\n";
		const lines = findKeyLines(note, { count: 2 }).map((k) => k.text);
		expect(lines).toContain("If you want more, follow #salestips on X for the daily drill.");
		expect(lines).toContain("Try cold-calling before nine.");
		const tags = { ...options, tags: ["salestips", "cold-calling", "mindset"] };
		for (const platform of PLATFORMS) {
			const post = postsForLines(platform, [lines.find((l) => l.includes("#salestips"))!], tags)[0];
			expect(post.text.match(/#salestips/gi)).toHaveLength(1);
			expect(post.text).toContain("#ColdCalling");
		}
	});

	it("honours the Mastodon limit setting", () => {
		const line = "a".repeat(450);
		expect(postsForLines("mastodon", [line], { ...options, mastodonLimit: 500 })).toHaveLength(1);
		expect(postsForLines("mastodon", [line], { ...options, mastodonLimit: 400 })).toHaveLength(0);
	});
});

describe("threadForLines", () => {
	it("joins the lines in the given order and splits into numbered posts that fit", () => {
		const lines = Array.from({ length: 6 }, (_, i) => `Point ${i + 1}: ${"this sentence carries the argument forward. ".repeat(2).trim()}`);
		const parts = threadForLines("x", lines, { tags: [], hashtagExclusions: [], link: null, mastodonLimit: 500 }, { numbering: "suffix" });
		expect(parts.length).toBeGreaterThan(1);
		parts.forEach((p, i) => {
			expect(countLength("x", p)).toBeLessThanOrEqual(280);
			expect(p.endsWith(`${i + 1}/${parts.length}`)).toBe(true);
		});
		expect(parts[0].startsWith("Point 1:")).toBe(true);
	});

	it("ends the thread on the link and the platform's share of hashtags, and makes none of no lines", () => {
		const link = "https://coach.example/the-good-egg-problem";
		const options = { tags: ["sales/prospecting", "mindset", "articles"], hashtagExclusions: ["articles"], link, mastodonLimit: 500 };
		expect(threadForLines("x", ["One line.", "Two lines."], options, { numbering: "none" })).toEqual([
			`One line.\n\nTwo lines.\n\n${link}\n\n#Prospecting #Mindset`,
		]);
		expect(threadForLines("threads", ["One line."], options, { numbering: "none" })).toEqual([`One line.\n\n${link}\n\n#Prospecting`]);
		expect(threadForLines("x", [], options, { numbering: "none" })).toEqual([]);
	});

	it("leaves out a hashtag a line has written already, in any case, and gives its place to the next", () => {
		const options = { tags: ["sales/prospecting", "mindset", "habits"], hashtagExclusions: [], link: null, mastodonLimit: 500 };
		expect(threadForLines("x", ["Call early.", "It is all #MINDSET."], options, { numbering: "none" })).toEqual([
			"Call early.\n\nIt is all #MINDSET.\n\n#Prospecting #Habits",
		]);
		expect(threadForLines("threads", ["#prospecting starts with a list."], options, { numbering: "none" })).toEqual([
			"#prospecting starts with a list.\n\n#Mindset",
		]);
	});
});
