/** @jest-environment node */
/**
 * The hostile corpus through the headless CLI: `explore --json` in every grouping lists every note, and
 * `snippets --json` runs on every note, each exiting 0 with JSON and never throwing.
 */
import { readFileSync, rmSync } from "node:fs";
import { join } from "node:path";

import { run } from "../../src/cli/main";
import { decodeNote } from "../../src/cli/read-vault";
import type { SnippetsResult } from "../../src/cli/snippets";
import type { ExportedGroup, ExportedNote, ExportedTree } from "../../src/core/explorer";
import { GROUP_MODES } from "../../src/core/settings";
import { EXPECTED_TITLES, generatedNotes, hostileBytes, writeHostileVault } from "./hostile-corpus";

const PATHS = [...Object.keys(hostileBytes()), ...Object.keys(generatedNotes())].sort();
/** Committed files that are not valid UTF-8 (a CESU-style surrogate and stray bytes, UTF-16, Latin-1). */
const NOT_UTF8 = ["invalid-utf8.md", "latin1.md", "utf16le-bom.md"];
/** Lone surrogates cannot reach disk as UTF-8 (Node writes U+FFFD), so the CLI's title differs from the double's. */
const CLI_TITLES = Object.entries(EXPECTED_TITLES).filter(([path]) => path !== "generated/lone-surrogates.md");

let dir: string;
beforeAll(() => {
	dir = writeHostileVault();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = run(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
	return { code, out: out.join("\n"), err: err.join("\n") };
}

function notesOf(groups: ExportedGroup[]): ExportedNote[] {
	return groups.flatMap((g) => [...g.notes, ...notesOf(g.children)]);
}

describe.each(GROUP_MODES.map((m) => [m]))("explore --json --group %s", (mode) => {
	let tree: ExportedTree;
	let stderr: string;
	beforeAll(() => {
		const r = cli("explore", dir, "--group", mode, "--json");
		expect(r.code).toBe(0);
		stderr = r.err;
		tree = JSON.parse(r.out) as ExportedTree;
	});

	it("lists every note of the corpus", () => {
		expect(tree.notes).toBe(PATHS.length);
		const listed = new Set(notesOf(tree.groups).map((n) => n.path));
		expect(PATHS.filter((p) => !listed.has(p))).toEqual([]);
	});

	it("warns once per undecodable note and about nothing else", () => {
		const lines = stderr.split("\n").filter(Boolean);
		expect(lines.sort()).toEqual(NOT_UTF8.map((p) => `article-desk: ${p}: not valid UTF-8; undecodable bytes shown as U+FFFD`));
	});

	it("gives each note the title worked out by hand, wherever it is listed", () => {
		const byPath = new Map<string, Set<string>>();
		for (const n of notesOf(tree.groups)) byPath.set(n.path, (byPath.get(n.path) ?? new Set()).add(n.title));
		for (const [path, title] of CLI_TITLES) expect([path, [...byPath.get(path)!]]).toEqual([path, [title]]);
	});

	it("keeps every problem message on one line", () => {
		for (const p of tree.problems) expect(p.message).not.toMatch(/[\r\n]/);
	});
});

/** Reading the whole corpus (6 MB) for word weights costs about a second, so only a few notes run with `--vault`. */
const WITH_VAULT = new Set(["name []#^| chars.md", "html-body.md", "generated/five-megabytes.md"]);

describe("snippets --json on every hostile note", () => {
	it.each(PATHS.map((p) => [p]))("%s", (path) => {
		const vault = WITH_VAULT.has(path) ? ["--vault", dir] : [];
		const r = cli("snippets", join(dir, ...path.split("/")), ...vault, "--json");
		expect(r.code).toBe(0);
		const result = JSON.parse(r.out) as SnippetsResult;
		expect(typeof result.title).toBe("string");
		const expected = CLI_TITLES.find(([p]) => p === path);
		if (expected) expect(result.title).toBe(expected[1]);
		for (const post of result.posts) expect(post.length).toBeLessThanOrEqual(post.limit);
		const lines = decodeNote(readFileSync(join(dir, ...path.split("/")))).text.split(/\r\n|\r|\n/).length;
		for (const k of result.keyLines) {
			expect(Number.isInteger(k.line)).toBe(true);
			expect(k.line).toBeGreaterThanOrEqual(1);
			expect(k.line).toBeLessThanOrEqual(lines);
		}
	});
});
