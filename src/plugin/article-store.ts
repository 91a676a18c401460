/**
 * Keeps the article catalog in step with the vault: filled after layout-ready in slices between frames, then patched one
 * note at a time from metadata-cache and vault events. Views listen to its `changed` event; they never read the vault.
 */
import type { App, CachedMetadata, EventRef, TAbstractFile } from "obsidian";
import { Component, Events, TFile, getAllTags, parseFrontMatterTags, parseYaml } from "./obsidian-api";

import { ArticleCatalog, catalogOptionsFrom } from "../core/articles/catalog";
import type { NoteInput } from "../core/articles/types";
import type { ArticleDeskSettings } from "../core/settings";
import { BodyMemory } from "./health/body-memory";
import { BodyScanner } from "./health/body-scanner";
import { fileByPath, fileCache, isMarkdownFile } from "./markdown-file";
import { cancelLater, later } from "./timers";

/** What changed, so a view can decide whether to redraw at once (the active note) or coalesce. */
export interface StoreChange {
	paths: string[];
	/** True when the whole catalog was rebuilt (start-up, settings change). */
	rebuilt: boolean;
}

/** Notes filed between two looks at the clock during a full fill; a vault this small is filled at once. */
export const FILL_CHUNK = 250;
/**
 * A slice of a full fill ends once this many ms have passed; then Obsidian draws and handles input before the next
 * one. Below the 50 ms that make a browser task "long", and long enough that the pauses between slices (timers
 * nested this deep wait at least 4 ms) add only about a tenth to the whole fill.
 */
export const SLICE_MS = 30;

/** A full fill under way: the notes listed when it began, and how far it got. */
interface Fill {
	files: TFile[];
	next: number;
	/** The timer of the next slice; 0 when none is set. */
	timer: number;
	/** Listed notes deleted, or renamed to another extension, since the fill began. */
	gone: Set<TAbstractFile>;
}

export class ArticleStore extends Events {
	#catalog: ArticleCatalog;
	/** False until the metadata cache has finished its first pass (notes lack their tags and types until then). */
	#cacheResolved = false;
	/** Whether the last full fill met a note the cache had not read yet: then `resolved` fills again. */
	#uncached = false;
	#fill: Fill | null = null;
	#fillWaiters: (() => void)[] = [];
	/** True until the start-up fill ends: each of its slices hands the notes it filed to the idle-time body check. */
	#queueBodies = false;
	#started = false;
	/** YAML errors found by reading notes whose frontmatter Obsidian dropped, kept until the note changes. */
	readonly #yamlErrors = new Map<string, string>();
	/** Which bodies are garbled: learned lazily, so the catalog is patched when a result comes in. */
	readonly #bodies: BodyScanner;
	/** Where the body checks are kept between starts (null without IndexedDB), and its sweep of deleted notes. */
	#memory: BodyMemory | null = null;
	#sweeping: Promise<void> = Promise.resolve();

	readonly #app: App;
	#settings: ArticleDeskSettings;

	constructor(app: App, settings: ArticleDeskSettings) {
		super();
		this.#app = app;
		this.#settings = settings;
		this.#catalog = new ArticleCatalog(catalogOptionsFrom(settings));
		this.#bodies = new BodyScanner(app.vault, (file) => this.#refreshFile(file));
	}

	get index() {
		return this.#catalog.index;
	}

	/** False while the metadata cache is still indexing or the catalog is being filled; the view shows "loading". */
	get ready(): boolean {
		return this.#cacheResolved && this.#fill === null;
	}

	/** Notes filed so far and in all while a full fill is under way; null otherwise. */
	get fillProgress(): { done: number; total: number } | null {
		return this.#fill && { done: this.#fill.next, total: this.#fill.files.length };
	}

