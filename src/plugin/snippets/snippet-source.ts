/**
 * Everything the modal and the editor highlights know about one note: its article (title, tags), the compose
 * options for its posts, and its ranked key lines. One place, so the modal's ranks and the editor's marks agree.
 */
import type { App, TFile } from "obsidian";

import { buildArticle } from "../../core/articles/article";
import type { Article } from "../../core/articles/types";
import { type ComposeOptions, linkFor } from "../../core/publish/compose";
import type { ArticleDeskSettings } from "../../core/settings";
import { findKeyLines, type KeyLine } from "../../core/snippets/key-lines";
import { cleanMarkdown } from "../../core/snippets/clean";
import { fileCache, frontmatterOf } from "../markdown-file";
import type { SnippetsHost } from "./snippets-host";

/** The article as the index knows it, or built on the spot for a note the index does not list. */
export const articleFor = (host: SnippetsHost, file: TFile): Article => {
	const listed = host.store.index.get(file.path);
	if (listed) return listed;
	const input = host.store.noteInput(file, fileCache(host.app, file));
	// the settings carry the article options (date keys, type key)
	return buildArticle(input, host.getSettings());
};

/** How posts for this note are composed: its tags as hashtags, its link, the instance's Mastodon limit. */
export const composeOptionsFor = (app: App, file: TFile, article: Article, settings: ArticleDeskSettings): ComposeOptions => {
	const frontmatter = frontmatterOf(app, file);
	return {
		tags: article.tags,
		hashtagExclusions: settings.hashtagExclusions,
		link: linkFor(frontmatter, article.title, settings.baseUrl),
		mastodonLimit: settings.mastodonLimit,
	};
};

/** The note's ranked key lines, as many as the settings ask for. */
export const rankedKeyLines = (markdown: string, article: Pick<Article, "title" | "tags">, settings: ArticleDeskSettings): KeyLine[] =>
	findKeyLines(markdown, { count: settings.keyLineCount, title: article.title, tags: article.tags });

/**
 * A selection as a post line: Markdown markup removed, each paragraph on one line, paragraphs a blank line apart (as
 * posts lay them out); the raw text so arranged when cleaning leaves nothing. Inline maths goes like code blocks
 * do (its mark, `MATHS`, read as a space): the author sees the gap in the dialog, where a post could not show it.
 */
export const selectionLine = (selection: string): string => {
	const lines = (text: string) =>
		text
			.split(/\n\s*\n/)
			.map((part) => part.replace(/[\s\uFFFC]+/g, " ").trim())
			.filter(Boolean)
			.join("\n\n");
	return lines(cleanMarkdown(selection).text) || lines(selection);
};
