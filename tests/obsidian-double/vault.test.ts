import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { createApp, readFolder } from "../obsidian/app-factory";
import { TFile, TFolder } from "../obsidian/files";
import type { TAbstractFile } from "../obsidian/files";
import type { Vault } from "../obsidian/vault";
import { normalizePath } from "../obsidian/paths";

/** Records vault events as `name:path` (plus `<-oldPath` for renames). */
function recordEvents(vault: Vault): string[] {
	const log: string[] = [];
	for (const name of ["create", "modify", "delete"] as const) vault.on(name, (f: TAbstractFile) => log.push(`${name}:${f.path}`));
	vault.on("rename", (f: TAbstractFile, old: string) => log.push(`rename:${f.path}<-${old}`));
	return log;
}

describe("Vault CRUD", () => {
	it("creates, reads, modifies and deletes a note, firing one event per change in order", async () => {
		const { vault } = createApp();
		const log = recordEvents(vault);
		const file = await vault.create("a.md", "one");
		expect(await vault.read(file)).toBe("one");
		await vault.modify(file, "two");
		expect(await vault.cachedRead(file)).toBe("two");
		await vault.delete(file);
		expect(vault.getFileByPath("a.md")).toBeNull();
		expect(log).toEqual(["create:a.md", "modify:a.md", "delete:a.md"]);
	});

	it("derives name, basename, extension and parent from the path", async () => {
		const { vault } = createApp({ folders: ["notes/2024"] });
		const file = await vault.create("notes/2024/My note.v2.md", "");
		expect([file.name, file.basename, file.extension]).toEqual(["My note.v2.md", "My note.v2", "md"]);
		expect(file.parent?.path).toBe("notes/2024");
		expect(file.parent?.parent?.path).toBe("notes");
		expect(file.parent?.parent?.parent?.isRoot()).toBe(true);
		expect(vault.getRoot().path).toBe("/");
		expect(vault.getRoot().name).toBe("");
	});

	it.each([
		["create on an existing path", (v: Vault) => v.create("a.md", "x"), "File already exists."],
		["createFolder on an existing folder", (v: Vault) => v.createFolder("f"), "Folder already exists."],
		["rename onto an existing path", (v: Vault) => v.rename(v.getFileByPath("a.md") as TFile, "f/b.md"), "Destination file already exists!"],
		["create in a missing folder", (v: Vault) => v.create("missing/x.md", ""), "ENOENT"],
	])("throws like Obsidian: %s", async (_label, act, message) => {
		const { vault } = createApp({ files: { "a.md": "", "f/b.md": "" } });
		await expect(act(vault)).rejects.toThrow(message);
	});

	it("keeps the file object across a rename and reports the old path", async () => {
		const { vault } = createApp({ files: { "a.md": "text" }, folders: ["dest"] });
		const log = recordEvents(vault);
		const file = vault.getFileByPath("a.md") as TFile;
		await vault.rename(file, "dest/b.md");
		expect(vault.getFileByPath("dest/b.md")).toBe(file);
		expect(vault.getFileByPath("a.md")).toBeNull();
		expect([file.path, file.basename, file.parent?.path]).toEqual(["dest/b.md", "b", "dest"]);
		expect(await vault.read(file)).toBe("text");
		expect(log).toEqual(["rename:dest/b.md<-a.md"]);
	});

	it("renames a folder's descendants and fires rename for each", async () => {
		const { vault } = createApp({ files: { "old/a.md": "", "old/sub/b.md": "" } });
		const log = recordEvents(vault);
		await vault.rename(vault.getFolderByPath("old") as TFolder, "new");
		expect(vault.getFileByPath("new/sub/b.md")).toBeInstanceOf(TFile);
		expect(vault.getAbstractFileByPath("old/a.md")).toBeNull();
		expect(log.sort()).toEqual(["rename:new/a.md<-old/a.md", "rename:new/sub/b.md<-old/sub/b.md", "rename:new/sub<-old/sub", "rename:new<-old"].sort());
	});

	it("renames a folder to a name of another length, keeping each descendant's path whole", async () => {
		const { vault } = createApp({ files: { "Drafts/a.md": "", "Drafts/sub/b.md": "" } });
		await vault.rename(vault.getFolderByPath("Drafts") as TFolder, "2024 drafts");
		expect(vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["2024 drafts/a.md", "2024 drafts/sub/b.md"]);
		expect(vault.getFolderByPath("2024 drafts/sub")?.children.map((f) => f.path)).toEqual(["2024 drafts/sub/b.md"]);
	});

	it("deletes a folder with its content, children first", async () => {
		const { vault } = createApp({ files: { "f/a.md": "", "f/g/b.md": "" } });
		const log = recordEvents(vault);
		await vault.delete(vault.getFolderByPath("f") as TFolder, true);
		expect(log).toEqual(["delete:f/a.md", "delete:f/g/b.md", "delete:f/g", "delete:f"]);
		expect(vault.getAllLoadedFiles().map((f) => f.path)).toEqual(["/"]);
	});

	it("process is an atomic read-modify-write that returns the new text", async () => {
		const { vault } = createApp({ files: { "a.md": "count: 1" } });
		const file = vault.getFileByPath("a.md") as TFile;
		const results = await Promise.all([1, 2, 3].map(() => vault.process(file, (t) => `count: ${Number(t.slice(7)) + 1}`)));
		expect(results).toEqual(["count: 2", "count: 3", "count: 4"]);
		expect(await vault.read(file)).toBe("count: 4");
	});

	it("keeps stat current: size in UTF-8 bytes, mtime from the clock, ctime kept", async () => {
		const { vault } = createApp({ now: 1000 });
		const file = await vault.create("a.md", "é");
		expect(file.stat).toEqual({ ctime: 1000, mtime: 1000, size: 2 });
		vault.clock = () => 2000;
		await vault.modify(file, "😀x");
		expect(file.stat).toEqual({ ctime: 1000, mtime: 2000, size: 5 });
	});

	it("lists markdown files apart from other files and finds only normalised paths, case-sensitively", async () => {
		const { vault } = createApp({ files: { "a.md": "", "b.canvas": "{}", "f/c.md": "" } });
		expect(vault.getMarkdownFiles().map((f) => f.path).sort()).toEqual(["a.md", "f/c.md"]);
		expect(vault.getFiles().map((f) => f.path).sort()).toEqual(["a.md", "b.canvas", "f/c.md"]);
		expect(vault.getFileByPath("f/c.md")?.path).toBe("f/c.md");
		// Obsidian looks paths up as given (obsidian-api#123): the caller normalises.
		expect(vault.getFileByPath("/f//c.md")).toBeNull();
		expect(vault.getFileByPath("F/c.md")).toBeNull();
		expect(vault.getFileByPath(normalizePath("/f//c.md"))?.path).toBe("f/c.md");
		expect(vault.getAbstractFileByPath("/")).toBe(vault.getRoot());
		expect(vault.getFolderByPath("f")).toBeInstanceOf(TFolder);
		expect(vault.getFileByPath("f")).toBeNull();
		expect(vault.configDir).toBe(".obsidian");
	});

	it("trash records the trashed path and fires delete", async () => {
		const { vault } = createApp({ files: { "a.md": "" } });
		const log = recordEvents(vault);
		await vault.trash(vault.getFileByPath("a.md") as TFile, true);
		expect(vault.trashed).toEqual([{ path: "a.md", system: true }]);
		expect(log).toEqual(["delete:a.md"]);
	});

	it("reading a deleted file fails", async () => {
		const { vault } = createApp({ files: { "a.md": "" } });
		const file = vault.getFileByPath("a.md") as TFile;
		await vault.delete(file);
		await expect(vault.read(file)).rejects.toThrow("ENOENT");
	});

	it("the adapter keeps hidden files out of the vault and reaches vault files", async () => {
		const { vault } = createApp({ files: { "a.md": "body" } });
		await vault.adapter.write(".obsidian/plugins/x/data.json", "{}");
		expect(await vault.adapter.exists(".obsidian/plugins/x/data.json")).toBe(true);
		expect(await vault.adapter.exists(".obsidian/plugins/x")).toBe(true);
		expect(vault.getAbstractFileByPath(".obsidian/plugins/x/data.json")).toBeNull();
		expect(await vault.adapter.read("a.md")).toBe("body");
		expect(await vault.adapter.exists("nope.md")).toBe(false);
	});

	it("loads a folder from disk, skipping dot-folders, with `files` entries winning", () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vault-"));
		try {
			fs.mkdirSync(path.join(dir, "sub"));
			fs.mkdirSync(path.join(dir, ".obsidian"));
			fs.writeFileSync(path.join(dir, "a.md"), "disk a");
			fs.writeFileSync(path.join(dir, "sub", "b.md"), "disk b");
			fs.writeFileSync(path.join(dir, ".obsidian", "app.json"), "{}");
			expect(readFolder(dir)).toEqual({ "a.md": "disk a", "sub/b.md": "disk b" });
			const { vault, metadataCache } = createApp({ folder: dir, files: { "a.md": "override" } });
			expect(vault._readNow(vault.getFileByPath("a.md") as TFile)).toBe("override");
			expect(vault.getFileByPath("sub/b.md")).not.toBeNull();
			expect(metadataCache.getCache("sub/b.md")).not.toBeNull();
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
});
