/**
 * The garbled-text check keeps its answers in Chromium's real IndexedDB: after the plugin is disabled and enabled
 * again, also in a reloaded page, no note of the example vault is read a second time, and the garbled notes
 * are still reported.
 */
import { expect, it, jest } from "@jest/globals";

import { pagePerTest } from "./harness";

jest.setTimeout(60000);

/** The example vault's notes with mojibake in their body (another has it only in its frontmatter). */
const GARBLED = [
	"Imported/The handshake before the handshake.md",
	"Imported/Why your best prospects say no.md",
];

/**
 * The note whose frontmatter Obsidian drops as invalid YAML: each start reads it once to report the YAML error, which
 * is not the body check; every other read would be.
 */
const BROKEN_YAML = ["Drafts/Maybe is the most expensive word.md"];

const currentPage = pagePerTest("?explorer=closed");

/** What the page's plugin has found once its body checks are done: the notes read meanwhile, the garbled ones. */
interface Scan {
	reads: string[];
	garbled: string[];
	notes: number;
}

/**
 * In the page: from now on counts `cachedRead` calls; if `restart`, disables the plugin (as Obsidian does, keeping
 * its class) and enables a new instance; then waits until the body checks are done and tells what was found.
 */
function scan(restart: boolean): Promise<Scan> {
	return currentPage().evaluate(async (restart) => {
		type Store = { bodiesChecked(): Promise<void>; hasBodyMojibake(path: string): boolean };
		type Loaded = { store: Store; manifest: unknown; unload(): void; load(): void; _loading?: Promise<unknown> };
		const handle = window.articleDesk as unknown as { app: { vault: { cachedRead(f: unknown): Promise<string>; getMarkdownFiles(): { path: string }[] } }; plugin: Loaded };
		const { vault } = handle.app;
		let reads: string[] = [];
		const read = vault.cachedRead;
		vault.cachedRead = (file) => {
			reads.push((file as { path: string }).path);
			return read.call(vault, file);
		};
		let plugin = handle.plugin;
		await plugin.store.bodiesChecked();
		if (restart) {
			reads = [];
			plugin.unload();
			const PluginClass = plugin.constructor as new (app: unknown, manifest: unknown) => Loaded;
			plugin = new PluginClass(handle.app, plugin.manifest);
			plugin.load();
			await plugin._loading;
			handle.plugin = plugin;
			await plugin.store.bodiesChecked();
		}
		vault.cachedRead = read;
		const notes = vault.getMarkdownFiles().map((f) => f.path);
		return { reads: reads.sort(), notes: notes.length, garbled: notes.filter((p) => plugin.store.hasBodyMojibake(p)).sort() };
	}, restart);
}

it("reads each note once, then takes the kept answers after a restart, and after a restart of the reloaded page", async () => {
	const first = await scan(false);
	expect(first.garbled).toEqual(GARBLED);
	expect(first.notes).toBeGreaterThan(10);
	const restarted = await scan(true);
	expect(restarted).toEqual({ reads: BROKEN_YAML, notes: first.notes, garbled: GARBLED });

	// The restart's unload sent its writes; a reload starts a new page over the same IndexedDB, which holds one
	// record per note.
	await currentPage().reload();
	await currentPage().waitForSelector("body[data-ready]");
	const kept = await currentPage().evaluate(
		() =>
			new Promise<number>((resolve, reject) => {
				const open = indexedDB.open("article-desk-body-checks/Test vault");
				open.onerror = () => reject(new Error("cannot open"));
				open.onsuccess = () => {
					const count = open.result.transaction("bodies").objectStore("bodies").count();
					count.onsuccess = () => resolve(count.result);
				};
			}),
	);
	expect(kept).toBe(first.notes);
	const reloaded = await scan(true);
	expect(reloaded).toEqual({ reads: BROKEN_YAML, notes: first.notes, garbled: GARBLED });
});

it("reads a note again once it was edited, and keeps the new answer", async () => {
	await scan(false);
	const fixed = await currentPage().evaluate(async (path) => {
		const { vault } = (window.articleDesk as unknown as { app: { vault: { getFileByPath(p: string): unknown; modify(f: unknown, text: string): Promise<void> } } }).app;
		await vault.modify(vault.getFileByPath(path), "Rewritten in clean text, with a real apostrophe: it’s fine.\n");
		return path;
	}, GARBLED[1]);
	// The edit's own check runs at once; wait for it, then restart: nothing is read, and the fix is known.
	await currentPage().waitForFunction((path) => !(window.articleDesk as unknown as { plugin: { store: { hasBodyMojibake(p: string): boolean } } }).plugin.store.hasBodyMojibake(path), fixed);
	const restarted = await scan(true);
	expect(restarted.reads).toEqual(BROKEN_YAML);
	expect(restarted.garbled).toEqual(GARBLED.filter((p) => p !== fixed));
});

it("moves the kept answers with a renamed folder: no read then, none after a restart", async () => {
	await scan(false);
	await currentPage().evaluate(async () => {
		type Vault = { getFolderByPath(p: string): unknown; rename(f: unknown, to: string): Promise<void> };
		const { vault } = (window.articleDesk as unknown as { app: { vault: Vault } }).app;
		await vault.rename(vault.getFolderByPath("Imported"), "Blog archive");
	});
	const moved = GARBLED.map((p) => p.replace("Imported/", "Blog archive/"));
	const after = await scan(false);
	expect(after.reads).toEqual([]);
	expect(after.garbled).toEqual(moved);
	const restarted = await scan(true);
	expect(restarted.reads).toEqual(BROKEN_YAML);
	expect(restarted.garbled).toEqual(moved);
});
