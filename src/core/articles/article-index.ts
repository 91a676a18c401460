/**
 * The incremental article index: groups notes by tag (with derived parents of nested tags), type and month, and
 * keeps the buckets the explorer needs (untagged, untyped, undated, with problems). Peers rescan the vault on
 * every edit; here upsert/remove/rename touch only the one note's own tags, types and month, so an edit costs the
 * same in a 100-note vault as in a 50 000-note one.
 *
 * Display labels ("first casing seen") follow the order notes entered the index: a note keeps its place when
 * replaced, a renamed note moves to the end. Labels are computed when asked and cached until a note under that
 * key changes, so their cost lands on the (rare) query rather than on every edit.
 */
import { PathSets } from "./path-sets";
import { parentTags, tagKey } from "./tags";
import type { Article } from "./types";

export interface IndexOptions {
	tagSource: "all" | "frontmatter";
	/** Tags left out of grouping, compared by tagKey; hiding `a` also hides `a/b`. */
	hiddenTags: string[];
}

export type IndexChange =
	| { kind: "upsert" | "remove"; path: string; before?: Article; after?: Article }
	| { kind: "rename"; oldPath: string; path: string; before: Article; after: Article };

interface Entry {
	article: Article;
	/** Entry order: smaller came first; decides display labels. */
	seq: number;
	groupTags: string[];
	types: string[];
	month: string | null;
	hasProblems: boolean;
}

const DEFAULT_OPTIONS: IndexOptions = { tagSource: "all", hiddenTags: [] };

export class ArticleIndex {
	private readonly options: IndexOptions;
	private readonly hiddenKeys: string[];
	private readonly entries = new Map<string, Entry>();
	private nextSeq = 0;
	private changes = 0;
	private readonly exactTags = new PathSets();
	private readonly underTags = new PathSets();
	private readonly typeSets = new PathSets();
	private readonly monthSets = new PathSets();
	private readonly untaggedPaths = new Set<string>();
	private readonly untypedPaths = new Set<string>();
	private readonly undatedPaths = new Set<string>();
	private readonly problemSet = new Set<string>();
	private readonly tagLabels = new Map<string, string>();
	private readonly typeLabels = new Map<string, string>();
	private readonly listeners = new Set<(change: IndexChange) => void>();

	constructor(options?: Partial<IndexOptions>) {
		this.options = { ...DEFAULT_OPTIONS, ...options };
		this.hiddenKeys = this.options.hiddenTags.map(tagKey).filter((key) => key !== "");
	}

	/** Notes in the index. */
	get size(): number {
		return this.entries.size;
	}

	/** Grows by one on every effective change, so views can tell whether to redraw. */
	get version(): number {
		return this.changes;
	}

	/** Adds or replaces the note at article.path; a replacement equal to what is stored changes nothing. */
	upsert(article: Article): void {
		const before = this.entries.get(article.path);
		if (before && sameArticle(before.article, article)) return;
		if (before) this.detach(before);
		this.attach(article, before ? before.seq : this.nextSeq++);
		this.changed({ kind: "upsert", path: article.path, before: before?.article, after: article });
	}

	/** Drops the note; returns what was stored, or undefined when the path was unknown. */
	remove(path: string): Article | undefined {
		const entry = this.entries.get(path);
		if (!entry) return undefined;
		this.detach(entry);
		this.entries.delete(path);
		this.changed({ kind: "remove", path, before: entry.article });
		return entry.article;
	}

	/** Moves a note: `next` is the article rebuilt for its new path. An unknown oldPath is a plain upsert. */
	rename(oldPath: string, next: Article): void {
		const old = this.entries.get(oldPath);
		if (!old || oldPath === next.path) {
			this.upsert(next);
			return;
		}
		this.detach(old);
		this.entries.delete(oldPath);
		const displaced = this.entries.get(next.path);
		if (displaced) this.detach(displaced);
		this.attach(next, displaced ? displaced.seq : this.nextSeq++);
		this.changed({ kind: "rename", oldPath, path: next.path, before: old.article, after: next });
	}

	get(path: string): Article | undefined {
		return this.entries.get(path)?.article;
	}

	/** Every note, in the order they entered the index. */
	*articles(): IterableIterator<Article> {
		for (const entry of this.entries.values()) yield entry.article;
	}

	/** The tags this index groups the article by (tagSource, hiddenTags applied). */
	groupTags(article: Article): string[] {
		const source = this.options.tagSource === "frontmatter" ? article.frontmatterTags : article.tags;
		if (this.hiddenKeys.length === 0) return [...source];
		return source.filter((tag) => {
			const key = tagKey(tag);
			return !this.hiddenKeys.some((hidden) => key === hidden || key.startsWith(`${hidden}/`));
		});
	}

	/** Every tag key present, including derived parents of nested tags (`a` for `a/b`). */
	tagKeys(): IterableIterator<string> {
		return this.underTags.keys();
	}

	/** Notes tagged exactly `key`. */
	pathsWithTag(key: string): ReadonlySet<string> {
		return this.exactTags.get(key);
	}

