/** Headless Article Desk: the plugin's pure core over a vault folder on disk, for batch work and tests. */
import { readFileSync, statSync, type Stats } from "node:fs";
import { basename, relative, resolve } from "node:path";

import { GROUP_MODES, GroupMode } from "../core/settings";
import type { PlatformId } from "../core/social/count";
import { UsageError, intFlag, parseArgs } from "./args";
import { catalogFromNotes, exploreTree, oneLine, renderTreeText } from "./explore";
import { decodeNote, errorCode, readVault, type VaultRead } from "./read-vault";
import { PLATFORMS, renderSnippetsText, snippetsFor } from "./snippets";

const USAGE = `usage:
  article-desk explore <vault-dir> [--group tag|type|type-tag|tag-type|date] [--json]
  article-desk snippets <note.md> [--platform x|bluesky|threads|mastodon|linkedin] [--count N] [--vault DIR] [--thread] [--json]
  article-desk demo <vault-dir>`;

interface Io {
	out: (text: string) => void;
	err: (text: string) => void;
}

/** An input that exists but cannot be read: one line on standard error, exit status 1. */
class ReadError extends Error {}

/** Runs one CLI invocation and returns its exit code (0 ok, 1 an input that cannot be read, 2 usage or missing input). */
export function run(argv: readonly string[], given: Io): number {
	// Every message on standard error is one line: a file name's line break or terminal escape is written as an escape.
	const io: Io = { out: given.out, err: (text) => given.err(oneLine(text)) };
	const [command, ...rest] = argv;
	// Asked for, the usage is the output (status 0); run without a command, it is a usage error (standard error, 2).
	if (command === undefined) {
		given.err(USAGE);
		return 2;
	}
	if (command === "help" || helpAsked(argv)) {
		io.out(USAGE);
		return 0;
	}
	try {
		switch (command) {
			case "explore":
				return explore(rest, io);
			case "snippets":
				return snippets(rest, io);
			case "demo":
				return demo(rest, io);
			default:
				throw new UsageError(`unknown command "${command}"`);
		}
	} catch (e) {
		if (e instanceof UsageError || e instanceof ReadError) {
			io.err(`article-desk: ${e.message}`);
			return e instanceof ReadError ? 1 : 2;
		}
		throw e;
	}
}

/** `--help` or `-h` anywhere among the flags (after a lone `--`, it is a path). */
function helpAsked(argv: readonly string[]): boolean {
	const end = argv.indexOf("--");
	return (end === -1 ? argv : argv.slice(0, end)).some((arg) => arg === "--help" || arg === "-h");
}

/** What a path given on the command line names: nothing there is a usage error, a path it may not reach a ReadError. */
function statArg(path: string, what: string): Stats {
	try {
		return statSync(path);
	} catch (e) {
		const code = errorCode(e);
		if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`no such ${what}: ${path}`);
		throw new ReadError(`${path}: cannot read (${code})`);
	}
}

function requireDir(dir: string | undefined): string {
	if (!dir) throw new UsageError("missing <vault-dir>");
	if (!statArg(dir, "folder").isDirectory()) throw new UsageError(`not a folder: ${dir}`);
	return dir;
}

/** Reads a vault folder, reporting each note it could not read; a folder it cannot list at all is a ReadError. */
function readVaultReporting(dir: string, io: Io): VaultRead {
	const vault = readVault(dir);
	if (vault.failure) throw new ReadError(`${dir}: ${vault.failure}`);
	for (const w of vault.warnings) io.err(`article-desk: ${w}`);
	return vault;
}

function explore(argv: readonly string[], io: Io): number {
	const args = parseArgs(argv, { values: { group: GROUP_MODES }, switches: ["json"] });
	if (args.positional.length > 1) throw new UsageError(`unexpected argument "${args.positional[1]}"`);
	const dir = requireDir(args.positional[0]);
	const vault = readVaultReporting(dir, io);
	const tree = exploreTree(catalogFromNotes(vault.notes), (args.values.group ?? "tag") as GroupMode);
	io.out(args.switches.has("json") ? JSON.stringify(tree, null, 2) : renderTreeText(tree));
	return 0;
}

