import { DEFAULT_SETTINGS, cloneSettings } from "../../src/core/settings";
import type { ArticleStore, StoreChange } from "../../src/plugin/article-store";
import type { App } from "../obsidian/app";
import { createApp, flushAll } from "../obsidian/app-factory";
import type { Component } from "../obsidian/component";
import { EXAMPLE_VAULT, NOTE } from "./explorer/harness";
import { asOwner, closeStore, openStore, type StoreFixture } from "./store-fixture";

let fixture: StoreFixture;
let app: App;
let owner: Component;
let store: ArticleStore;
let changes: StoreChange[];

function setUp(options: Parameters<typeof createApp>[0] = {}): void {
	fixture = openStore({ files: EXAMPLE_VAULT, ...options });
	({ app, owner, store, changes } = fixture);
}

afterEach(() => closeStore(fixture));

const file = (path: string) => app.vault.getFileByPath(path)!;

describe("start", () => {
	it("fills the catalog from an already indexed vault and is ready at once", () => {
		setUp();
		expect(store.index.size).toBe(0);
		store.start(asOwner(owner));
		expect(store.ready).toBe(true);
		expect(store.index.size).toBe(20);
		expect(changes).toEqual([{ paths: [], rebuilt: true }]);
		expect(store.index.get(NOTE.apologising)).toMatchObject({ types: ["sfcContent", "podcast"], pubDate: "2025-11-17" });
	});

	it("reads each note's cached metadata once at start-up, with no separate pass to see whether the cache is full", () => {
		setUp();
		const reads = jest.spyOn(app.metadataCache, "getFileCache");
		store.start(asOwner(owner));
		expect(store.ready).toBe(true);
		expect(reads).toHaveBeenCalledTimes(20);
		expect(new Set(reads.mock.calls.map(([f]) => f.path)).size).toBe(20);
	});

	it("does not fill again when `resolved` comes after a start on a full cache", async () => {
		setUp();
		store.start(asOwner(owner));
		app.metadataCache.trigger("resolved");
		await flushAll(app);
		expect(changes.filter((c) => c.rebuilt)).toHaveLength(1);
	});

	it("listens only once when started twice", () => {
		setUp();
		store.start(asOwner(owner));
		const listeners = app.vault.listenerCount() + app.metadataCache.listenerCount();
		store.start(asOwner(owner));
		expect(app.vault.listenerCount() + app.metadataCache.listenerCount()).toBe(listeners);
		expect(changes).toHaveLength(1);
	});

	it("waits for `resolved` when the cache is still indexing, then rebuilds with the metadata", async () => {
		setUp({ indexed: false });
		store.start(asOwner(owner));
		expect(store.ready).toBe(false);
		// Listed already, but without metadata yet.
		expect(store.index.get(NOTE.price)?.tags).toEqual([]);
		await flushAll(app);
		expect(store.ready).toBe(true);
		expect(store.index.get(NOTE.price)?.tags).toEqual(["Articles", "sales/objections"]);
		expect(changes.filter((c) => c.rebuilt)).toHaveLength(2);
	});

	it("records why a note's frontmatter was dropped", async () => {
		setUp();
		store.start(asOwner(owner));
		await flushAll(app);
		const problems = store.index.get(NOTE.maybe)?.problems.map((p) => p.code);
		expect(problems).toEqual(["invalid-yaml"]);
		expect(changes.at(-1)).toEqual({ paths: [NOTE.maybe], rebuilt: false });
	});

	it("keeps a note whose frontmatter check cannot read it, with no unhandled rejection", async () => {
		setUp();
		// As when the note is deleted between indexing and the read: the read fails.
		jest.spyOn(app.vault, "cachedRead").mockRejectedValue(new Error("ENOENT: no such file or directory"));
		const unhandled = jest.fn();
		process.on("unhandledRejection", unhandled);
		try {
			store.start(asOwner(owner));
			await flushAll(app);
			await new Promise((r) => setTimeout(r, 0));
		} finally {
			process.off("unhandledRejection", unhandled);
		}
		expect(app.vault.cachedRead).toHaveBeenCalledWith(file(NOTE.maybe));
		expect(unhandled).not.toHaveBeenCalled();
		expect(store.index.get(NOTE.maybe)?.problems).toEqual([]);
		expect(store.index.size).toBe(20);
	});
});

describe("live changes", () => {
	beforeEach(async () => {
		setUp();
		store.start(asOwner(owner));
		// Let the start-up YAML check of the broken draft report first.
		await flushAll(app);
		changes.splice(0);
	});

	it("lists a created note at once and adds its metadata when indexed", async () => {
		await app.vault.create("Drafts/New.md", "---\ntags: [fresh]\n---\n");
		expect(store.index.get("Drafts/New.md")?.tags).toEqual([]);
		await flushAll(app);
		expect(store.index.get("Drafts/New.md")?.tags).toEqual(["fresh"]);
		expect(changes.map((c) => c.paths)).toEqual([["Drafts/New.md"], ["Drafts/New.md"]]);
	});

	it("ignores files that are not notes", async () => {
		await app.vault.create("Media/photo.png", "not really a picture");
		await flushAll(app);
		expect(store.index.size).toBe(20);
		expect(changes).toEqual([]);
	});

	it("follows a rename, and drops a note renamed to another extension", async () => {
		await app.vault.rename(file(NOTE.busy), "Imported/Busy.md");
		expect(store.index.get(NOTE.busy)).toBeUndefined();
		expect(store.index.get("Imported/Busy.md")?.title).toBe("Busy");
		expect(changes.at(-1)?.paths).toEqual([NOTE.busy, "Imported/Busy.md"]);
		await app.vault.rename(file("Imported/Busy.md"), "Imported/Busy.txt");
		expect(store.index.get("Imported/Busy.md")).toBeUndefined();
		expect(store.index.size).toBe(19);
	});

	it("forgets a deleted note once, although the vault and the cache both report it", async () => {
		await app.vault.delete(file(NOTE.coach));
		await flushAll(app);
		expect(store.index.get(NOTE.coach)).toBeUndefined();
		expect(changes).toEqual([{ paths: [NOTE.coach], rebuilt: false }]);
	});
});

describe("settings", () => {
	beforeEach(async () => {
		setUp();
		store.start(asOwner(owner));
		// Let the start-up YAML check of the broken draft report first.
		await flushAll(app);
		changes.splice(0);
	});

	it.each<[string, Partial<typeof DEFAULT_SETTINGS>]>([
		["grouping", { groupMode: "date" }],
		["sorting", { noteSort: "title", groupSort: "count" }],
		["snippets", { mastodonLimit: 1000 }],
	])("does not rebuild for a %s change", (_name, patch) => {
		const before = store.index;
		store.applySettings({ ...cloneSettings(DEFAULT_SETTINGS), ...patch });
		expect(changes).toEqual([]);
		expect(store.index).toBe(before);
	});

	it.each<[string, Partial<typeof DEFAULT_SETTINGS>, number]>([
		["the type property", { typeKey: "format" }, 20],
		["the article selection", { selectionMode: "folders", selectionFolders: ["Imported"] }, 4],
		["the tag source", { frontmatterTagsOnly: true }, 20],
	])("rebuilds when %s changes", (_name, patch, size) => {
		store.applySettings({ ...cloneSettings(DEFAULT_SETTINGS), ...patch });
		expect(changes).toEqual([{ paths: [], rebuilt: true }]);
		expect(store.index.size).toBe(size);
	});
});
