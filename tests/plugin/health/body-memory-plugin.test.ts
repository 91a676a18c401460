// The plugin keeps its body checks in the window's IndexedDB (fake-indexeddb here): a restart reads only the notes
// changed while it was off, still reports the garbled ones it knew, and drops what it kept for deleted notes.
import { IDBFactory } from "fake-indexeddb";

import ArticleDeskPlugin from "../../../src/main";
import { BodyMemory } from "../../../src/plugin/health/body-memory";
import type { App } from "../../obsidian/app";
import { createApp, loadPlugin, unloadPlugin } from "../../obsidian/app-factory";
import { keptPaths } from "./kept-bodies";

const GARBLED_TEXT = "It\u00e2\u20ac\u2122s a bad encoding, isn\u00e2\u20ac\u2122t it?\n";
const NOTES = 60;
const pathOf = (i: number) => `Articles/a${String(i).padStart(3, "0")}.md`;

function files(): Record<string, string> {
	const out: Record<string, string> = {};
	for (let i = 0; i < NOTES; i++) out[pathOf(i)] = `---\ntags: [coaching]\npubDate: 2025-03-${String(1 + (i % 28)).padStart(2, "0")}\n---\nArticle ${i}.\n${i % 20 === 3 ? GARBLED_TEXT : ""}`;
	return out;
}

const scope = window as unknown as Record<string, unknown>;
let app: App;
let reads: string[];

beforeEach(() => {
	scope.indexedDB = new IDBFactory();
	app = createApp({ files: files() });
	reads = [];
	const read = app.vault.cachedRead.bind(app.vault);
	jest.spyOn(app.vault, "cachedRead").mockImplementation((file) => {
		reads.push(file.path);
		return read(file);
	});
});

afterEach(async () => {
	jest.restoreAllMocks();
	await app.dispose();
	delete scope.indexedDB;
});

/** Loads the plugin and waits until every note's body has been accounted for. */
async function startPlugin(): Promise<ArticleDeskPlugin> {
	const plugin = await loadPlugin(app, ArticleDeskPlugin);
	await plugin.store.bodiesChecked();
	return plugin;
}

/** Unloads the plugin and waits until its last writes have reached the database. */
async function stopPlugin(plugin: ArticleDeskPlugin): Promise<void> {
	await unloadPlugin(app, plugin);
	const memory = BodyMemory.open(scope, app.vault.getName())!;
	// A readwrite transaction queued by the unload runs before this connection's read of the same store.
	await memory.lookup([pathOf(0)]);
	memory.close();
	reads = [];
}

const garbledOf = (plugin: ArticleDeskPlugin) => Object.keys(files()).filter((p) => plugin.store.hasBodyMojibake(p));

it("reads every note on the first start, and on a restart only those changed while it was off", async () => {
	const first = await startPlugin();
	expect(reads).toHaveLength(NOTES);
	expect(garbledOf(first)).toEqual([pathOf(3), pathOf(23), pathOf(43)]);
	await stopPlugin(first);

	const changed = app.vault.getFileByPath(pathOf(5))!;
	await app.vault.modify(changed, `Article 5, now garbled.\n${GARBLED_TEXT}`);
	const second = await startPlugin();
	expect(reads).toEqual([pathOf(5)]);
	expect(garbledOf(second)).toEqual([pathOf(3), pathOf(5), pathOf(23), pathOf(43)]);
	await unloadPlugin(app, second);
});

it("starts over where IndexedDB is missing, reading every note each time", async () => {
	delete scope.indexedDB;
	await unloadPlugin(app, await startPlugin());
	reads = [];
	const second = await startPlugin();
	expect(reads).toHaveLength(NOTES);
	expect(garbledOf(second)).toEqual([pathOf(3), pathOf(23), pathOf(43)]);
	await unloadPlugin(app, second);
});

it("drops what it kept for a note deleted while it was off", async () => {
	await stopPlugin(await startPlugin());
	await app.vault.delete(app.vault.getFileByPath(pathOf(23))!);
	const second = await startPlugin();
	expect(reads).toEqual([]);
	await stopPlugin(second);
	const kept = await keptPaths(scope.indexedDB as IDBFactory, app.vault.getName());
	expect(kept).toHaveLength(NOTES - 1);
	expect(kept).not.toContain(pathOf(23));
});

it("moves what it kept when a folder is renamed: no read then, none at the next start", async () => {
	const first = await startPlugin();
	reads = [];
	await app.vault.rename(app.vault.getFolderByPath("Articles")!, "Published");
	await first.store.bodiesChecked();
	expect(reads).toEqual([]);
	expect(Object.keys(files()).filter((p) => first.store.hasBodyMojibake(p.replace("Articles/", "Published/")))).toHaveLength(3);
	await stopPlugin(first);
	const second = await startPlugin();
	expect(reads).toEqual([]);
	expect(garbledOf(second)).toEqual([]);
	expect(Object.keys(files()).filter((p) => second.store.hasBodyMojibake(p.replace("Articles/", "Published/")))).toEqual([pathOf(3), pathOf(23), pathOf(43)]);
	await stopPlugin(second);
	const kept = await keptPaths(scope.indexedDB as IDBFactory, app.vault.getName());
	expect(kept).toHaveLength(NOTES);
	expect(kept.every((path) => path.startsWith("Published/"))).toBe(true);
});
