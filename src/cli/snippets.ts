/** `snippets`: a note's key lines and the posts made from them, as text or JSON — the same core as the modal. */
import { buildArticle } from "../core/articles/article";
import { noteInputFromMarkdown } from "../core/articles/from-markdown";
import { buildIdf, findKeyLines, KeyLine } from "../core/snippets/key-lines";
import { PLATFORMS, linkFor, postsForLines, threadForLines } from "../core/publish/compose";
import type { PlatformId } from "../core/social/count";
import { countLength } from "../core/social/count";
import { DEFAULT_SETTINGS } from "../core/settings";
import { rulesFor } from "../core/publish/compose";

export interface SnippetsRequest {
	path: string;
	text: string;
	platforms: readonly PlatformId[];
	count: number;
	thread: boolean;
	/** Other notes' texts, for vault-wide word weights. */
	corpus?: Iterable<string>;
}

export interface SnippetsResult {
	title: string;
	tags: string[];
	keyLines: Array<Pick<KeyLine, "text" | "score" | "line" | "features" | "forced">>;
	/** `reply`: the link, when it had to leave the post to make it fit (post it as the first reply). */
	posts: Array<{ platform: PlatformId; text: string; length: number; limit: number; reply?: string }>;
}

/** Finds the key lines of one note and turns them into posts for the asked platforms. */
export function snippetsFor(req: SnippetsRequest): SnippetsResult {
	const input = noteInputFromMarkdown(req.path, req.text);
	const article = buildArticle(input, { dateKeys: DEFAULT_SETTINGS.dateKeys, typeKey: DEFAULT_SETTINGS.typeKey });
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
	for (const platform of req.platforms) {
		const limit = rulesFor(platform, options).limit;
		if (req.thread) {
			const inOrder = [...keyLines].sort((a, b) => a.line - b.line).map((k) => k.text);
			for (const text of threadForLines(platform, inOrder, options, { numbering: DEFAULT_SETTINGS.threadNumbering })) {
				posts.push({ platform, text, length: countLength(platform, text), limit });
			}
		} else {
			for (const post of postsForLines(platform, lines, options)) {
				posts.push({ platform, text: post.text, length: post.length, limit: post.limit, ...(post.reply ? { reply: post.reply } : {}) });
			}
		}
	}
	return {
		title: article.title,
		tags: article.tags,
		keyLines: keyLines.map(({ text, score, line, features, forced }) => ({ text, score, line, features, ...(forced ? { forced } : {}) })),
		posts,
	};
}

/** Renders the result for a terminal: ranked lines with their scores, then each post with its count. */
export function renderSnippetsText(result: SnippetsResult): string {
	const out = [`${result.title}`, `tags: ${result.tags.map((t) => `#${t}`).join(" ") || "(none)"}`, "", "Key lines:"];
	result.keyLines.forEach((k, i) => out.push(`  ${i + 1}. [${k.score.toFixed(2)}, line ${k.line}] ${k.text}`));
	let last: PlatformId | null = null;
	for (const post of result.posts) {
		if (post.platform !== last) out.push("", `${post.platform} (limit ${post.limit}):`);
		last = post.platform;
		out.push(`  --- ${post.length}/${post.limit}`, ...post.text.split("\n").map((l) => `  ${l}`));
		if (post.reply) out.push(`  (link for the first reply: ${post.reply})`);
	}
	return out.join("\n");
}

export { PLATFORMS };
