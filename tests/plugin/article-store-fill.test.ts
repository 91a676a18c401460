/**
 * The start-up fill of a vault that takes more than one slice: the first slice is filed in the layout-ready
 * callback, the rest in later ones, and vault events that arrive between slices never leave the catalog wrong.
 * `window.setTimeout` is held here, so each test decides when the next slice runs, and the clock moves a whole
 * slice's time on every look, so every slice files one chunk of notes.
 */
import { DEFAULT_SETTINGS, cloneSettings } from "../../src/core/settings";
import { FILL_CHUNK, SLICE_MS, type ArticleStore, type StoreChange } from "../../src/plugin/article-store";
import type { App } from "../obsidian/app";
import ArticleDeskPlugin from "../../src/main";
import { loadPlugin, unloadPlugin } from "../obsidian/app-factory";
import type { Component } from "../obsidian/component";
import { ExplorerUi } from "./explorer/harness";
import { asOwner, closeStore, openStore, type StoreFixture } from "./store-fixture";

const NOTES = 2 * FILL_CHUNK + 100;
const pathOf = (i: number) => `Notes/n${String(i).padStart(5, "0")}.md`;

/** The last note's body is garbled by a wrong text encoding, for the idle-time body check. */
const GARBLED = pathOf(NOTES - 5);

function vault(): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < NOTES; i++) files[pathOf(i)] = `---\ntags: [t${i % 7}]\ntype: essay\npubDate: 2024-01-${String(1 + (i % 28)).padStart(2, "0")}\n---\nBody ${i}\n`;
	files[GARBLED] += "It\u00e2\u20ac\u2122s a bad encoding, isn\u00e2\u20ac\u2122t it?\n";
	return files;
}

let fixture: StoreFixture;
let app: App;
let owner: Component;
let store: ArticleStore;
let changes: StoreChange[];
let held: (() => void)[];

beforeEach(() => {
	held = [];
	let ids = 0;
	jest.spyOn(window, "setTimeout").mockImplementation(((fn: () => void) => {
		held.push(fn);
		return ++ids;
	}) as unknown as typeof window.setTimeout);
	let clock = 0;
	jest.spyOn(performance, "now").mockImplementation(() => (clock += SLICE_MS));
	fixture = openStore({ files: vault() });
	({ app, owner, store, changes } = fixture);
});

afterEach(async () => {
	jest.restoreAllMocks();
	await closeStore(fixture);
});

/** Runs the held callbacks (the next slice among them); returns how many ran. */
function nextSlice(): number {
	const due = held.splice(0);
	for (const fn of due) fn();
	return due.length;
}

function finish(): void {
	for (let guard = 0; guard < 100 && held.length > 0; guard++) nextSlice();
}

const file = (path: string) => app.vault.getFileByPath(path)!;