	/** Resolves once no full fill is under way (tests and benchmarks; the plugin never waits). */
	filled(): Promise<void> {
		if (this.#fill === null) return Promise.resolve();
		return new Promise((resolve) => this.#fillWaiters.push(resolve));
	}

	/** Fills the catalog and starts listening. Call from `onLayoutReady`; `owner` scopes every listener. */
	start(owner: Component): void {
		if (this.#started) return;
		this.#started = true;
		const { metadataCache, vault } = this.#app;
		for (const ref of [
			metadataCache.on("changed", (file, _data, cache) => this.#updateFile(file, cache)),
			metadataCache.on("deleted", (file) => this.#removeFile(file)),
			vault.on("delete", (file) => this.#removeFile(file)),
			vault.on("rename", (file, oldPath) => this.#renameFile(file, oldPath)),
			vault.on("create", (file) => this.#createFile(file)),
			metadataCache.on("resolved", () => {
				if (this.#cacheResolved) return;
				this.#cacheResolved = true;
				if (this.#uncached) this.#rebuild();
			}),
		]) {
			owner.registerEvent(ref);
		}
		// Body checks already made on this device are taken from its IndexedDB instead of reading every note again.
		const memory = BodyMemory.open(window, vault.getName());
		this.#memory = memory;
		this.#bodies.useMemory(memory);
		owner.register(() => {
			this.#bodies.stop();
			memory?.close();
			this.#stopFill();
		});
		// Bodies are read in idle time, never here; queueing them slice by slice keeps even that (~25 ms for 100k
		// notes) out of the layout-ready callback.
		this.#queueBodies = true;
		this.#rebuild();
	}

	/** Whether the note's body is known to be garbled by a wrong text encoding (false until it has been read). */
	hasBodyMojibake(path: string): boolean {
		return this.#bodies.has(path);
	}

	/**
	 * Resolves once every body queued at start-up has been checked, and the kept answers of notes deleted meanwhile
	 * dropped (tests and benchmarks; the plugin never waits).
	 */
	async bodiesChecked(): Promise<void> {
		await this.filled();
		await this.#bodies.idle();
		await this.#sweeping;
	}

	/** Settings that change what an article is, or how it is indexed, rebuild the catalog. */
	applySettings(settings: ArticleDeskSettings): void {
		const before = JSON.stringify(catalogOptionsFrom(this.#settings));
		this.#settings = settings;
		if (JSON.stringify(catalogOptionsFrom(settings)) === before) return;
		this.#catalog = new ArticleCatalog(catalogOptionsFrom(settings));
		if (this.#started) this.#rebuild();
	}

	/** Builds the core's view of one note from Obsidian's cache (a note not yet indexed gets empty metadata). */
	noteInput(file: TFile, cache: CachedMetadata | null): NoteInput {
		return {
			path: file.path,
			frontmatter: cache?.frontmatter ?? null,
			tags: cache ? getAllTags(cache) : null,
			frontmatterTags: cache?.frontmatter ? parseFrontMatterTags(cache.frontmatter) : null,
			yamlError: this.#yamlErrors.get(file.path) ?? null,
			mtime: file.stat?.mtime ?? 0,
			bodyMojibake: this.#bodies.has(file.path),
		};
	}

	/** The note's input as the metadata cache holds it now. */
	#cachedInput(file: TFile): NoteInput {
		return this.noteInput(file, fileCache(this.#app, file));
	}

	/**
	 * Refills the catalog from every note: the first slice now, the rest between frames (see SLICE_MS). The clock
	 * starts before the notes are listed, as listing 100k of them is part of the slice's time.
	 */
	#rebuild(since = performance.now(), files = this.#app.vault.getMarkdownFiles()): void {
		// A fill under way is replaced, not finished: whoever waits for it waits for this one.
		this.#cancelSlice();
		this.#fill = { files, next: 0, timer: 0, gone: new Set() };
		this.#uncached = false;
		this.#fillSlice(since);
	}

	/** Files notes until SLICE_MS have passed since `since` (at least one chunk), then pauses or finishes. */
	#fillSlice(since: number): void {
		const fill = this.#fill;
		if (!fill) return;
		fill.timer = 0;
		const { files, gone } = fill;
		const from = fill.next;
		let i = from;
		while (i < files.length) {
			const end = Math.min(files.length, i + FILL_CHUNK);
			for (; i < end; i++) {
				const file = files[i];
				// Events keep the catalog right during a pause: a note that left since the list was taken has been
				// handled already; one changed or renamed is read again, which changes nothing.
				if (gone.size > 0 && gone.has(file)) continue;
				// One note's input at a time: each dies young, instead of 100k of them living until the vault is read.
				const cache = fileCache(this.#app, file);
				if (!cache) this.#uncached = true;
				this.#fileNote(file, cache);
			}
			if (performance.now() - since >= SLICE_MS) break;
		}
		fill.next = i;
		// A fill that replaced the start-up one queues its notes again: those still waiting are skipped.
		if (this.#queueBodies) this.#bodies.enqueue(files.slice(from, i));
		if (i < files.length) {
			fill.timer = later(() => this.#fillSlice(performance.now()), 0);
			// Lets an open view show how far loading got.
			this.#changed([]);
			return;
		}
		// A cache that had resolved before we started fires no `resolved` event: one that held every note is ready.
		if (!this.#uncached) this.#cacheResolved = true;
		this.#stopFill();
		// The start-up list is complete: what the device kept for notes no longer in the vault can go.
		if (this.#queueBodies && this.#memory) this.#sweeping = this.#memory.sweep((path) => fileByPath(this.#app, path) !== null);
		this.#queueBodies = false;
		this.#changed([], true);
	}

	#cancelSlice(): void {
		cancelLater(this.#fill?.timer);
	}

	/** Ends the fill under way, if any (done, or the plugin unloading), and wakes whoever waits for it. */
	#stopFill(): void {
		this.#cancelSlice();
		this.#fill = null;
		for (const wake of this.#fillWaiters.splice(0)) wake();
	}

	#updateFile(file: TFile, cache: CachedMetadata): void {
		if (file.extension !== "md") return;
		if (!mayHaveYamlError(cache)) this.#yamlErrors.delete(file.path);
		this.#fileNote(file, cache);
		// During the first indexing pass every note reports a change: those wait for idle time like the rest.
		if (this.#cacheResolved) this.#bodies.check(file);
		else this.#bodies.enqueue([file]);
		this.#changed([file.path]);
	}

	/** Re-reads one note's article after something learned outside the metadata cache (a body check). */
	#refreshFile(file: TFile): void {
		if (fileByPath(this.#app, file.path) === file) this.#listFile(file);
	}

	#createFile(file: TAbstractFile): void {
		if (!isMarkdownFile(file)) return;
		// Listed at once; its metadata arrives with the cache's `changed` event.
		this.#listFile(file);
	}

	/** Re-reads one note from the cache into the catalog and tells the views. */
	#listFile(file: TFile): void {
		this.#catalog.update(this.#cachedInput(file));
		this.#changed([file.path]);
	}

	/** A note deleted (or renamed away from `.md`, leaving `path`); a fill under way must not list it again. */
	#removeFile(file: TAbstractFile, path = file.path): void {
		this.#fill?.gone.add(file);
		this.#yamlErrors.delete(path);
		this.#bodies.forget(path);
		if (!this.index.get(path)) return;
		this.#catalog.remove(path);
		this.#changed([path]);
	}

	#renameFile(file: TAbstractFile, oldPath: string): void {
		if (!(file instanceof TFile)) return;
		if (file.extension !== "md") {
			this.#removeFile(file, oldPath);
			return;
		}
		const yamlError = this.#yamlErrors.get(oldPath);
		this.#yamlErrors.delete(oldPath);
		if (yamlError !== undefined) this.#yamlErrors.set(file.path, yamlError);
		this.#bodies.rename(oldPath, file);
		this.#catalog.rename(oldPath, file.path, () => this.#cachedInput(file));
		this.#changed([oldPath, file.path]);
	}

	/** Files one note from its cached metadata, then checks whether its frontmatter was dropped as invalid. */
	#fileNote(file: TFile, cache: CachedMetadata | null): void {
		this.#catalog.update(this.noteInput(file, cache));
		this.#checkYaml(file, cache);
	}

	/**
	 * Obsidian drops frontmatter it cannot parse without saying why. When a note opens with a frontmatter block but has
	 * no frontmatter, read it once and record the YAML error, so the note is listed with a clear problem.
	 */
	#checkYaml(file: TFile, cache: CachedMetadata | null): void {
		if (!mayHaveYamlError(cache)) return;
		void this.#app.vault.cachedRead(file).then((text) => {
			if (fileCache(this.#app, file) !== cache) return;
			const error = yamlErrorOf(text);
			if ((error ?? undefined) === this.#yamlErrors.get(file.path)) return;
			if (error) this.#yamlErrors.set(file.path, error);
			else this.#yamlErrors.delete(file.path);
			// The cache is still `cache` (checked above), so this files the note from it again.
			this.#listFile(file);
		}, ignoreGoneNote);
	}

	/** Subscribes to changes; register the returned ref with `registerEvent` so it ends with its owner. */
	onChange(listener: (change: StoreChange) => void): EventRef {
		return this.on("changed", (change: unknown) => listener(change as StoreChange));
	}

	#changed(paths: string[], rebuilt = false): void {
		this.trigger("changed", { paths, rebuilt } satisfies StoreChange);
	}
}

/** A read that failed (mostly a note deleted or renamed meanwhile, which its own event handles) leaves the note as listed. */
const ignoreGoneNote = (): void => {};

/** A note that opens with a non-empty frontmatter block of which Obsidian kept nothing: its YAML may be invalid. */
const mayHaveYamlError = (cache: CachedMetadata | null): cache is CachedMetadata => {
	const first = cache?.sections?.[0];
	return !!cache && !cache.frontmatter && first?.type === "yaml" && first.position.end.line - first.position.start.line >= 2;
};

/** The YAML parser's message for a frontmatter block, or null when it parses (or there is none). */
const yamlErrorOf = (text: string): string | null => {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\s*(?:\r?\n|$)/.exec(text);
	if (!match) return null;
	try {
		parseYaml(match[1]);
		return null;
	} catch (e) {
		// The parser's first line, as the CLI reports it; buildArticle says what it means for the note.
		const first = String((e as Error).message ?? e).split("\n")[0].trim();
		return (first.endsWith(":") ? first.slice(0, -1) : first) || "unknown error";
	}
};
