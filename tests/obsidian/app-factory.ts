/**
 * Builds a ready-to-use `App` for a test from a `{ path: text }` map and/or a folder on disk, loads plugins the way
 * Obsidian does, and waits for background work. Two start-up modes:
 * - `layoutReady: true` (default): files are in the vault, indexed (as if cached from a previous run) and the
 *   layout is ready — no events have fired. Pass `indexed: false` to have them indexed asynchronously instead.
 * - `layoutReady: false`: the vault starts empty; after loading the plugin, `await startApp(app)` adds the files
 *   (firing vault `create` for each, as Obsidian does at vault load), triggers layout-ready, then indexes them
 *   (firing `changed` per note and `resolved`), as Obsidian does on a first start.
 */
import * as fs from "fs";
import * as nodePath from "path";
import type { App as ObsidianApp, PluginManifest } from "obsidian";
import { App } from "./app";
import { pluginDataPath } from "./plugin";
import { parentPath } from "./files";

/** What a test vault holds and how far start-up has gone. */
export interface CreateAppOptions {
	/** Vault path → file text. Folders are created as needed. */
	files?: Record<string, string>;
	/** A folder on disk whose files (hidden ones excepted) are loaded first; `files` entries win on clashes. */
	folder?: string;
	/** Empty folders to create. */
	folders?: string[];
	/** Default true; see the file comment. */
	layoutReady?: boolean;
	/** Default true; only used with `layoutReady: true`. */
	indexed?: boolean;
	/** Plugin id → what its `loadData()` returns. */
	pluginData?: Record<string, unknown>;
	/** A fixed clock for ctime/mtime (ms since the epoch). */
	now?: number;
}

const pendingStart = new WeakMap<App, { files: Record<string, string>; folders: string[] }>();

/** The text files under `dir`, keyed by vault path (`/`-separated); dot-files and dot-folders are skipped like Obsidian. */
export function readFolder(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (abs: string, rel: string): void => {
		for (const entry of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
			if (entry.name.startsWith(".")) continue;
			const childRel = rel === "" ? entry.name : `${rel}/${entry.name}`;
			const childAbs = nodePath.join(abs, entry.name);
			if (entry.isDirectory()) walk(childAbs, childRel);
			else out[childRel.normalize("NFC")] = fs.readFileSync(childAbs, "utf8");
		}
	};
	walk(dir, "");
	return out;
}

/** Creates an app over an in-memory vault; see `CreateAppOptions`. */
export function createApp(options: CreateAppOptions = {}): App {
	const app = new App();
	if (options.now !== undefined) {
		const now = options.now;
		app.vault.clock = () => now;
	}
	for (const [id, data] of Object.entries(options.pluginData ?? {})) {
		app.vault.adapter.hiddenFiles.set(pluginDataPath(app, { id }), JSON.stringify(data));
	}
	const files = { ...(options.folder ? readFolder(options.folder) : {}), ...(options.files ?? {}) };
	const folders = options.folders ?? [];
	if (options.layoutReady === false) {
		pendingStart.set(app, { files, folders });
		return app;
	}
	for (const folder of folders) app.vault._loadFolderSilently(folder);
	const loaded = Object.entries(files).map(([path, text]) => app.vault._loadSilently(path, text));
	if (options.indexed === false) app.metadataCache._enqueue(loaded);
	else app.metadataCache._indexSilently(loaded);
	app.workspace.triggerLayoutReady();
	return app;
}

/** Finishes a `layoutReady: false` start-up: vault load (with `create` events), layout-ready, then indexing. */
export async function startApp(app: App): Promise<void> {
	const pending = pendingStart.get(app);
	if (!pending) throw new Error("startApp: this app was not created with layoutReady: false, or was started already.");
	pendingStart.delete(app);
	const folderSet = new Set(pending.folders);
	for (const path of Object.keys(pending.files)) for (let p = parentPath(path); p !== ""; p = parentPath(p)) folderSet.add(p);
	for (const folder of Array.from(folderSet).sort()) if (!app.vault.getFolderByPath(folder)) await app.vault.createFolder(folder);
	for (const [path, text] of Object.entries(pending.files)) await app.vault.create(path, text);
	app.workspace.triggerLayoutReady();
	await flushAll(app);
}

const realSetTimeout = globalThis.setTimeout.bind(globalThis);

/** Waits until indexing, view closing and the callbacks they trigger have all settled. */
export async function flushAll(app: App): Promise<void> {
	for (let round = 0; round < 50; round++) {
		await app.metadataCache.whenIdle();
		await app.workspace.whenIdle();
		await new Promise((resolve) => realSetTimeout(resolve, 0));
		if (!app.metadataCache.isIndexing()) return;
	}
	throw new Error("flushAll: the app did not settle after 50 rounds (an endless modify loop?).");
}

/** The manifest tests use when they give none. */
export const TEST_MANIFEST: PluginManifest = {
	id: "article-desk",
	name: "Article Desk",
	author: "Test",
	version: "0.0.0",
	minAppVersion: "1.13.0",
	description: "Test manifest.",
};

/** Constructs a plugin, runs `load()` as Obsidian does, and awaits an async `onload`. */
export async function loadPlugin<P extends { load(): void }>(
	app: App,
	PluginClass: new (app: never, manifest: never) => P,
	manifest: Partial<PluginManifest> = {},
): Promise<P> {
	const plugin = new PluginClass(app as never, { ...TEST_MANIFEST, ...manifest } as never);
	plugin.load();
	await (plugin as unknown as { _loading: Promise<unknown> | null })._loading;
	return plugin;
}

/** Unloads a plugin (as disabling it does) and waits for its views to finish closing. */
export async function unloadPlugin(app: App, plugin: { unload(): void }): Promise<void> {
	plugin.unload();
	await flushAll(app);
}

/** The double's app typed as Obsidian's, for constructors typed against obsidian.d.ts (views, modals, tabs). */
export function asObsidianApp(app: App): ObsidianApp {
	return app as unknown as ObsidianApp;
}
