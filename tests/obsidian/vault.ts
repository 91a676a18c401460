/**
 * An in-memory `Vault` with Obsidian's contracts: the same errors for clashing paths, `create`/`modify`/`delete`/
 * `rename` events fired synchronously once the tree is updated, file objects that keep their identity across a
 * rename, and `stat` kept current. Paths are taken as given, lookups included: plugins must `normalizePath`.
 */
import type { DataWriteOptions } from "obsidian";
import { Events, type EventRef } from "./events";
import { parentPath, TAbstractFile, TFile, TFolder } from "./files";
import { MemoryAdapter } from "./adapter";

/** Byte length of a string written as UTF-8, which is what Obsidian reports as `stat.size`. */
export function utf8Length(text: string): number {
	let n = 0;
	for (const ch of text) {
		const cp = ch.codePointAt(0) as number;
		n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
	}
	return n;
}

function missing(path: string): Error {
	return new Error(`ENOENT: no such file or directory, open '${path}'`);
}

/** Obsidian's vault over a Map; `clock` can be replaced to make `ctime`/`mtime` deterministic. */
export class Vault extends Events {
	configDir = ".obsidian";
	adapter: MemoryAdapter;
	/** Double only: the source of ctime/mtime when the caller gives none. */
	clock: () => number = () => Date.now();
	/** Double only: everything sent to the trash, in order, with the `system` flag it was trashed with. */
	readonly trashed: { path: string; system: boolean }[] = [];
	private readonly _root: TFolder;
	private readonly _byPath = new Map<string, TAbstractFile>();
	private readonly _content = new WeakMap<TFile, string>();
	private readonly _observers: ((name: string, data: unknown[]) => void)[] = [];

	constructor(private readonly _name = "Test vault") {
		super();
		this._root = new TFolder(this, "/");
		this._byPath.set("/", this._root);
		this.adapter = new MemoryAdapter(this);
	}

	override on(name: "create" | "modify" | "delete", callback: (file: TAbstractFile) => unknown, ctx?: unknown): EventRef;
	override on(name: "rename", callback: (file: TAbstractFile, oldPath: string) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef;
	override on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		return super.on(name, callback, ctx);
	}

	override trigger(name: string, ...data: unknown[]): void {
		for (const observe of this._observers) observe(name, data);
		super.trigger(name, ...data);
	}

	/**
	 * Double only: lets the metadata cache see vault changes before any listener, the way Obsidian's own cache is
	 * wired at start-up, without showing up in `listenerCount()` (which then counts plugin listeners only).
	 */
	_observe(observer: (name: string, data: unknown[]) => void): void {
		this._observers.push(observer);
	}

	getName(): string {
		return this._name;
	}

	getRoot(): TFolder {
		return this._root;
	}

	/**
	 * A plain lookup, as in Obsidian: the path must already be normalised (docs: "vault absolute path … case
	 * sensitive"; obsidian-api#123: `"/Folder"` finds nothing), so code that forgets `normalizePath` fails here too.
	 */
	getAbstractFileByPath(path: string): TAbstractFile | null {
		return this._byPath.get(path) ?? null;
	}

