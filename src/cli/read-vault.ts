/** Reads a vault folder from disk for headless mode: every `.md` note, skipping dot-folders like `.obsidian` and `.trash`. */
import { readdirSync, readFileSync, statSync } from "node:fs";
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
	/** One line per note that could not be read or decoded cleanly. */
	warnings: string[];
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
	const walk = (dir: string): void => {
		let entries;
		try {
			entries = readdirSync(dir, { withFileTypes: true });
		} catch (e) {
			warnings.push(`${relative(root, dir) || "."}: cannot list folder (${(e as Error).message})`);
			return;
		}
		for (const entry of entries) {
			if (entry.name.startsWith(".")) continue;
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (entry.isFile() && entry.name.toLowerCase().endsWith(".md")) {
				const path = relative(root, full).split(sep).join("/");
				try {
					const decoded = decodeNote(readFileSync(full));
					if (!decoded.ok) warnings.push(`${path}: not valid UTF-8; undecodable bytes shown as U+FFFD`);
					notes.push({ path, text: decoded.text, mtime: statSync(full).mtimeMs });
				} catch (e) {
					warnings.push(`${path}: cannot read (${(e as { code?: string }).code ?? (e as Error).message}); listed without metadata`);
					notes.push({ path, text: "", mtime: 0 });
				}
			}
		}
	};
	walk(root);
	notes.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	return { notes, warnings };
}