function snippets(argv: readonly string[], io: Io): number {
	const args = parseArgs(argv, { values: { platform: PLATFORMS, count: [], vault: [] }, switches: ["thread", "json"] });
	const file = args.positional[0];
	if (!file) throw new UsageError("missing <note.md>");
	if (args.positional.length > 1) throw new UsageError(`unexpected argument "${args.positional[1]}"`);
	const stat = statArg(file, "note");
	if (stat.isDirectory()) throw new UsageError(`${file} is a folder, not a note`);
	// A pipe or a device (/dev/zero) could block the read or never end.
	if (!stat.isFile()) throw new UsageError(`not a file: ${file}`);
	const count = intFlag(args, "count", 5, 1, 50);
	const vaultDir = args.values.vault !== undefined ? requireDir(args.values.vault) : undefined;
	let bytes: Buffer;
	try {
		bytes = readFileSync(file);
	} catch (e) {
		throw new ReadError(`${file}: cannot read (${errorCode(e)})`);
	}
	const decoded = decodeNote(bytes);
	if (!decoded.ok) io.err(`article-desk: ${file}: not valid UTF-8; undecodable bytes shown as U+FFFD`);
	const path = vaultDir ? relative(vaultDir, resolve(file)).split("\\").join("/") : basename(file);
	const corpus = vaultDir ? readVaultReporting(vaultDir, io).notes.map((n) => n.text) : undefined;
	const platform = args.values.platform as PlatformId | undefined;
	const warn = (message: string): void => io.err(`article-desk: ${file}: ${message}`);
	const result = snippetsFor({ path, text: decoded.text, platforms: platform ? [platform] : PLATFORMS, count, thread: args.switches.has("thread"), corpus, warn });
	io.out(args.switches.has("json") ? JSON.stringify(result, null, 2) : renderSnippetsText(result));
	return 0;
}

/** The README's first command: the explorer tree of the example vault, then the snippets of its newest article. */
function demo(argv: readonly string[], io: Io): number {
	const args = parseArgs(argv, { values: {}, switches: [] });
	const dir = requireDir(args.positional[0]);
	const vault = readVaultReporting(dir, io);
	const catalog = catalogFromNotes(vault.notes);
	io.out("Article explorer — grouped by type → tag\n");
	io.out(renderTreeText(exploreTree(catalog, "type-tag")));
	let newest: { path: string; time: number } | null = null;
	for (const a of catalog.index.articles()) {
		if (a.pubTime !== null && (!newest || a.pubTime > newest.time)) newest = { path: a.path, time: a.pubTime };
	}
	if (newest) {
		const note = vault.notes.find((n) => n.path === newest.path)!;
		io.out(`\nSocial snippets — newest article: ${oneLine(note.path)}\n`);
		const warn = (message: string): void => io.err(`article-desk: ${note.path}: ${message}`);
		const result = snippetsFor({ path: note.path, text: note.text, platforms: ["x", "bluesky", "linkedin"], count: 3, thread: false, corpus: vault.notes.map((n) => n.text), warn });
		io.out(renderSnippetsText(result));
	}
	return 0;
}

/** Standard output could not be written: `cause` is the file system's error. */
class WriteError extends Error {}

/** The part of a Node stream the CLI uses. */
export interface OutStream {
	write(text: string): unknown;
	on(event: "error", handler: (e: Error) => void): unknown;
}

/**
 * Runs the CLI on real streams and returns its exit code. Output piped into `head` closes early (EPIPE): stop quietly
 * with status 0, as other command-line tools do. Any other failure to write (a full disk: ENOSPC) is one line on
 * standard error and status 1, not a stack trace. A write error comes as an event (a pipe: `exit` is called) or is
 * thrown (a file, written synchronously).
 */
export function main(argv: readonly string[], stdout: OutStream, stderr: OutStream, exit: (code: number) => void): number {
	let reported = false;
	const failed = (e: unknown): number => {
		const code = errorCode(e);
		if (code === "EPIPE") return 0;
		if (!reported) stderr.write(`article-desk: cannot write the output (${code})\n`);
		reported = true;
		return 1;
	};
	stdout.on("error", (e) => exit(failed(e)));
	const out = (text: string): void => {
		try {
			stdout.write(text + "\n");
		} catch (e) {
			throw new WriteError("cannot write the output", { cause: e });
		}
	};
	try {
		return run(argv, { out, err: (text) => stderr.write(text + "\n") });
	} catch (e) {
		if (e instanceof WriteError) return failed(e.cause);
		throw e;
	}
}

if (require.main === module) {
	process.exitCode = main(process.argv.slice(2), process.stdout, process.stderr, (code) => process.exit(code));
}
