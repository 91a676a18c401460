/**
 * The one way notes enter the index, for the plugin, the CLI and the benchmark alike: a note's metadata becomes an
 * article, the selection settings decide whether it is shown, and the index is patched for that one note.
 */
import { ArticleIndex, IndexOptions } from "./article-index";
import { basenameOf, buildArticle } from "./article";
import { ArticleSelection, isArticle } from "./selection";
import type { ArticleDeskSettings } from "../settings";
import type { Article, ArticleOptions, NoteInput } from "./types";

export interface CatalogOptions {
	article: ArticleOptions;
	selection: ArticleSelection;
	index: Partial<IndexOptions>;
}

/** The catalog's options from the plugin settings; the plugin, the CLI and the benchmark all build catalogs this way. */
export const catalogOptionsFrom = (s: ArticleDeskSettings): CatalogOptions => ({
		article: { dateKeys: s.dateKeys, typeKey: s.typeKey },
		selection: { mode: s.selectionMode, folders: s.selectionFolders, tag: s.selectionTag, excludedFolders: s.excludedFolders },
		index: { tagSource: s.frontmatterTagsOnly ? "frontmatter" : "all", hiddenTags: s.hiddenTags },
	});

export class ArticleCatalog {
	readonly index: ArticleIndex;

	readonly #options: CatalogOptions;

	constructor(options: CatalogOptions) {
		this.#options = options;
		this.index = new ArticleIndex(options.index);
	}

	/** Adds, replaces or (when it no longer counts as an article) removes one note. */
	update(input: NoteInput): Article | null {
		const article = buildArticle(input, this.#options.article);
		if (!isArticle(article, this.#options.selection)) {
			this.index.remove(input.path);
			return null;
		}
		this.index.upsert(article);
		return article;
	}

	/**
	 * Moves a note to `path`. A move between folders keeps the basename, and with it everything the article holds but
	 * its path (the note's metadata does not change): the listed article is then copied, not rebuilt, since a folder
	 * of 100k notes renamed makes 100k of these. `input` is asked for only when the basename changed (the title may
	 * follow it) or the note was not listed. Whether it is an article is decided again: folders select notes.
	 */
	rename(oldPath: string, path: string, input: () => NoteInput): Article | null {
		const index = this.index;
		const before = index.get(oldPath);
		const article = before && before.basename === basenameOf(path) ? { ...before, path } : buildArticle(input(), this.#options.article);
		if (!isArticle(article, this.#options.selection)) {
			index.remove(oldPath);
			index.remove(path);
			return null;
		}
		if (index.get(oldPath)) index.rename(oldPath, article);
		else index.upsert(article);
		return article;
	}

	remove(path: string): void {
		this.index.remove(path);
	}
}
