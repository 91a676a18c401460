/**
 * The subset of Obsidian's `CachedMetadata` the project reads, declared here so the pure core never imports
 * `obsidian`. Shapes are structurally identical to obsidian.d.ts, so a real cache object satisfies them.
 */
export interface Loc {
	line: number;
	col: number;
	offset: number;
}

export interface Pos {
	start: Loc;
	end: Loc;
}

export interface TagCache {
	tag: string;
	position: Pos;
}

export interface LinkCache {
	link: string;
	original: string;
	displayText?: string;
	position: Pos;
}

export interface FrontmatterLinkCache {
	key: string;
	link: string;
	original: string;
	displayText?: string;
}

export interface HeadingCache {
	heading: string;
	level: number;
	position: Pos;
}

export interface SectionCache {
	id?: string;
	type: string;
	position: Pos;
}

export interface ListItemCache {
	id?: string;
	task?: string;
	parent: number;
	position: Pos;
}

export interface BlockCache {
	id: string;
	position: Pos;
}

export type FrontMatter = Record<string, unknown>;

/** What `app.metadataCache.getFileCache(file)` returns, as far as this project models it. */
export interface NoteMetadata {
	frontmatter?: FrontMatter;
	frontmatterPosition?: Pos;
	frontmatterLinks?: FrontmatterLinkCache[];
	tags?: TagCache[];
	links?: LinkCache[];
	embeds?: LinkCache[];
	headings?: HeadingCache[];
	sections?: SectionCache[];
	listItems?: ListItemCache[];
	blocks?: Record<string, BlockCache>;
}
