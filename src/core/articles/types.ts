import type { FrontMatter } from "../metadata/types";

/** Why a note's metadata is ignored or misread by Obsidian; shown so the author can fix it, in this order. */
export type ProblemCode =
	| "invalid-yaml"
	| "legacy-tag-key"
	| "string-tags"
	| "numeric-tag"
	| "hash-in-yaml-tag"
	| "non-string-tag"
	| "invalid-tag"
	| "type-key-case"
	| "bad-date"
	| "mojibake";

export interface MetadataProblem {
	code: ProblemCode;
	/** One line in plain words, e.g. `tags: "a, b" is a single string; Obsidian ignores it`. */
	message: string;
}

/** Everything the core needs to know about one note; the shell fills it from the metadata cache, the CLI from disk. */
export interface NoteInput {
	path: string;
	/** Parsed frontmatter, or null/undefined when the note has none (or it failed to parse). */
	frontmatter: FrontMatter | null | undefined;
	/** Tags as `getAllTags(cache)` returns them: `#`-prefixed, frontmatter first, duplicates kept; null is `[]`. */
	tags: readonly string[] | null | undefined;
	/** Tags as `parseFrontMatterTags(frontmatter)` returns them; lets the explorer offer "frontmatter tags only". */
	frontmatterTags?: readonly string[] | null;
	/** Set when the note opens with a frontmatter block whose YAML did not parse: the message of the parser. */
	yamlError?: string | null;
	/** Modification time in ms since the epoch (0 when unknown). */
	mtime?: number;
	/**
	 * True when the text after the frontmatter holds mojibake. Optional because the plugin learns it lazily (a note
	 * is read after it changes, the vault in idle time); undefined means "not checked yet" and reports nothing.
	 */
	bodyMojibake?: boolean;
}

/** One note as the explorer and the snippets see it. Plain data: cheap to compare, clone and serialise. */
export interface Article {
	path: string;
	/** File name without folder and `.md`. */
	basename: string;
	/** Display title: frontmatter `title`, else the basename; mojibake repaired. */
	title: string;
	/** Values of the `type` key (any casing), de-duplicated case-insensitively; empty when none. */
	types: string[];
	/** All tags without `#`, de-duplicated case-insensitively, first casing kept; frontmatter tags first. */
	tags: string[];
	/** The subset of `tags` that came from frontmatter. */
	frontmatterTags: string[];
	/** Publication date as `yyyy-MM-dd` (UTC calendar date of what was written), or null. */
	pubDate: string | null;
	/** Publication instant in ms since the epoch for sorting, or null. */
	pubTime: number | null;
	mtime: number;
	problems: MetadataProblem[];
}

/** Options that change how a note becomes an article. */
export interface ArticleOptions {
	/** Frontmatter keys tried in order for the publication date. */
	dateKeys: string[];
	/** The type property name, matched case-insensitively. */
	typeKey: string;
}

export const DEFAULT_ARTICLE_OPTIONS: ArticleOptions = {
	dateKeys: ["pubDate", "date", "published", "created"],
	typeKey: "type",
};