	/** Notes tagged `key` or any `key/...` descendant, each once. */
	pathsUnderTag(key: string): ReadonlySet<string> {
		return this.underTags.get(key);
	}

	/** Display casing: first casing seen among notes still present; for a derived parent, the segment as written. */
	tagLabel(key: string): string {
		const cached = this.tagLabels.get(key);
		if (cached !== undefined) return cached;
		const label = this.computeTagLabel(key);
		if (this.underTags.get(key).size > 0) this.tagLabels.set(key, label);
		return label;
	}

	typeKeys(): IterableIterator<string> {
		return this.typeSets.keys();
	}

	pathsWithType(key: string): ReadonlySet<string> {
		return this.typeSets.get(key);
	}

	/** Display casing of a type: as written by the earliest note still having it. */
	typeLabel(key: string): string {
		const cached = this.typeLabels.get(key);
		if (cached !== undefined) return cached;
		const entry = this.earliest(this.typeSets.get(key));
		const label = entry?.types.find((type) => type.toLowerCase() === key) ?? key;
		if (entry) this.typeLabels.set(key, label);
		return label;
	}

	untagged(): ReadonlySet<string> {
		return this.untaggedPaths;
	}

	untyped(): ReadonlySet<string> {
		return this.untypedPaths;
	}

	/** Months (`yyyy-MM`) that hold at least one dated note. */
	monthKeys(): IterableIterator<string> {
		return this.monthSets.keys();
	}

	pathsInMonth(key: string): ReadonlySet<string> {
		return this.monthSets.get(key);
	}

	undated(): ReadonlySet<string> {
		return this.undatedPaths;
	}

	/** Notes with at least one metadata problem. */
	problemPaths(): ReadonlySet<string> {
		return this.problemSet;
	}

	/** Calls `listener` after every effective change; returns an unsubscribe. */
	onChange(listener: (change: IndexChange) => void): () => void {
		this.listeners.add(listener);
		return () => {
			this.listeners.delete(listener);
		};
	}

	private attach(article: Article, seq: number): void {
		const path = article.path;
		const groupTags = this.groupTags(article);
		const types = [...article.types];
		const month = article.pubDate ? article.pubDate.slice(0, 7) : null;
		const hasProblems = article.problems.length > 0;
		this.entries.set(path, { article, seq, groupTags, types, month, hasProblems });
		for (const tag of groupTags) {
			const key = tagKey(tag);
			this.exactTags.add(key, path);
			for (const k of [key, ...parentTags(key)]) {
				this.underTags.add(k, path);
				this.tagLabels.delete(k);
			}
		}
		if (groupTags.length === 0) this.untaggedPaths.add(path);
		for (const type of types) {
			this.typeSets.add(type.toLowerCase(), path);
			this.typeLabels.delete(type.toLowerCase());
		}
		if (types.length === 0) this.untypedPaths.add(path);
		if (month) this.monthSets.add(month, path);
		else this.undatedPaths.add(path);
		if (hasProblems) this.problemSet.add(path);
	}

	/** Undoes attach for the entry's own keys; the caller removes or overwrites the entry itself. */
	private detach(entry: Entry): void {
		const path = entry.article.path;
		for (const tag of entry.groupTags) {
			const key = tagKey(tag);
			this.exactTags.delete(key, path);
			for (const k of [key, ...parentTags(key)]) {
				this.underTags.delete(k, path);
				this.tagLabels.delete(k);
			}
		}
		this.untaggedPaths.delete(path);
		for (const type of entry.types) {
			this.typeSets.delete(type.toLowerCase(), path);
			this.typeLabels.delete(type.toLowerCase());
		}
		this.untypedPaths.delete(path);
		if (entry.month) this.monthSets.delete(entry.month, path);
		this.undatedPaths.delete(path);
		this.problemSet.delete(path);
	}

	private computeTagLabel(key: string): string {
		const exact = this.earliest(this.exactTags.get(key));
		if (exact) return exact.groupTags.find((tag) => tagKey(tag) === key) ?? key;
		const child = this.earliest(this.underTags.get(key));
		const tag = child?.groupTags.find((t) => tagKey(t).startsWith(`${key}/`));
		if (!tag) return key;
		return tag.split("/").slice(0, key.split("/").length).join("/");
	}

	/** The entry that entered the index first among these paths (cost: the size of the set). */
	private earliest(paths: ReadonlySet<string>): Entry | undefined {
		let best: Entry | undefined;
		for (const path of paths) {
			const entry = this.entries.get(path);
			if (entry && (!best || entry.seq < best.seq)) best = entry;
		}
		return best;
	}

	private changed(change: IndexChange): void {
		this.changes++;
		for (const listener of [...this.listeners]) listener(change);
	}
}

/** Articles are plain data built in a fixed key order, so their JSON is a faithful, cheap equality. */
function sameArticle(a: Article, b: Article): boolean {
	return a === b || JSON.stringify(a) === JSON.stringify(b);
}
