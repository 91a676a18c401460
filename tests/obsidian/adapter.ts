/**
 * A minimal in-memory `DataAdapter`. Hidden paths (any segment starting with `.`, e.g. `.obsidian/plugins/x/data.json`)
 * live in the adapter only, as in Obsidian, where the vault does not index them; other paths go through the Vault
 * so its events fire as the file watcher would fire them.
 */
import type { DataWriteOptions, ListedFiles, Stat } from "obsidian";
import type { Vault } from "./vault";
import { parentPath, TFile, TFolder } from "./files";

function isHidden(path: string): boolean {
	return path.split("/").some((segment) => segment.startsWith("."));
}

function missing(path: string): Error {
	return new Error(`ENOENT: no such file or directory, open '${path}'`);
}

/** The `vault.adapter` of the double: enough for plugin data and existence checks. */
export class MemoryAdapter {
	/** Double only: the hidden files (config, plugin data), path → text. */
	readonly hiddenFiles = new Map<string, string>();

	constructor(private readonly vault: Vault) {}

	getName(): string {
		return this.vault.getName();
	}

	async exists(normalizedPath: string, _sensitive?: boolean): Promise<boolean> {
		if (this.hiddenFiles.has(normalizedPath)) return true;
		const prefix = normalizedPath + "/";
		for (const key of this.hiddenFiles.keys()) if (key.startsWith(prefix)) return true;
		return this.vault.getAbstractFileByPath(normalizedPath) !== null;
	}

	async stat(normalizedPath: string): Promise<Stat | null> {
		const hidden = this.hiddenFiles.get(normalizedPath);
		if (hidden !== undefined) return { type: "file", ctime: 0, mtime: 0, size: hidden.length };
		const f = this.vault.getAbstractFileByPath(normalizedPath);
		if (f instanceof TFile) return { type: "file", ...f.stat };
		if (f instanceof TFolder) return { type: "folder", ctime: 0, mtime: 0, size: 0 };
		return null;
	}

	async list(normalizedPath: string): Promise<ListedFiles> {
		const folder = this.vault.getFolderByPath(normalizedPath);
		const files = folder ? folder.children.filter((c) => c instanceof TFile).map((c) => c.path) : [];
		const folders = folder ? folder.children.filter((c) => c instanceof TFolder).map((c) => c.path) : [];
		for (const key of this.hiddenFiles.keys()) if (parentPath(key) === normalizedPath) files.push(key);
		return { files, folders };
	}

	async read(normalizedPath: string): Promise<string> {
		const hidden = this.hiddenFiles.get(normalizedPath);
		if (hidden !== undefined) return hidden;
		const file = this.vault.getFileByPath(normalizedPath);
		if (!file) throw missing(normalizedPath);
		return this.vault._readNow(file);
	}

	async write(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		if (isHidden(normalizedPath)) {
			this.hiddenFiles.set(normalizedPath, data);
			return;
		}
		const file = this.vault.getFileByPath(normalizedPath);
		if (file) await this.vault.modify(file, data, options);
		else await this.vault.create(normalizedPath, data, options);
	}

	async append(normalizedPath: string, data: string, options?: DataWriteOptions): Promise<void> {
		const current = (await this.exists(normalizedPath)) ? await this.read(normalizedPath) : "";
		await this.write(normalizedPath, current + data, options);
	}

	async process(normalizedPath: string, fn: (data: string) => string, options?: DataWriteOptions): Promise<string> {
		const next = fn(await this.read(normalizedPath));
		await this.write(normalizedPath, next, options);
		return next;
	}

	async mkdir(normalizedPath: string): Promise<void> {
		if (isHidden(normalizedPath) || this.vault.getFolderByPath(normalizedPath)) return;
		await this.vault.createFolder(normalizedPath);
	}

	async remove(normalizedPath: string): Promise<void> {
		if (this.hiddenFiles.delete(normalizedPath)) return;
		const file = this.vault.getFileByPath(normalizedPath);
		if (!file) throw missing(normalizedPath);
		await this.vault.delete(file);
	}

	async rmdir(normalizedPath: string, _recursive: boolean): Promise<void> {
		for (const key of Array.from(this.hiddenFiles.keys())) if (key.startsWith(normalizedPath + "/")) this.hiddenFiles.delete(key);
		const folder = this.vault.getFolderByPath(normalizedPath);
		if (folder) await this.vault.delete(folder, true);
	}

	async rename(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		const hidden = this.hiddenFiles.get(normalizedPath);
		if (hidden !== undefined) {
			this.hiddenFiles.delete(normalizedPath);
			this.hiddenFiles.set(normalizedNewPath, hidden);
			return;
		}
		const f = this.vault.getAbstractFileByPath(normalizedPath);
		if (!f) throw missing(normalizedPath);
		await this.vault.rename(f, normalizedNewPath);
	}

	async copy(normalizedPath: string, normalizedNewPath: string): Promise<void> {
		await this.write(normalizedNewPath, await this.read(normalizedPath));
	}

	getResourcePath(normalizedPath: string): string {
		return `app://local/${normalizedPath}`;
	}

	async trashSystem(normalizedPath: string): Promise<boolean> {
		await this.remove(normalizedPath);
		return true;
	}

	async trashLocal(normalizedPath: string): Promise<void> {
		await this.remove(normalizedPath);
	}

	async readBinary(_normalizedPath: string): Promise<ArrayBuffer> {
		throw new Error("Binary files are not supported by the test double.");
	}

	async writeBinary(_normalizedPath: string, _data: ArrayBuffer): Promise<void> {
		throw new Error("Binary files are not supported by the test double.");
	}

	async appendBinary(_normalizedPath: string, _data: ArrayBuffer): Promise<void> {
		throw new Error("Binary files are not supported by the test double.");
	}
}
