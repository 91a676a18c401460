/**
 * The incremental article index: groups notes by tag (with derived parents of nested tags), type and month, and
 * keeps the buckets the explorer needs (untagged, untyped, undated, with problems). Peers rescan the vault on
 * every edit; here upsert/remove/rename touch only the keys the one note left or joined, so an edit costs the
 * same in a 100-note vault as in a 100 000-note one.
 *
 * Notes are numbered in the order they enter the index (a replaced or renamed note keeps its number, so renaming
 * a folder of 30 000 notes touches no list) and every key holds an ascending list of numbers (IdList). So the
 * earliest note of a key is the first of its list, and display labels ("first casing seen") are read off that note
 * when asked, with no bookkeeping per spelling. The public API speaks paths: key lists are shown as live read-only sets (PathView).
 */
import { cached } from "../maps";
import { IdList } from "./id-list";
import { PathView, type IdTable } from "./path-view";
import { same, sameStrings } from "./same-article";
import { Grouped, refileTags } from "./tag-filing";
import { prefixAt, TagNodes, type TagNode } from "./tag-nodes";
import { NO_STRINGS, tagKey } from "./tags";
import type { Article } from "./types";
import type { Paths } from "./path-set";

export interface IndexOptions {
	tagSource: "all" | "frontmatter";
	/** Tags left out of grouping, compared by tagKey; hiding `a` also hides `a/b`. */
	hiddenTags: string[];
}

export type IndexChange =
	| { kind: "upsert" | "remove"; path: string; before?: Article; after?: Article }
	| { kind: "rename"; oldPath: string; path: string; before: Article; after: Article };

/** One key of a flat grouping (a type, a month, a bucket): its notes and their view. */
interface KeyList {
	readonly key: string;
	readonly ids: IdList;
	readonly view: PathView;
	live: boolean;
}

/** The stamp of the last groupKeys call (see TagNode.listed). */
let listStamp = 0;

const DEFAULT_OPTIONS: IndexOptions = { tagSource: "all", hiddenTags: [] };
const EMPTY: Paths = new Set<string>();

export class ArticleIndex implements IdTable {
	readonly #options: IndexOptions;
	readonly #hiddenKeys: string[];
	/** Path → id. */
	readonly #ids = new Map<string, number>();
	/** Article by id; holes where notes left. */
	#arts: (Article | undefined)[] = [];
	#nextId = 0;
	#changes = 0;
	#renumbered = 0;
	readonly #tags: TagNodes;
	readonly #views = new WeakMap<TagNode, { exact: PathView; under: PathView }>();
	readonly #typeLists = new Map<string, KeyList>();
	/** Type spelling → its list (lower-casing each type of each note is the cost this saves). */
	#typeBySpelling = new Map<string, KeyList>();
	readonly #monthLists = new Map<string, KeyList>();
	readonly #untaggedList = this.#keyList("");
	readonly #untypedList = this.#keyList("");
	readonly #undatedList = this.#keyList("");
	readonly #problemList = this.#keyList("");
	readonly #listeners = new Set<(change: IndexChange) => void>();

	constructor(options?: Partial<IndexOptions>) {
		this.#options = { ...DEFAULT_OPTIONS, ...options };
		this.#hiddenKeys = this.#options.hiddenTags.map(tagKey).filter((key) => key !== "");
		this.#tags = new TagNodes(this.#hiddenKeys);
	}

	/** Notes in the index. */
	get size(): number {
		return this.#ids.size;
	}

	/** Grows by one on every effective change, so views can tell whether to redraw. */
	get version(): number {
		return this.#changes;
	}

	/** Adds or replaces the note at article.path; a replacement equal to what is stored changes nothing. */
	upsert(article: Article): void {
		const id = this.#ids.get(article.path);
		const old = id === undefined ? undefined : this.#arts[id];
		if (old && same(old, article)) return;
		if (id === undefined) this.#enter(article);
		else this.#refile(id, old ?? null, article);
		this.#changed("upsert", article.path, old, article);
	}

