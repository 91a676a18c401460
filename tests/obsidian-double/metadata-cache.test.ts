import { createApp, flushAll, startApp } from "../obsidian/app-factory";
import type { TFile } from "../obsidian/files";
import { getAllTags } from "../obsidian/metadata-api";
import type { App } from "../obsidian/app";

/** Records metadata cache events as `name:path`. */
function recordCache(app: App): string[] {
	const log: string[] = [];
	app.metadataCache.on("changed", (f: TFile) => log.push(`changed:${f.path}`));
	app.metadataCache.on("deleted", (f: TFile) => log.push(`deleted:${f.path}`));
	app.metadataCache.on("resolve", (f: TFile) => log.push(`resolve:${f.path}`));
	app.metadataCache.on("resolved", () => log.push("resolved"));
	return log;
}

describe("MetadataCache timing", () => {
	it("has no cache for a new note until it is indexed on a later tick", async () => {
		const app = createApp();
		const log = recordCache(app);
		const file = await app.vault.create("a.md", "---\ntags: [x]\n---\nHello #y");
		await Promise.resolve();
		expect(app.metadataCache.getFileCache(file)).toBeNull();
		expect(log).toEqual([]);
		await app.metadataCache.whenIdle();
		expect(getAllTags(app.metadataCache.getFileCache(file) as never)).toEqual(["#x", "#y"]);
		expect(log).toEqual(["changed:a.md", "resolve:a.md", "resolved"]);
	});

	it("passes the text and the new cache to `changed`", async () => {
		const app = createApp({ files: { "a.md": "old" } });
		const seen: [string, unknown][] = [];
		app.metadataCache.on("changed", (_f: TFile, data: string, cache: unknown) => seen.push([data, cache]));
		await app.vault.modify(app.vault.getFileByPath("a.md") as TFile, "#new");
		await app.metadataCache.whenIdle();
		expect(seen).toHaveLength(1);
		expect(seen[0][0]).toBe("#new");
		expect(seen[0][1]).toBe(app.metadataCache.getCache("a.md"));
	});

	it("indexes a burst of changes in one batch with one `resolved`", async () => {
		const app = createApp();
		const log = recordCache(app);
		await app.vault.create("a.md", "");
		await app.vault.create("b.md", "");
		await app.metadataCache.whenIdle();
		expect(log.filter((e) => e === "resolved")).toHaveLength(1);
		expect(log.filter((e) => e.startsWith("changed"))).toEqual(["changed:a.md", "changed:b.md"]);
	});

	it("fires `deleted` with the previous cache and forgets it", async () => {
		const app = createApp({ files: { "a.md": "#t" } });
		const file = app.vault.getFileByPath("a.md") as TFile;
		const before = app.metadataCache.getFileCache(file);
		const prev: unknown[] = [];
		app.metadataCache.on("deleted", (_f: TFile, p: unknown) => prev.push(p));
		await app.vault.delete(file);
		expect(prev).toEqual([before]);
		expect(app.metadataCache.getCache("a.md")).toBeNull();
	});

	it("does not fire `changed` on rename; the cache moves to the new path", async () => {
		const app = createApp({ files: { "a.md": "#t" } });
		const log = recordCache(app);
		const file = app.vault.getFileByPath("a.md") as TFile;
		const cache = app.metadataCache.getFileCache(file);
		await app.vault.rename(file, "b.md");
		await flushAll(app);
		expect(log).toEqual([]);
		expect(app.metadataCache.getCache("b.md")).toBe(cache);
		expect(app.metadataCache.getCache("a.md")).toBeNull();
		expect(app.metadataCache.getFileCache(file)).toBe(cache);
	});

	it("keeps notes with invalid YAML: a cache without frontmatter", async () => {
		const app = createApp({ files: { "bad.md": "---\ntags: [unclosed\n---\nbody #ok" } });
		const cache = app.metadataCache.getCache("bad.md");
		expect(cache).not.toBeNull();
		expect(cache?.frontmatter).toBeUndefined();
		expect(getAllTags(cache as never)).toEqual(["#ok"]);
	});

	it("does not index non-markdown files", async () => {
		const app = createApp({ files: { "c.canvas": "{}" } });
		expect(app.metadataCache.getCache("c.canvas")).toBeNull();
	});

	it("with `indexed: false` the caches fill asynchronously", async () => {
		const app = createApp({ files: { "a.md": "#t" }, indexed: false });
		expect(app.metadataCache.getCache("a.md")).toBeNull();
		await app.metadataCache.whenIdle();
		expect(app.metadataCache.getCache("a.md")).not.toBeNull();
	});
});

