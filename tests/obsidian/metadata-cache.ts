/**
 * Obsidian's `MetadataCache`, computed with the project's headless parser (`parseNote`) so the double answers like
 * the app. Timing follows Obsidian: a cache is `null` until its file is indexed; indexing runs on a later timer
 * tick after the vault change, fires `changed(file, data, cache)` and `resolve(file)` per file, then `resolved` once
 * per batch. `deleted(file, prevCache)` fires on delete. A rename moves the cache to the new path and fires nothing.
 */
import type { CachedMetadata } from "obsidian";
import { parseNote } from "../../src/core/metadata/parse-note";
import type { NoteMetadata } from "../../src/core/metadata/types";
import { Events, type EventRef } from "./events";
import { TFile } from "./files";
import { linktextFor, resolveLinkpath } from "./link-resolution";
import type { Vault } from "./vault";

/** Captured at import, so indexing keeps running when a test switches to jest's fake timers. */
const realSetTimeout = globalThis.setTimeout.bind(globalThis);

function isMarkdown(file: unknown): file is TFile {
	return file instanceof TFile && file.extension === "md";
}

/** Per source note, the links it makes: destination path (or unresolved link text) → count. */
type LinkMap = Record<string, Record<string, number>>;
interface LinkMaps {
	resolved: LinkMap;
	unresolved: LinkMap;
}

/** The double's metadata cache; `whenIdle()` lets a test wait until every queued file is indexed. */
export class MetadataCache extends Events {
	/** The link maps, worked out again when read after a change (null): a folder rename is one pass, not one per note. */
	private _links: LinkMaps | null = null;
	private readonly _caches = new Map<string, NoteMetadata>();
	private readonly _queue = new Set<TFile>();
	private _scheduled = false;
	private _waiters: (() => void)[] = [];

	constructor(private readonly vault: Vault) {
		super();
		vault._observe((name, data) => this._onVault(name, data));
	}

	override on(name: "changed", callback: (file: TFile, data: string, cache: CachedMetadata) => unknown, ctx?: unknown): EventRef;
	override on(name: "deleted", callback: (file: TFile, prevCache: CachedMetadata | null) => unknown, ctx?: unknown): EventRef;
	override on(name: "resolve", callback: (file: TFile) => unknown, ctx?: unknown): EventRef;
	override on(name: "resolved", callback: () => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	getFileCache(file: TFile): CachedMetadata | null {
		return this.getCache(file.path);
	}

	getCache(path: string): CachedMetadata | null {
		return (this._caches.get(path)) ?? null;
	}

	getFirstLinkpathDest(linkpath: string, sourcePath: string): TFile | null {
		return resolveLinkpath(this.vault, linkpath, sourcePath);
	}

	fileToLinktext(file: TFile, _sourcePath: string, omitMdExtension = true): string {
		return linktextFor(this.vault, file, omitMdExtension);
	}

	/** Double only: resolves once no file waits to be indexed (after the batch's `resolved` event). */
	whenIdle(): Promise<void> {
		if (!this._scheduled && this._queue.size === 0) return Promise.resolve();
		return new Promise((resolve) => this._waiters.push(resolve));
	}

	/** Double only: true while some file is waiting to be indexed. */
	isIndexing(): boolean {
		return this._scheduled || this._queue.size > 0;
	}

	/** Double only: indexes files at once and without events, as if Obsidian had them cached from a previous run. */
	_indexSilently(files: TFile[]): void {
		for (const file of files) if (isMarkdown(file)) this._caches.set(file.path, parseNote(this.vault._readNow(file)).metadata);
		this._links = null;
	}

	/** Double only: queues files for indexing, as Obsidian does for files it has no cache for at start-up. */
	_enqueue(files: TFile[]): void {
		for (const file of files) if (isMarkdown(file)) this._queue.add(file);
		this._schedule();
	}

	private _onVault(name: string, data: unknown[]): void {
		const file = data[0];
		if (name === "create" || name === "modify") {
			if (isMarkdown(file)) this._enqueue([file]);
		} else if (name === "delete" && file instanceof TFile) {
			this._queue.delete(file);
			const prev = this._caches.get(file.path) ?? null;
			this._caches.delete(file.path);
			this._links = null;
			if (file.extension === "md") this.trigger("deleted", file, prev);
		} else if (name === "rename" && file instanceof TFile) {
			const oldPath = data[1] as string;
			const cache = this._caches.get(oldPath);
			this._caches.delete(oldPath);
			if (cache && file.extension === "md") this._caches.set(file.path, cache);
			else if (!cache && isMarkdown(file)) this._enqueue([file]);
			this._links = null;
		}
	}

	private _schedule(): void {
		if (this._scheduled) return;
		this._scheduled = true;
		realSetTimeout(() => this._flush(), 0);
	}

	private _flush(): void {
		this._scheduled = false;
		const batch = Array.from(this._queue);
		this._queue.clear();
		const indexed: TFile[] = [];
		for (const file of batch) {
			if (this.vault.getFileByPath(file.path) !== file) continue;
			const text = this.vault._readNow(file);
			const { metadata } = parseNote(text);
			this._caches.set(file.path, metadata);
			indexed.push(file);
			this.trigger("changed", file, text, metadata);
		}
		this._links = null;
		for (const file of indexed) this.trigger("resolve", file);
		if (batch.length > 0) this.trigger("resolved");
		if (this._queue.size > 0) {
			this._schedule();
			return;
		}
		const waiters = this._waiters;
		this._waiters = [];
		for (const resolve of waiters) resolve();
	}

	get resolvedLinks(): LinkMap {
		return this._linkMaps().resolved;
	}

	get unresolvedLinks(): LinkMap {
		return this._linkMaps().unresolved;
	}

	private _linkMaps(): LinkMaps {
		if (this._links) return this._links;
		const links: LinkMaps = { resolved: {}, unresolved: {} };
		for (const [source, cache] of this._caches) {
			const resolved: Record<string, number> = {};
			const unresolved: Record<string, number> = {};
			const refs = [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])];
			for (const ref of refs) {
				const dest = resolveLinkpath(this.vault, ref.link, source);
				if (dest) resolved[dest.path] = (resolved[dest.path] ?? 0) + 1;
				else {
					const key = ref.link.split("#")[0];
					unresolved[key] = (unresolved[key] ?? 0) + 1;
				}
			}
			links.resolved[source] = resolved;
			links.unresolved[source] = unresolved;
		}
		this._links = links;
		return links;
	}
}
