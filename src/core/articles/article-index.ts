/**
 * The incremental article index: groups notes by tag (with derived parents of nested tags), type and month, and
 * keeps the buckets the explorer needs (untagged, untyped, undated, with problems). Peers rescan the vault on
 * every edit; here upsert/remove/rename touch only the one note's own tags, types and month, so an edit costs the
 * same in a 100-note vault as in a 50 000-note one.
 *
 * Display labels ("first casing seen") follow the order notes entered the index: a note keeps its place when
 * replaced, a renamed note moves to the end. Each key keeps its spellings with the orders of the notes writing
 * them (LabelSource), so neither an edit nor a label query ever scans all the notes under a key.
 *
 * Memory: an entry is the (immutable) article and its order; everything derived (keys, months) lives once per
 * distinct key, in the node and set that files it.
 */
import { LabelSource } from "./label-source";
import { PathSets } from "./path-sets";
import { same } from "./same-article";
import { TagNodes, type TagNode } from "./tag-nodes";
import { tagKey } from "./tags";
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
}

/** One type key: its notes and the spellings they use. */
interface TypeNode {
	paths: Set<string>;
	labels: LabelSource;
}

const DEFAULT_OPTIONS: IndexOptions = { tagSource: "all", hiddenTags: [] };
const EMPTY: ReadonlySet<string> = new Set<string>();

// Scratch lists for one attach/detach (the index is single-threaded and never re-entered while filing a note);
// only their first `exactCount` / `descCount` items are current (resetting `length` is a slow path in V8).
const seenExact: (TagNode | null)[] = [];
const seenDesc: (TagNode | null)[] = [];
let exactCount = 0;
let descCount = 0;

function seen(list: (TagNode | null)[], count: number, node: TagNode): boolean {
	for (let i = 0; i < count; i++) if (list[i] === node) return true;
	return false;
}

/** Empties the scratch lists, so they keep no node (and its sets) of this index alive. */
function forgetSeen(): void {
	for (let i = 0; i < exactCount; i++) seenExact[i] = null;
	for (let i = 0; i < descCount; i++) seenDesc[i] = null;
	exactCount = 0;
	descCount = 0;
}

export class ArticleIndex {
	private readonly options: IndexOptions;
	private readonly hiddenKeys: string[];
	private readonly entries = new Map<string, Entry>();
	private nextSeq = 0;
	private changes = 0;
	private readonly tags: TagNodes;
	private readonly typeNodes = new Map<string, TypeNode>();
	private readonly monthSets = new PathSets();
	private readonly untaggedPaths = new Set<string>();
	private readonly untypedPaths = new Set<string>();
	private readonly undatedPaths = new Set<string>();
	private readonly problemSet = new Set<string>();
	private readonly listeners = new Set<(change: IndexChange) => void>();

	constructor(options?: Partial<IndexOptions>) {
		this.options = { ...DEFAULT_OPTIONS, ...options };
		this.hiddenKeys = this.options.hiddenTags.map(tagKey).filter((key) => key !== "");
		this.tags = new TagNodes(this.hiddenKeys);
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
		if (before && same(before.article, article)) return;
		if (before) this.detach(before);
		this.attach(article, before ? before.seq : this.nextSeq++);
		this.changes++;
		if (this.listeners.size > 0) this.emit({ kind: "upsert", path: article.path, before: before?.article, after: article });
	}

	/** Upserts many notes (start-up, settings change); the same as upserting each in turn. */
	fill(articles: Iterable<Article>): void {
		for (const article of articles) this.upsert(article);
	}

	/** Drops the note; returns what was stored, or undefined when the path was unknown. */
	remove(path: string): Article | undefined {
		const entry = this.entries.get(path);
		if (!entry) return undefined;
		this.detach(entry);
		this.entries.delete(path);
		this.changes++;
		if (this.listeners.size > 0) this.emit({ kind: "remove", path, before: entry.article });
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
		this.changes++;
		if (this.listeners.size > 0) this.emit({ kind: "rename", oldPath, path: next.path, before: old.article, after: next });
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
		const source = this.tagSource(article);
		if (this.hiddenKeys.length === 0) return [...source];
		return source.filter((tag) => !this.tags.isHidden(tag));
	}

	/** Every tag key present, including derived parents of nested tags (`a` for `a/b`). */
	tagKeys(): IterableIterator<string> {
		return this.tags.byKey.keys();
	}

