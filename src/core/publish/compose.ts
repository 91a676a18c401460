/**
 * Turns a note's chosen key lines into ready-to-copy posts for each platform: the shared step between the snippets
 * modal and the CLI, so both produce the same text and the same counts.
 */
import { hashtagsFromTags } from "../social/hashtags";
import { buildPost, Post, usableHashtags } from "../social/posts";
import { PlatformId, platformRules } from "../social/count";
import { splitThread, ThreadOptions } from "../social/thread";
import type { FrontMatter } from "../metadata/types";
import { isString } from "../type-checks";

export const PLATFORMS: readonly PlatformId[] = ["x", "bluesky", "threads", "mastodon", "linkedin"];

export interface ComposeOptions {
	/** Note tags without `#`; become CamelCase hashtags minus the exclusions. */
	tags: string[];
	hashtagExclusions: string[];
	link: string | null;
	mastodonLimit: number;
}

/** One post per chosen line; a line too long for the platform even bare is skipped (the caller shows the next one). */
export const postsForLines = (platform: PlatformId, lines: readonly string[], options: ComposeOptions): Post[] => {
	if (lines.length === 0) return [];
	const rules = platformRules(platform, options);
	const hashtags = hashtagsFromTags(options.tags, options.hashtagExclusions);
	const posts: Post[] = [];
	for (const text of lines) {
		const post = buildPost(rules, { text, link: options.link, hashtags });
		if (post) posts.push(post);
	}
	return posts;
};

/**
 * The chosen lines, in document order, as one numbered thread for the platform, ending on the link and the hashtags
 * that no line has written already.
 */
export const threadForLines = (platform: PlatformId, lines: readonly string[], options: ComposeOptions, thread: ThreadOptions): string[] => {
	if (!lines.some((line) => line.trim())) return [];
	const rules = platformRules(platform, options);
	const hashtags = usableHashtags(hashtagsFromTags(options.tags, options.hashtagExclusions), lines.join("\n"), rules.maxHashtags).kept.join(" ");
	return splitThread(rules, [...lines, options.link, hashtags].filter((part) => part).join("\n\n"), thread);
};

/** A platform's rules with the user's Mastodon limit (pass the compose options). */
export { platformRules as rulesFor } from "../social/count";

/**
 * The address a post links back to: the note's own `url` or `canonical` property when it is a web address, else the
 * base address joined with the note's `slug` (or a slug made from its title); null when there is nothing to link to.
 */
export const linkFor = (frontmatter: FrontMatter | null | undefined, title: string, baseUrl: string): string | null => {
	const own = ownAddress(frontmatter);
	if (own && isWebAddress(own)) return own;
	if (!baseUrl.trim()) return null;
	const slug = stringProp(frontmatter, "slug") ?? slugify(title);
	if (!slug) return null;
	return baseUrl.trim().replace(/\/*$/, "/") + slug.replace(/^\/+/, "");
};

/** The note's own address as written, a web address or not: its `url` property, else its `canonical`; null when none. */
export const ownAddress = (frontmatter: FrontMatter | null | undefined): string | null => stringProp(frontmatter, "url") ?? stringProp(frontmatter, "canonical");

/**
 * An absolute http(s) address, as the URL parser reads it, with no space or control character in it (which the parser
 * would drop or encode, so `[[Some note]]`, `not a link` and `https://example.com/my article` are not addresses).
 */
export const isWebAddress = (text: string): boolean => {
	try {
		new URL(text);
	} catch {
		return false;
	}
	return /^https?:\/\/[^\s\p{Cc}]+$/iu.test(text);
};

const stringProp = (frontmatter: FrontMatter | null | undefined, key: string): string | null => {
	if (!frontmatter) return null;
	const found = Object.keys(frontmatter).find((k) => k.toLowerCase() === key);
	const value = found === undefined ? undefined : frontmatter[found];
	return isString(value) && value.trim() ? value.trim() : null;
};

/** `📄 The good-egg problem!` → `the-good-egg-problem`: letters and digits of any script, joined by hyphens. */
export const slugify = (title: string): string =>
	title
		.normalize("NFKD")
		.replace(/\p{M}+/gu, "")
		.toLowerCase()
		.replace(/['’]/g, "")
		.replace(/[^\p{L}\p{N}]+/gu, "-")
		.replace(/^-+|-+$/g, "");
