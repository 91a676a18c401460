/** @jest-environment node */
import fc from "fast-check";
import { countLength, fits, platformRules, PLATFORM_IDS } from "../../../src/core/social/count";
import type { PlatformRules } from "../../../src/core/social/count";
import { hashtagsFromTags } from "../../../src/core/social/hashtags";
import { buildPost } from "../../../src/core/social/posts";
import { splitThread } from "../../../src/core/social/thread";

const latin = fc.constantFrom("sales", "buyer", "Price", "trust", "a", "I", "objection", "naïve", "café", "über", "no");
const wide = fc.constantFrom("日本語", "中文", "한국어", "…", "•", "→", "“quote”", "—");
const emoji = fc.constantFrom("😀", "❤️", "👍🏽", "👨‍👩‍👧‍👦", "🇫🇷", "1️⃣", "🏳️‍🌈", "©", "✅", "e\u0301");
const url = fc
	.tuple(
		fc.constantFrom("https://", "http://", "", "www."),
		fc.stringMatching(/^[a-z][a-z0-9-]{0,10}[a-z0-9]$/),
		fc.constantFrom(".com", ".org", ".de", ".io", ".co.uk", ".app"),
		fc.constantFrom("", "/", "/a.b", "/post/12", "/wiki/Foo_(bar)", "?q=1&x=y"),
	)
	.map((parts) => parts.join(""));
const punctuation = fc.constantFrom("", "", "", ",", ".", "!", "?", ";", ":", ")");
const word = fc.tuple(fc.oneof({ weight: 6, arbitrary: latin }, wide, emoji, url), punctuation).map(([w, p]) => w + p);
const separator = fc.constantFrom(" ", " ", " ", " ", "\n", "\n\n", "  ");
const text = (maxWords: number) =>
	fc.array(fc.tuple(word, separator), { minLength: 1, maxLength: maxWords, size: "max" }).map((pairs) =>
		pairs.map(([w, s]) => w + s).join("").trim(),
	);
const tag = fc.stringMatching(/^[a-z]{1,8}(-[a-z]{1,8}){0,2}(\/[a-z]{1,6})?$/);
const rules = fc
	.tuple(fc.constantFrom(...PLATFORM_IDS), fc.integer({ min: 100, max: 1000 }))
	.map(([id, mastodonLimit]) => platformRules(id, { mastodonLimit }));

/** The longest run of `words` whose length stays under `limit - slack`: lines near the limit reach every branch. */
function lineNearLimit(r: PlatformRules, words: string[], slack: number): string {
	const line = (n: number) => words.slice(0, n).join(" ");
	let good = 1;
	let bad = words.length + 1;
	while (bad - good > 1) {
		const mid = (good + bad) >> 1;
		if (countLength(r.id, line(mid)) <= r.limit - slack) good = mid;
		else bad = mid;
	}
	return line(good);
}

const tokens = (s: string) => s.split(/\s+/).filter(Boolean);
const RUNS = { seed: 424242, numRuns: 300 };

describe("properties over random lines, tags and links", () => {
	it("buildPost: fits when built, keeps the line whole, and is null only when the bare line does not fit", () => {
		const seen = { null: 0, moved: 0, dropped: 0, plain: 0 };
		fc.assert(
			fc.property(
				rules,
				fc.array(word, { minLength: 700, maxLength: 700 }),
				fc.integer({ min: -40, max: 120 }),
				fc.array(tag, { maxLength: 7 }),
				fc.option(url, { nil: null }),
				(r, words, slack, tags, link) => {
					const line = lineNearLimit(r, words, slack);
					const hashtags = hashtagsFromTags(tags, ["articles"]);
					const post = buildPost(r, { text: line, link, hashtags });
					if (post === null) {
						seen.null++;
						expect(fits(r, line.trim())).toBe(false);
						return;
					}
					if (post.linkMoved) seen.moved++;
					else if (post.droppedHashtags.length > 0) seen.dropped++;
					else seen.plain++;
					expect(fits(r, post.text)).toBe(true);
					expect(post.length).toBeLessThanOrEqual(r.limit);
					expect(post.text.startsWith(line.trim())).toBe(true);
					const extra = tokens(post.text.slice(line.trim().length));
					const kept = extra.filter((t) => t.startsWith("#"));
					expect(kept.length).toBeLessThanOrEqual(r.maxHashtags);
					expect([...kept, ...post.droppedHashtags].sort()).toEqual([...hashtags].sort());
					if (link) expect(post.linkMoved ? post.reply : extra.find((t) => !t.startsWith("#"))).toBe(link);
				},
			),
			RUNS,
		);
		// The generator must reach every branch, or the property says little.
		for (const count of Object.values(seen)) expect(count).toBeGreaterThan(10);
	});

	it("splitThread: every part fits, and the parts give back the input's words, whole and in order", () => {
		let threads = 0;
		fc.assert(
			fc.property(rules, text(400), fc.constantFrom("none", "suffix", "prefix" as const), (r, input, numbering) => {
				const parts = splitThread(r, input, { numbering });
				if (parts.length > 1) threads++;
				for (const part of parts) expect(fits(r, part)).toBe(true);
				const bare = parts.map((part) =>
					parts.length < 2 || numbering === "none"
						? part
						: numbering === "suffix"
							? part.replace(/ \d+\/\d+$/, "")
							: part.replace(/^\d+\/\d+ /, ""),
				);
				expect(tokens(bare.join(" "))).toEqual(tokens(input));
			}),
			{ ...RUNS, numRuns: 150 },
		);
		expect(threads).toBeGreaterThan(75);
	});
});