	/** Notes tagged exactly `key`. */
	pathsWithTag(key: string): ReadonlySet<string> {
		return this.tags.byKey.get(key)?.exact ?? EMPTY;
	}

	/** Notes tagged `key` or any `key/...` descendant, each once. */
	pathsUnderTag(key: string): ReadonlySet<string> {
		return this.tags.byKey.get(key)?.under ?? EMPTY;
	}

	/** Display casing: first casing seen among notes still present; for a derived parent, the segment as written. */
	tagLabel(key: string): string {
		return this.tags.byKey.get(key)?.label() ?? key;
	}

	typeKeys(): IterableIterator<string> {
		return this.typeNodes.keys();
	}

	pathsWithType(key: string): ReadonlySet<string> {
		return this.typeNodes.get(key)?.paths ?? EMPTY;
	}

	/** Display casing of a type: as written by the earliest note still having it. */
	typeLabel(key: string): string {
		return this.typeNodes.get(key)?.labels.first() ?? key;
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

	private tagSource(article: Article): readonly string[] {
		return this.options.tagSource === "frontmatter" ? article.frontmatterTags : article.tags;
	}

	private attach(article: Article, seq: number): void {
		const path = article.path;
		this.entries.set(path, { article, seq });
		const tags = this.tagSource(article);
		let grouped = 0;
		exactCount = 0;
		descCount = 0;
		for (let i = 0; i < tags.length; i++) {
			const { node, prefixes } = this.tags.resolve(tags[i]);
			if (node === null) continue;
			grouped++;
			// A key written twice by one note counts once, with its first spelling (as `find` would pick).
			if (!seen(seenExact, exactCount, node)) {
				seenExact[exactCount++] = node;
				node.addExact(path, tags[i], seq);
			}
			const chain = node.chain;
			for (let j = 1; j < chain.length; j++) {
				const up = chain[j];
				if (!seen(seenDesc, descCount, up)) {
					seenDesc[descCount++] = up;
					up.addDescendant(path, prefixes[j - 1], seq);
				}
			}
		}
		forgetSeen();
		if (grouped === 0) this.untaggedPaths.add(path);
		const types = article.types;
		for (let i = 0; i < types.length; i++) {
			const key = types[i].toLowerCase();
			let node = this.typeNodes.get(key);
			if (!node) {
				node = { paths: new Set(), labels: new LabelSource() };
				this.typeNodes.set(key, node);
			} else if (node.paths.has(path)) continue;
			node.paths.add(path);
			node.labels.add(types[i], seq);
		}
		if (types.length === 0) this.untypedPaths.add(path);
		if (article.pubDate) this.monthSets.add(article.pubDate.slice(0, 7), path);
		else this.undatedPaths.add(path);
		if (article.problems.length > 0) this.problemSet.add(path);
	}

	/** Undoes attach for the entry's own keys; the caller removes or overwrites the entry itself. */
	private detach(entry: Entry): void {
		const { article, seq } = entry;
		const path = article.path;
		const tags = this.tagSource(article);
		exactCount = 0;
		descCount = 0;
		for (let i = 0; i < tags.length; i++) {
			const { node, prefixes } = this.tags.resolve(tags[i]);
			if (node === null) continue;
			if (!seen(seenExact, exactCount, node)) {
				seenExact[exactCount++] = node;
				node.removeExact(path, tags[i], seq);
			}
			const chain = node.chain;
			for (let j = 1; j < chain.length; j++) {
				const up = chain[j];
				if (!seen(seenDesc, descCount, up)) {
					seenDesc[descCount++] = up;
					up.removeDescendant(path, prefixes[j - 1], seq);
				}
			}
		}
		for (let i = 0; i < exactCount; i++) this.tags.release(seenExact[i]!.chain);
		forgetSeen();
		this.untaggedPaths.delete(path);
		const types = article.types;
		for (let i = 0; i < types.length; i++) {
			const key = types[i].toLowerCase();
			const node = this.typeNodes.get(key);
			if (!node || !node.paths.delete(path)) continue;
			node.labels.remove(types[i], seq);
			if (node.paths.size === 0) this.typeNodes.delete(key);
		}
		this.untypedPaths.delete(path);
		if (article.pubDate) this.monthSets.delete(article.pubDate.slice(0, 7), path);
		this.undatedPaths.delete(path);
		this.problemSet.delete(path);
	}

	private emit(change: IndexChange): void {
		for (const listener of [...this.listeners]) listener(change);
	}
}