	/** Drops the note; returns what was stored, or undefined when the path was unknown. */
	remove(path: string): Article | undefined {
		const id = this.#ids.get(path);
		if (id === undefined) return undefined;
		const old = this.#leave(path, id);
		this.#changed("remove", path, old);
		return old;
	}

	/** Moves a note: `next` is the article rebuilt for its new path. An unknown oldPath is a plain upsert. */
	rename(oldPath: string, next: Article): void {
		const oldId = this.#ids.get(oldPath);
		if (oldId === undefined || oldPath === next.path) {
			this.upsert(next);
			return;
		}
		// A note already at the new path is replaced: it leaves (which may renumber), and the renamed note keeps its
		// number and place, so only the keys its new article changes are touched (a rename rarely changes any).
		const displaced = this.#ids.get(next.path);
		if (displaced !== undefined) this.#leave(next.path, displaced);
		const id = this.#ids.get(oldPath)!;
		const old = this.#arts[id]!;
		this.#ids.delete(oldPath);
		this.#ids.set(next.path, id);
		this.#refile(id, old, next);
		this.#changed("rename", next.path, old, next, oldPath);
	}

	get(path: string): Article | undefined {
		const id = this.#ids.get(path);
		return id === undefined ? undefined : this.#arts[id];
	}

	/** Every note, in the order they entered the index (a renamed note keeps its place). */
	*articles(): IterableIterator<Article> {
		for (const art of this.#arts) if (art) yield art;
	}

	/** The note id of a path (entry order), for PathView. */
	idOf(path: string): number | undefined {
		return this.#ids.get(path);
	}

	/** Grows by one each time the notes are renumbered (see #compactIfSparse): ids read before then are stale. */
	get renumbered(): number {
		return this.#renumbered;
	}

	/** The path of a note id, for PathView. */
	pathOf(id: number): string {
		return this.#arts[id]!.path;
	}

	/** The tags this index groups the article by (tagSource, hiddenTags applied). */
	groupTags(article: Article): string[] {
		const source = this.#tagSource(article);
		if (this.#hiddenKeys.length === 0) return [...source];
		return source.filter((tag) => !this.#tags.isHidden(tag));
	}

	/**
	 * The article's group tag keys as its tags' nodes hold them: de-duplicated, empty ones left out, and with
	 * `parents`, each tag's ancestors first (`a`, `a/b`, `a/b/c`), as `tagKey` and `tagChain` would make them. No text
	 * is sliced or lower-cased, and each key is its node's own string, so maps keyed by it hash it once. Null when a
	 * tag is not filed now (an article the index no longer holds): the caller derives the keys from the text then.
	 */
	groupKeys(article: Article, parents: boolean): string[] | null {
		const tags = this.#tagSource(article);
		const nodes = this.#tags;
		const out: string[] = [];
		const stamp = ++listStamp;
		for (let i = 0; i < tags.length; i++) {
			const node = nodes.find(tags[i]);
			if (node === null) {
				if (nodes.isHidden(tags[i])) continue;
				return null;
			}
			const chain = node.chain;
			if (parents) {
				for (let j = 1; j < chain.length; j++) {
					if (chain[j].listed !== stamp) out.push(chain[j].key);
					chain[j].listed = stamp;
				}
			}
			if (node.listed !== stamp && node.key !== "") out.push(node.key);
			node.listed = stamp;
		}
		return out;
	}

	/** Every tag key present, including derived parents of nested tags (`a` for `a/b`). */
	tagKeys(): IterableIterator<string> {
		return this.#tags.byKey.keys();
	}

	/** Notes tagged exactly `key`. */
	pathsWithTag(key: string): Paths {
		return this.#viewsOf(key)?.exact ?? EMPTY;
	}

	/** Notes tagged `key` or any `key/...` descendant, each once. */
	pathsUnderTag(key: string): Paths {
		return this.#viewsOf(key)?.under ?? EMPTY;
	}

	/** Display casing: first casing seen among notes still present; for a derived parent, the segment as written. */
	tagLabel(key: string): string {
		const node = this.#tags.byKey.get(key);
		const list = node && (node.exact.size > 0 ? node.exact : node.own);
		if (!list) return key;
		const art = this.#arts[list.first()]!;
		if (node.labelOf !== art) this.#labelFrom(art);
		return node.labelOf === art ? node.label : key;
	}

	/**
	 * Labels, in one walk of the article's tags, every node whose label is read off it: a note with 20 000 tags
	 * costs one walk, not one per tag. The first tag of a node (or below it, for a derived parent) wins.
	 */
	#labelFrom(art: Article): void {
		for (const tag of this.#tagSource(art)) {
			const chain = this.#tags.find(tag)?.chain ?? [];
			for (let i = 0; i < chain.length; i++) {
				const node = chain[i];
				const exact = node.exact.size > 0;
				// the tag's own node reads exact tags; an ancestor without notes of its own, the segment
				if (node.labelOf === art || (i > 0) === exact || this.#arts[(exact ? node.exact : node.own!).first()] !== art) continue;
				node.labelOf = art;
				node.label = i > 0 ? prefixAt(tag, node.depth) : tag;
			}
		}
	}

	typeKeys(): IterableIterator<string> {
		return this.#typeLists.keys();
	}

	pathsWithType(key: string): Paths {
		return this.#typeLists.get(key)?.view ?? EMPTY;
	}

	/** Display casing of a type: as written by the earliest note still having it. */
	typeLabel(key: string): string {
		const list = this.#typeLists.get(key);
		if (!list) return key;
		for (const type of this.#arts[list.ids.first()]!.types) if (type.toLowerCase() === key) return type;
		return key;
	}

	untagged(): Paths {
		return this.#untaggedList.view;
	}

	untyped(): Paths {
		return this.#untypedList.view;
	}

	/** Months (`yyyy-MM`) that hold at least one dated note. */
	monthKeys(): IterableIterator<string> {
		return this.#monthLists.keys();
	}

	pathsInMonth(key: string): Paths {
		return this.#monthLists.get(key)?.view ?? EMPTY;
	}

	undated(): Paths {
		return this.#undatedList.view;
	}

	/** Notes with at least one metadata problem. */
	problemPaths(): Paths {
		return this.#problemList.view;
	}

	/** Calls `listener` after every effective change; returns an unsubscribe. */
	onChange(listener: (change: IndexChange) => void): () => void {
		this.#listeners.add(listener);
		return () => {
			this.#listeners.delete(listener);
		};
	}

	#tagSource(article: Article): readonly string[] {
		return this.#options.tagSource === "frontmatter" ? article.frontmatterTags : article.tags;
	}

	#keyList(key: string): KeyList {
		const ids = new IdList();
		return { key, ids, view: new PathView(this, () => ids), live: true };
	}

	/** The views of a tag key's notes (exactly it, and it or below), made on first use; none for a key not filed. */
	#viewsOf(key: string): { exact: PathView; under: PathView } | undefined {
		const node = this.#tags.byKey.get(key);
		return node && cached(this.#views, node, (n) => ({ exact: new PathView(this, () => n.exact), under: new PathView(this, () => n.under) }));
	}

	/** A new note at the end of the entry order. */
	#enter(article: Article): void {
		const id = this.#nextId++;
		this.#ids.set(article.path, id);
		this.#arts[id] = article;
		this.#refile(id, null, article);
	}

	/** Takes a note out of every key and forgets its id; returns its article. */
	#leave(path: string, id: number): Article {
		const old = this.#arts[id]!;
		this.#refile(id, old, null);
		this.#ids.delete(path);
		this.#arts[id] = undefined;
		this.#compactIfSparse();
		return old;
	}