describe("a fill larger than one slice", () => {
	it("files one slice at layout-ready, the rest between frames, and is ready only at the end", async () => {
		store.start(asOwner(owner));
		expect(store.index.size).toBe(FILL_CHUNK);
		expect(store.ready).toBe(false);
		expect(store.fillProgress).toEqual({ done: FILL_CHUNK, total: NOTES });
		expect(changes).toEqual([{ paths: [], rebuilt: false }]);
		let done = false;
		void store.filled().then(() => (done = true));

		nextSlice();
		expect(store.index.size).toBe(2 * FILL_CHUNK);
		expect(store.fillProgress).toEqual({ done: 2 * FILL_CHUNK, total: NOTES });
		nextSlice();
		expect(store.index.size).toBe(NOTES);
		expect(store.ready).toBe(true);
		expect(store.fillProgress).toBeNull();
		expect(changes.map((c) => c.rebuilt)).toEqual([false, false, true]);
		await Promise.resolve();
		expect(done).toBe(true);
		expect(store.index.pathsWithTag("t3").size).toBe(Math.ceil((NOTES - 3) / 7));
	});

	it("skips a note deleted before its slice, and drops one deleted after it was filed", async () => {
		store.start(asOwner(owner));
		await app.vault.delete(file(pathOf(NOTES - 1)));
		await app.vault.delete(file(pathOf(0)));
		finish();
		expect(store.ready).toBe(true);
		expect(store.index.size).toBe(NOTES - 2);
		expect(store.index.get(pathOf(NOTES - 1))).toBeUndefined();
		expect(store.index.get(pathOf(0))).toBeUndefined();
	});

	it("follows a rename before the note's slice, and drops a note renamed to another extension", async () => {
		store.start(asOwner(owner));
		await app.fileManager.renameFile(file(pathOf(NOTES - 2)), "Notes/renamed.md");
		await app.fileManager.renameFile(file(pathOf(NOTES - 3)), "Notes/plain.txt");
		finish();
		expect(store.index.get("Notes/renamed.md")?.tags).toEqual([`t${(NOTES - 2) % 7}`]);
		expect(store.index.get(pathOf(NOTES - 2))).toBeUndefined();
		expect(store.index.get("Notes/plain.txt")).toBeUndefined();
		expect(store.index.size).toBe(NOTES - 1);
	});

	it("keeps an edit made before the note's slice, and lists a note created meanwhile", async () => {
		store.start(asOwner(owner));
		await app.vault.modify(file(pathOf(NOTES - 4)), "---\ntags: [edited]\n---\nNew body\n");
		await app.vault.create("New note.md", "---\ntags: [fresh]\n---\n");
		await waitForCache();
		finish();
		expect(store.index.get(pathOf(NOTES - 4))?.tags).toEqual(["edited"]);
		expect(store.index.get("New note.md")?.tags).toEqual(["fresh"]);
		expect(store.index.size).toBe(NOTES + 1);
	});

	it("starts over when settings change mid-fill, so no note keeps the old settings", async () => {
		store.start(asOwner(owner));
		let done = false;
		void store.filled().then(() => (done = true));
		const settings = cloneSettings(DEFAULT_SETTINGS);
		settings.hiddenTags = ["t1"];
		store.applySettings(settings);
		expect(store.fillProgress).toEqual({ done: FILL_CHUNK, total: NOTES });
		await Promise.resolve();
		// Waiting for the fill means waiting for the one that replaced it.
		expect(done).toBe(false);
		finish();
		await Promise.resolve();
		expect(done).toBe(true);
		expect(store.index.size).toBe(NOTES);
		expect(store.index.pathsWithTag("t1").size).toBe(0);
		expect(changes.filter((c) => c.rebuilt)).toHaveLength(1);
	});

	it("stops filing when its owner unloads, and wakes whoever waits for the fill", async () => {
		store.start(asOwner(owner));
		const waiting = store.filled();
		owner.unload();
		await expect(waiting).resolves.toBeUndefined();
		nextSlice();
		expect(store.index.size).toBe(FILL_CHUNK);
		expect(store.fillProgress).toBeNull();
	});
});

/** Lets the double's metadata cache index what was just written (it flushes on a real timer, not the held one). */
async function waitForCache(): Promise<void> {
	for (let i = 0; i < 20 && app.metadataCache.isIndexing(); i++) await new Promise((resolve) => jest.requireActual<typeof globalThis>("timers").setTimeout(resolve, 0));
}

describe("bodies during the start-up fill", () => {
	it("are queued for the idle-time check slice by slice, and all checked once the fill is done", async () => {
		store.start(asOwner(owner));
		const checked = store.bodiesChecked();
		let settled = false;
		void checked.then(() => (settled = true));
		for (let round = 0; round < 100 && !settled; round++) {
			nextSlice();
			await new Promise((resolve) => jest.requireActual<typeof globalThis>("timers").setImmediate(resolve));
		}
		expect(settled).toBe(true);
		expect(store.ready).toBe(true);
		expect(store.hasBodyMojibake(GARBLED)).toBe(true);
		expect(store.hasBodyMojibake(pathOf(1))).toBe(false);
	});
});

describe("the explorer during a fill", () => {
	it("says how far loading got, then shows the tree", async () => {
		const plugin = await loadPlugin(app, ArticleDeskPlugin);
		const ui = new ExplorerUi((await plugin.activateExplorer())!);
		finish();
		plugin.store.applySettings({ ...plugin.getSettings(), hiddenTags: ["t6"] });
		nextSlice();
		expect(ui.message()).toBe(`Loading articles… ${2 * FILL_CHUNK} of ${NOTES} notes`);
		expect(ui.count()).toBe("Loading…");
		expect(ui.rowEls()).toHaveLength(0);
		finish();
		expect(ui.message()).toBe("");
		expect(ui.count()).toBe(`${NOTES} articles`);
		await unloadPlugin(app, plugin);
	});
});
