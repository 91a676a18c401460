/**
 * Obsidian's file objects. Like in Obsidian they are identities: a rename mutates `path`/`name` on the same
 * object, so caches and views keyed by the object follow the file.
 */
import type { FileStats } from "obsidian";
import type { Vault } from "./vault";

/** Splits a vault path into its name, basename and extension the way Obsidian does (`a/b.c.md` → `b.c`, `md`). */
export function splitName(path: string): { name: string; basename: string; extension: string } {
	const name = path.slice(path.lastIndexOf("/") + 1);
	const dot = name.lastIndexOf(".");
	if (dot <= 0) return { name, basename: name, extension: "" };
	return { name, basename: name.slice(0, dot), extension: name.slice(dot + 1) };
}

/** The folder part of a path, "" for files at the vault root. */
export function parentPath(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

/** Common base of files and folders; `vault` is set by the Vault that owns it. */
export abstract class TAbstractFile {
	vault!: Vault;
	path = "";
	name = "";
	parent: TFolder | null = null;

	/** Double only (Obsidian has the same internal method): updates the path and derived names. */
	setPath(path: string): void {
		this.path = path;
		this.name = splitName(path).name;
	}
}

/** A file; `stat` is kept current by the Vault (size in UTF-8 bytes). */
export class TFile extends TAbstractFile {
	stat: FileStats = { ctime: 0, mtime: 0, size: 0 };
	basename = "";
	extension = "";

	constructor(vault?: Vault, path?: string) {
		super();
		if (vault) this.vault = vault;
		if (path !== undefined) this.setPath(path);
	}

	override setPath(path: string): void {
		super.setPath(path);
		const parts = splitName(path);
		this.basename = parts.basename;
		this.extension = parts.extension;
	}
}

/** A folder; the root has path "/" and name "". */
export class TFolder extends TAbstractFile {
	children: TAbstractFile[] = [];

	constructor(vault?: Vault, path?: string) {
		super();
		if (vault) this.vault = vault;
		if (path !== undefined) this.setPath(path);
	}

	override setPath(path: string): void {
		this.path = path;
		this.name = path === "/" ? "" : splitName(path).name;
	}

	isRoot(): boolean {
		return this.path === "/";
	}
}