	/** Moves note `id` from the keys of `was` to those of `now` (null: none), touching only keys that differ. */
	#refile(id: number, was: Article | null, now: Article | null): void {
		if (now) this.#arts[id] = now;
		const wasTags = was ? this.#tagSource(was) : null;
		const nowTags = now ? this.#tagSource(now) : null;
		if (!(wasTags && nowTags && sameStrings(wasTags, nowTags))) this.#refileTags(id, wasTags, nowTags);
		if (!(was && now && sameStrings(was.types, now.types))) this.#refileTypes(id, was ? was.types : null, now ? now.types : null);
		const wasMonth = was?.pubDate ? was.pubDate.slice(0, 7) : null;
		const nowMonth = now?.pubDate ? now.pubDate.slice(0, 7) : null;
		if (wasMonth !== nowMonth || !was || !now) {
			if (was) this.#monthOrUndated(wasMonth, false, id);
			if (now) this.#monthOrUndated(nowMonth, true, id);
		}
		flag(this.#untypedList, id, was?.types.length === 0, now?.types.length === 0);
		flag(this.#problemList, id, (was?.problems.length ?? 0) > 0, (now?.problems.length ?? 0) > 0);
	}

	#refileTags(id: number, wasTags: readonly string[] | null, nowTags: readonly string[] | null): void {
		const grouped = refileTags(this.#tags, id, wasTags, nowTags);
		flag(this.#untaggedList, id, wasTags !== null && (grouped & Grouped.was) === 0, nowTags !== null && (grouped & Grouped.is) === 0);
	}

	#refileTypes(id: number, was: readonly string[] | null, now: readonly string[] | null): void {
		for (const type of was ?? NO_STRINGS) {
			const list = this.#typeList(type);
			if (!(now && now.some((t) => this.#typeList(t) === list))) leave(this.#typeLists, list, id);
		}
		for (const type of now ?? NO_STRINGS) this.#typeList(type).ids.add(id);
	}

	#typeList(type: string): KeyList {
		const known = this.#typeBySpelling.get(type);
		if (known && known.live) return known;
		const key = type.toLowerCase();
		const list = cached(this.#typeLists, key, (k) => this.#keyList(k));
		if (this.#typeBySpelling.size > 4 * this.#typeLists.size + 1024) this.#typeBySpelling = new Map();
		this.#typeBySpelling.set(type, list);
		return list;
	}

	#monthOrUndated(month: string | null, add: boolean, id: number): void {
		if (month === null) {
			flag(this.#undatedList, id, !add, add);
			return;
		}
		// Runs for every note of a fill: no closure per call here.
		let list = this.#monthLists.get(month);
		if (add) {
			if (!list) this.#monthLists.set(month, (list = this.#keyList(month)));
			list.ids.add(id);
		} else if (list) leave(this.#monthLists, list, id);
	}

	/**
	 * Renumbers the notes 0…n-1 (keeping their order) once most ids are holes left by deletes, so the article table
	 * never grows past twice the vault; every list keeps its order, so labels and views stay right.
	 */
	#compactIfSparse(): void {
		if (this.#nextId < 1024 || this.#nextId < 2 * this.#ids.size) return;
		const map = new Int32Array(this.#nextId).fill(-1);
		const arts: Article[] = [];
		this.#arts.forEach((art, id) => {
			if (!art) return;
			map[id] = arts.length;
			this.#ids.set(art.path, arts.length);
			arts.push(art);
		});
		for (const node of this.#tags.byKey.values()) {
			node.exact.remap(map);
			node.own?.remap(map);
		}
		for (const list of [...this.#typeLists.values(), ...this.#monthLists.values(), this.#untaggedList, this.#untypedList, this.#undatedList, this.#problemList]) {
			list.ids.remap(map);
		}
		this.#arts = arts;
		this.#nextId = arts.length;
		this.#renumbered++;
	}

	/** Counts an effective change and tells the listeners (the change is built only when someone listens). */
	#changed(kind: IndexChange["kind"], path: string, before?: Article, after?: Article, oldPath?: string): void {
		this.#changes++;
		if (this.#listeners.size === 0) return;
		const change = { kind, path, before, after, oldPath } as IndexChange;
		for (const listener of [...this.#listeners]) listener(change);
	}
}

/** Takes `id` out of a type or month list, and the list out of `lists` (and out of use) once it is empty. */
const leave = (lists: Map<string, KeyList>, list: KeyList, id: number): void => {
	list.ids.remove(id);
	if (list.ids.size > 0) return;
	list.live = false;
	lists.delete(list.key);
};

/** Adds or removes `id` in a bucket as a yes/no property of the note changes. */
const flag = (list: KeyList, id: number, was: boolean, now: boolean): void => {
	list.ids.update(id, was, now);
};

