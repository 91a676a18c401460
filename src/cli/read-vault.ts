/**
 * Reads a vault folder from disk for headless mode: every `.md` note, skipping dot-folders like `.obsidian` and
 * `.trash`. Symbolic links are followed as Obsidian follows them: a link to a note, or to a folder outside the vault,
 * is read through; a link to a folder inside the vault (a loop, or the same notes twice) is skipped with a warning.
 */
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from "node:fs";
import { join, relative, sep } from "node:path";
import { TextDecoder } from "node:util";

export interface DiskNote {
	/** Vault-relative path with `/` separators, as Obsidian names it. */
	path: string;
	text: string;
	mtime: number;
}

export interface VaultRead {
	notes: DiskNote[];
	/** One line per note or link that could not be read or decoded cleanly. */
	warnings: string[];
	/** Why the vault folder itself could not be listed (`cannot list folder (EACCES)`: nothing was read), or null. */
	failure: string | null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const lenient = new TextDecoder("utf-8");

/** Decodes a note's bytes as UTF-8; invalid bytes become U+FFFD and a warning, never an exception. */
export function decodeNote(bytes: Uint8Array): { text: string; ok: boolean } {
	try {
		return { text: stripBom(utf8.decode(bytes)), ok: true };
	} catch {
		return { text: stripBom(lenient.decode(bytes)), ok: false };
	}
}

function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Lists and reads every Markdown note under `root`, sorted by path so output is stable across file systems. */
export function readVault(root: string): VaultRead {
	const notes: DiskNote[] = [];
	const warnings: string[] = [];
	let failure: string | null = null;
	const realRoot = realpathSync(root);
	/** Real paths of the folders walked, so a folder reached twice through links is read once. */
	const walked = new Set<string>([realRoot]);
	const name = (full: string) => relative(root, full).split(sep).join("/") || ".";
	const read = (full: string): void => {
		const path = name(full);
		try {
			const decoded = decodeNote(readFileSync(full));
			if (!decoded.ok) warnings.push(`${path}: not valid UTF-8; undecodable bytes shown as U+FFFD`);
			notes.push({ path, text: decoded.text, mtime: statSync(full).mtimeMs });
		} catch (e) {
			warnings.push(`${path}: cannot read (${errorCode(e)}); listed without metadata`);
			notes.push({ path, text: "", mtime: 0 });
		}
	};
	/** Follows a symbolic link: into a folder outside the vault, or to a note; anything else is skipped with a warning. */
	const follow = (full: string, entry: Dirent): void => {
		let real: string;
		let folder: boolean;
		try {
			real = realpathSync(full);
			folder = statSync(real).isDirectory();
		} catch (e) {
			warnings.push(`${name(full)}: broken symbolic link (${errorCode(e)}); skipped`);
			return;
		}
		if (!folder) {
			if (entry.name.toLowerCase().endsWith(".md")) read(full);
		} else if (real === realRoot || real.startsWith(realRoot + sep) || walked.has(real)) {
			warnings.push(`${name(full)}: symbolic link to a folder already in the vault; skipped, as Obsidian does`);
		} else {
			walked.add(real);
			walk(full);
		}
	};
	const walk = (dir: string): void => {
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch (e) {
			const why = `cannot list folder (${errorCode(e)})`;
			if (dir === root) failure = why;
			else warnings.push(`${name(dir)}: ${why}`);
			return;
		}
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isSymbolicLink()) follow(full, entry);
			else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) read(full);
		}
	};
	walk(root);
	notes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { notes, warnings, failure };
}

/** A file system error's code (`EACCES`), or its message when it has none. */
export function errorCode(e: unknown): string {
	return (e as { code?: string }).code ?? (e as Error).message;
}