describe("start-up with layoutReady: false", () => {
	it("fires vault create for every file, then layout-ready, then indexes", async () => {
		const app = createApp({ files: { "f/a.md": "#t", "b.md": "" }, layoutReady: false });
		const log: string[] = [];
		expect(app.vault.getMarkdownFiles()).toEqual([]);
		app.vault.on("create", (f: { path: string }) => log.push(`create:${f.path}`));
		app.workspace.onLayoutReady(() => log.push(`layout-ready (caches: ${app.vault.getMarkdownFiles().filter((f) => app.metadataCache.getFileCache(f)).length})`));
		app.metadataCache.on("resolved", () => log.push("resolved"));
		await startApp(app);
		expect(log).toEqual(["create:f", "create:f/a.md", "create:b.md", "layout-ready (caches: 0)", "resolved"]);
		expect(app.metadataCache.getCache("f/a.md")).not.toBeNull();
	});
});

describe("link resolution", () => {
	const files = {
		"Inbox.md": "",
		"notes/Target.md": "",
		"notes/Source.md": "[[Target]] [[missing]] [[inbox#Heading]]",
		"archive/Target.md": "",
		"archive/deep/Only here.md": "",
		"img/pic.png": "",
	};

	it.each([
		["Target", "notes/Source.md", "notes/Target.md"],
		["Target", "Inbox.md", "notes/Target.md"], // no same-folder match: the shorter path wins
		["archive/Target", "notes/Source.md", "archive/Target.md"],
		["inbox", "notes/Source.md", "Inbox.md"],
		["Only here", "Inbox.md", "archive/deep/Only here.md"],
		["Only here#Sub", "Inbox.md", "archive/deep/Only here.md"],
		["./Target", "archive/x.md", "archive/Target.md"],
		["../Inbox", "notes/Source.md", "Inbox.md"],
		["pic.png", "Inbox.md", "img/pic.png"],
		["", "notes/Source.md", "notes/Source.md"],
		["nothing", "Inbox.md", null],
	])("getFirstLinkpathDest(%j, %j) → %j", (linkpath, source, expected) => {
		const app = createApp({ files });
		expect(app.metadataCache.getFirstLinkpathDest(linkpath, source)?.path ?? null).toBe(expected);
	});

	it.each([
		["Inbox.md", "Inbox"],
		["notes/Target.md", "notes/Target"],
		["archive/deep/Only here.md", "Only here"],
		["img/pic.png", "pic.png"],
	])("fileToLinktext(%j) → %j (shortest path when possible)", (path, expected) => {
		const app = createApp({ files });
		expect(app.metadataCache.fileToLinktext(app.vault.getFileByPath(path) as TFile, "")).toBe(expected);
	});

	it("counts resolved and unresolved links per source", () => {
		const app = createApp({ files });
		expect(app.metadataCache.resolvedLinks["notes/Source.md"]).toEqual({ "notes/Target.md": 1, "Inbox.md": 1 });
		expect(app.metadataCache.unresolvedLinks["notes/Source.md"]).toEqual({ missing: 1 });
	});

	it("keeps the link maps current through renames and deletes", async () => {
		const app = createApp({ files });
		expect(app.metadataCache.resolvedLinks["notes/Source.md"]).toEqual({ "notes/Target.md": 1, "Inbox.md": 1 });
		await app.vault.rename(app.vault.getFolderByPath("notes")!, "essays");
		expect(app.metadataCache.resolvedLinks["notes/Source.md"]).toBeUndefined();
		expect(app.metadataCache.resolvedLinks["essays/Source.md"]).toEqual({ "essays/Target.md": 1, "Inbox.md": 1 });
		await app.vault.delete(app.vault.getFileByPath("Inbox.md")!);
		expect(app.metadataCache.resolvedLinks["essays/Source.md"]).toEqual({ "essays/Target.md": 1 });
		expect(app.metadataCache.unresolvedLinks["essays/Source.md"]).toEqual({ missing: 1, inbox: 1 });
	});
});
