/**
 * Reads a vault folder from disk for headless mode: every `.md` note, skipping dot-folders like `.obsidian` and
 * `.trash`. Symbolic links are followed as Obsidian follows them: a link to a note, or to a folder outside the vault,
 * is read through; a link to a folder inside the vault (a loop, or the same notes twice) is skipped with a warning.
 */
import { closeSync, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from "node:fs";
import { sep } from "node:path";
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

/**
 * A file name's bytes as text. A name that is not UTF-8 (Latin-1 names from an old archive) has each stray byte
 * written `\xE9`: U+FFFD would give two such names the same path, and that path would name no file on disk.
 */
function nameText(bytes: Buffer): { text: string; ok: boolean } {
	try {
		return { text: utf8.decode(bytes), ok: true };
	} catch {
		let text = "";
		for (let i = 0; i < bytes.length; ) {
			const b = bytes[i];
			const n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
			let char: string | null = null;
			try {
				if (n > 0 && i + n <= bytes.length) char = utf8.decode(bytes.subarray(i, i + n));
			} catch {
				// not a whole character: the lead byte is written as an escape below
			}
			text += char ?? `\\x${b.toString(16).toUpperCase().padStart(2, "0")}`;
			i += char === null ? 1 : n;
		}
		return { text, ok: false };
	}
}

/** Lists and reads every Markdown note under `root`, sorted by path so output is stable across file systems. */
export function readVault(root: string): VaultRead {
	const notes: DiskNote[] = [];
	const warnings: string[] = [];
	let failure: string | null = null;
	// Paths are walked as bytes, so a name that is not UTF-8 still reaches its file; real paths compare as Latin-1.
	const key = (bytes: Buffer) => bytes.toString("latin1");
	const realRoot = key(realpathSync(root, { encoding: "buffer" }));
	/** Real paths of the folders walked, so a folder reached twice through links is read once. */
	const walked = new Set<string>([realRoot]);
	const read = (full: Buffer, path: string): void => {
		let fd: number;
		try {
			fd = openSync(full, "r");
		} catch (e) {
			if (errorCode(e) === "ENOENT") warnings.push(`${path}: deleted while being read; skipped`);
			else {
				warnings.push(`${path}: cannot read (${errorCode(e)}); listed without metadata`);
				notes.push({ path, text: "", mtime: 0 });
			}
			return;
		}
		try {
			const mtime = fstatSync(fd).mtimeMs;
			const decoded = decodeNote(readFileSync(fd));
			if (!decoded.ok) warnings.push(`${path}: not valid UTF-8; undecodable bytes shown as U+FFFD`);
			notes.push({ path, text: decoded.text, mtime });
		} catch (e) {
			warnings.push(`${path}: cannot read (${errorCode(e)}); listed without metadata`);
			notes.push({ path, text: "", mtime: 0 });
		} finally {
			closeSync(fd);
		}
	};
	/** Follows a symbolic link: into a folder outside the vault, or to a note; anything else is skipped with a warning. */
	const follow = (full: Buffer, path: string, note: boolean): void => {
		let real: string;
		let kind: "folder" | "file" | "other";
		try {
			const target = realpathSync(full, { encoding: "buffer" });
			const stat = statSync(target);
			real = key(target);
			kind = stat.isDirectory() ? "folder" : stat.isFile() ? "file" : "other";
		} catch (e) {
			warnings.push(`${path}: broken symbolic link (${errorCode(e)}); skipped`);
			return;
		}
		if (kind === "file") {
			if (note) read(full, path);
		} else if (kind === "other") {
			// A pipe or a device (/dev/zero): reading it could block or never end.
			if (note) warnings.push(`${path}: symbolic link to something that is not a file; skipped`);
		} else if (real === realRoot || real.startsWith(realRoot + sep) || walked.has(real)) {
			warnings.push(`${path}: symbolic link to a folder already in the vault; skipped, as Obsidian does`);
		} else {
			walked.add(real);
			walk(full, path);
		}
	};
	const walk = (dir: Buffer, path: string | null): void => {
		let entries: Dirent<Buffer>[];
		try {
			entries = readdirSync(dir, { withFileTypes: true, encoding: "buffer" });
		} catch (e) {
			const why = `cannot list folder (${errorCode(e)})`;
			if (path === null) failure = why;
			else warnings.push(`${path}: ${why}`);
			return;
		}
		for (const entry of entries) {
			if (entry.name[0] === 0x2e) continue; // a dot-folder or dot-file: ".obsidian", ".trash"
			const name = nameText(entry.name);
			const childPath = path === null ? name.text : `${path}/${name.text}`;
			if (!name.ok) warnings.push(`${childPath}: file name is not valid UTF-8 (its bytes shown as \\xNN)`);
			const full = Buffer.concat([dir, Buffer.from(sep), entry.name]);
			const note = name.text.toLowerCase().endsWith(".md");
			if (entry.isDirectory()) walk(full, childPath);
			else if (entry.isSymbolicLink()) follow(full, childPath, note);
			else if (entry.isFile() && note) read(full, childPath);
		}
	};
	walk(Buffer.from(root), null);
	notes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	warnings.sort();
	return { notes, warnings, failure };
}

/** A file system error's code (`EACCES`), or its message when it has none. */
export function errorCode(e: unknown): string {
	return (e as { code?: string }).code ?? (e as Error).message;
}