	getFileByPath(path: string): TFile | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFile ? f : null;
	}

	getFolderByPath(path: string): TFolder | null {
		const f = this.getAbstractFileByPath(path);
		return f instanceof TFolder ? f : null;
	}

	getAllLoadedFiles(): TAbstractFile[] {
		return Array.from(this._byPath.values());
	}

	getAllFolders(includeRoot = false): TFolder[] {
		return this.getAllLoadedFiles().filter((f): f is TFolder => f instanceof TFolder && (includeRoot || !f.isRoot()));
	}

	getFiles(): TFile[] {
		return this.getAllLoadedFiles().filter((f): f is TFile => f instanceof TFile);
	}

	getMarkdownFiles(): TFile[] {
		return this.getFiles().filter((f) => f.extension === "md");
	}

	static recurseChildren(root: TFolder, cb: (file: TAbstractFile) => unknown): void {
		cb(root);
		for (const child of root.children.slice()) {
			if (child instanceof TFolder) Vault.recurseChildren(child, cb);
			else cb(child);
		}
	}

	async create(path: string, data: string, options?: DataWriteOptions): Promise<TFile> {
		const file = this._addFile(path, data, options);
		this.trigger("create", file);
		return file;
	}

	async createFolder(path: string): Promise<TFolder> {
		if (this._byPath.has(path)) throw new Error("Folder already exists.");
		const created: TFolder[] = [];
		const folder = this._ensureFolder(path, created);
		for (const f of created) this.trigger("create", f);
		return folder;
	}

	async read(file: TFile): Promise<string> {
		return this._readNow(file);
	}

	async cachedRead(file: TFile): Promise<string> {
		return this._readNow(file);
	}

	async modify(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this._write(file, data, options);
	}

	async append(file: TFile, data: string, options?: DataWriteOptions): Promise<void> {
		this._write(file, this._readNow(file) + data, options);
	}

	/** Atomic read-modify-write: nothing can run between the read and the write. */
	async process(file: TFile, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		const next = fn(this._readNow(file));
		this._write(file, next, options);
		return next;
	}

	async rename(file: TAbstractFile, newPath: string): Promise<void> {
		if (newPath === file.path) return;
		if (this._byPath.has(newPath)) throw new Error("Destination file already exists!");
		if (!this._byPath.has(parentPath(newPath) || "/")) throw missing(newPath);
		const moves: [TAbstractFile, string][] = [];
		if (file instanceof TFolder) Vault.recurseChildren(file, (f) => moves.push([f, f.path]));
		else moves.push([file, file.path]);
		const from = file.path;
		this._detach(file);
		for (const [f, oldPath] of moves) {
			this._byPath.delete(oldPath);
			f.setPath(f === file ? newPath : newPath + oldPath.slice(from.length));
			this._byPath.set(f.path, f);
		}
		this._attach(file);
		for (const [f, oldPath] of moves) this.trigger("rename", f, oldPath);
	}

	async copy<T extends TAbstractFile>(file: T, newPath: string): Promise<T> {
		if (file instanceof TFile) return (await this.create(newPath, this._readNow(file))) as unknown as T;
		const folder = await this.createFolder(newPath);
		for (const child of (file as unknown as TFolder).children.slice()) await this.copy(child, `${newPath}/${child.name}`);
		return folder as unknown as T;
	}

	async delete(file: TAbstractFile, _force?: boolean): Promise<void> {
		this._remove(file);
	}

	async trash(file: TAbstractFile, system: boolean): Promise<void> {
		this.trashed.push({ path: file.path, system });
		this._remove(file);
	}

	getResourcePath(file: TFile): string {
		return `app://local/${file.path}?${file.stat.mtime}`;
	}

	/** Double only: adds a file (and missing folders) without any event, as the vault is at start-up. */
	_loadSilently(path: string, data: string, options?: DataWriteOptions): TFile {
		this._ensureFolder(parentPath(path) || "/", []);
		return this._addFile(path, data, options);
	}

	/** Double only: adds a folder (and missing parents) without any event. */
	_loadFolderSilently(path: string): TFolder {
		return this._ensureFolder(path, []);
	}

	/** Double only: the current text of a file, synchronously (for the metadata cache and assertions). */
	_readNow(file: TFile): string {
		const text = this._content.get(file);
		if (text === undefined || this._byPath.get(file.path) !== file) throw missing(file.path);
		return text;
	}

	private _addFile(path: string, data: string, options?: DataWriteOptions): TFile {
		if (this._byPath.has(path)) throw new Error("File already exists.");
		if (!(this._byPath.get(parentPath(path) || "/") instanceof TFolder)) throw missing(path);
		const file = new TFile(this, path);
		const now = this.clock();
		file.stat = { ctime: options?.ctime ?? now, mtime: options?.mtime ?? now, size: utf8Length(data) };
		this._content.set(file, data);
		this._byPath.set(path, file);
		this._attach(file);
		return file;
	}

	private _write(file: TFile, data: string, options?: DataWriteOptions): void {
		this._readNow(file);
		this._content.set(file, data);
		file.stat = { ctime: options?.ctime ?? file.stat.ctime, mtime: options?.mtime ?? this.clock(), size: utf8Length(data) };
		this.trigger("modify", file);
	}

	private _ensureFolder(path: string, created: TFolder[]): TFolder {
		const existing = this._byPath.get(path);
		if (existing instanceof TFolder) return existing;
		if (existing) throw new Error("File already exists.");
		this._ensureFolder(parentPath(path) || "/", created);
		const folder = new TFolder(this, path);
		this._byPath.set(path, folder);
		this._attach(folder);
		created.push(folder);
		return folder;
	}

	private _remove(file: TAbstractFile): void {
		if (this._byPath.get(file.path) !== file) throw missing(file.path);
		const order: TAbstractFile[] = [];
		const visit = (f: TAbstractFile): void => {
			if (f instanceof TFolder) for (const c of f.children.slice()) visit(c);
			order.push(f);
		};
		visit(file);
		this._detach(file);
		for (const f of order) {
			this._byPath.delete(f.path);
			this.trigger("delete", f);
		}
	}

	private _attach(file: TAbstractFile): void {
		const parent = this._byPath.get(parentPath(file.path) || "/") as TFolder;
		file.parent = parent;
		parent.children.push(file);
	}

	private _detach(file: TAbstractFile): void {
		const parent = file.parent;
		if (parent) parent.children = parent.children.filter((c) => c !== file);
	}
}
