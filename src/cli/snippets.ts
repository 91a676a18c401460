/** `snippets`: a note's key lines and the posts made from them, as text or JSON — the same core as the modal. */
import { buildArticle } from "../core/articles/article";
import { noteInputFromMarkdown } from "../core/articles/from-markdown";
import { buildIdf, findKeyLines, KeyLine } from "../core/snippets/key-lines";
import { PLATFORMS, isWebAddress, linkFor, ownAddress, postsForLines, threadForLines } from "../core/publish/compose";
import type { PlatformId } from "../core/social/count";
import { countLength } from "../core/social/count";
import { DEFAULT_SETTINGS } from "../core/settings";
import { rulesFor } from "../core/publish/compose";
import { oneLine } from "./explore";

export interface SnippetsRequest {
	path: string;
	text: string;
	platforms: readonly PlatformId[];
	count: number;
	thread: boolean;
	/** Other notes' texts, for vault-wide word weights. */
	corpus?: Iterable<string>;
	/** Told, in one line each, what in the note's metadata the posts go without (invalid frontmatter, a url that is not a link). */
	warn?: (message: string) => void;
}

export interface SnippetsResult {
	title: string;
	tags: string[];
	keyLines: Array<Pick<KeyLine, "text" | "score" | "line" | "features" | "forced">>;
	/** `reply`: the link, when it had to leave the post to make it fit (post it as the first reply). */
	posts: Array<{ platform: PlatformId; text: string; length: number; limit: number; reply?: string }>;
	/** Key lines that make no post for a platform because the line alone is over its limit (`length` as it counts). */
	tooLong: Array<{ platform: PlatformId; text: string; length: number; limit: number }>;
}

/** Finds the key lines of one note and turns them into posts for the asked platforms. */
export function snippetsFor(req: SnippetsRequest): SnippetsResult {
	const input = noteInputFromMarkdown(req.path, req.text);
	const article = buildArticle(input, { dateKeys: DEFAULT_SETTINGS.dateKeys, typeKey: DEFAULT_SETTINGS.typeKey });
	// Obsidian ignores all of invalid frontmatter: the posts lose its tags and link, which the output alone would not say.
	if (input.yamlError) req.warn?.(`frontmatter is not valid YAML (${input.yamlError}); its tags and url are ignored`);
	const own = ownAddress(input.frontmatter);
	if (own && !isWebAddress(own)) req.warn?.(`its url ${JSON.stringify(own)} is not a web address (https://…), so the posts do not link to it`);
	const keyLines = findKeyLines(req.text, {
		count: req.count,
		title: article.title,
		tags: article.tags,
		idf: req.corpus ? buildIdf(req.corpus) : undefined,
	});
	const options = {
		tags: article.tags,
		hashtagExclusions: DEFAULT_SETTINGS.hashtagExclusions,
		link: linkFor(input.frontmatter, article.title, DEFAULT_SETTINGS.baseUrl),
		mastodonLimit: DEFAULT_SETTINGS.mastodonLimit,
	};
	const lines = keyLines.map((k) => k.text);
	const posts: SnippetsResult["posts"] = [];
	const tooLong: SnippetsResult["tooLong"] = [];
	for (const platform of req.platforms) {
		const limit = rulesFor(platform, options).limit;
		if (req.thread) {
			const inOrder = [...keyLines].sort((a, b) => a.line - b.line).map((k) => k.text);
			for (const text of threadForLines(platform, inOrder, options, { numbering: DEFAULT_SETTINGS.threadNumbering })) {
				posts.push({ platform, text, length: countLength(platform, text), limit });
			}
		} else {
			for (const line of lines) {
				const [post] = postsForLines(platform, [line], options);
				if (post) posts.push({ platform, text: post.text, length: post.length, limit: post.limit, ...(post.reply ? { reply: post.reply } : {}) });
				else tooLong.push({ platform, text: line, length: countLength(platform, line.trim()), limit });
			}
		}
	}
	return {
		title: article.title,
		tags: article.tags,
		keyLines: keyLines.map(({ text, score, line, features, forced }) => ({ text, score, line, features, ...(forced ? { forced } : {}) })),
		posts,
		tooLong,
	};
}

/**
 * Renders the result for a terminal: key lines with their scores (forced ones first, marked), then each post with its
 * count. Every line is written through `oneLine`, so no text from the note (title, tag, key line, post, link) puts a
 * raw control character (a terminal escape, a carriage return) on the terminal.
 */
export function renderSnippetsText(result: SnippetsResult): string {
	const out = [result.title, `tags: ${result.tags.map((t) => `#${t}`).join(" ") || "(none)"}`, "", result.keyLines.length > 0 ? "Key lines:" : "Key lines: none (no post to make)"];
	// A line the author forced (highlight, quote callout, ^snippet) comes first whatever its score: say why it is there.
	result.keyLines.forEach((k, i) => out.push(`  ${i + 1}. [${k.forced ? `forced: ${k.forced}, ` : ""}${k.score.toFixed(2)}, line ${k.line}] ${k.text}`));
	const platforms = [...new Set([...result.posts, ...result.tooLong].map((p) => p.platform))];
	for (const platform of platforms) {
		const posts = result.posts.filter((p) => p.platform === platform);
		out.push("", `${platform} (limit ${(posts[0] ?? result.tooLong.find((p) => p.platform === platform)!).limit}):`);
		for (const post of posts) {
			out.push(`  --- ${post.length}/${post.limit}`, ...post.text.split("\n").map((l) => `  ${l}`));
			if (post.reply) out.push(`  (link for the first reply: ${post.reply})`);
		}
		for (const skip of result.tooLong) {
			if (skip.platform === platform) out.push(`  (no post: "${shorten(skip.text)}" alone counts ${skip.length}/${skip.limit})`);
		}
	}
	return out.map(oneLine).join("\n");
}

/** The first words of a long line, for a one-line notice. */
const shorten = (text: string): string => (text.length > 60 ? text.slice(0, 59).trimEnd() + "…" : text);

export { PLATFORMS };
