/** @jest-environment node */
import { mkdtempSync, mkdirSync, writeFileSync, chmodSync, rmSync, symlinkSync, openSync, ftruncateSync, closeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

import { main, run } from "../../src/cli/main";
import { readVault } from "../../src/cli/read-vault";
import { renderSnippetsText } from "../../src/cli/snippets";
import type { ExportedGroup, ExportedTree } from "../../src/core/explorer";

const VAULT = resolve(__dirname, "../../examples/vault");

function cli(...argv: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = run(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
	return { code, out: out.join("\n"), err: err.join("\n") };
}

function find(groups: ExportedGroup[], label: string): ExportedGroup | undefined {
	for (const g of groups) {
		if (g.label === label) return g;
		const inner = find(g.children, label);
		if (inner) return inner;
	}
	return undefined;
}

function allPaths(g: ExportedGroup): Set<string> {
	const paths = new Set(g.notes.map((n) => n.path));
	for (const c of g.children) for (const p of allPaths(c)) paths.add(p);
	return paths;
}

describe("CLI: usage errors exit 2 with one line", () => {
	it.each([
		[["explore"], /missing <vault-dir>/],
		[["explore", "/no/such/folder"], /no such folder/],
		[["explore", VAULT, "--group", "colour"], /--group must be one of tag, type, type-tag, tag-type, date/],
		[["explore", VAULT, "--bogus"], /unknown flag --bogus/],
		[["explore", VAULT, "--json=yes"], /--json takes no value/],
		[["snippets"], /missing <note.md>/],
		[["snippets", "nope.md"], /no such note/],
		[["snippets", join(VAULT, "Articles/Rejection is data.md"), "--count", "0"], /--count must be between 1 and 50/],
		[["snippets", join(VAULT, "Articles/Rejection is data.md"), "--platform", "myspace"], /--platform must be one of/],
		[["frobnicate"], /unknown command "frobnicate"/],
		// A repeated flag used to keep only its last value: "--platform x --platform bluesky" gave Bluesky alone.
		[["snippets", join(VAULT, "Articles/Rejection is data.md"), "--platform", "x", "--platform", "bluesky"], /^article-desk: --platform given twice$/],
		[["explore", VAULT, "--group", "tag", "--group=date"], /^article-desk: --group given twice$/],
		// Names of Object.prototype's members are unknown flags too: --constructor crashed, --toString=1 was accepted.
		[["explore", VAULT, "--constructor", "x"], /^article-desk: unknown flag --constructor$/],
		[["explore", VAULT, "--toString=1"], /^article-desk: unknown flag --toString$/],
		[["explore", VAULT, "--hasOwnProperty"], /^article-desk: unknown flag --hasOwnProperty$/],
		// The next flag is not the value of a flag left without one.
		[["snippets", join(VAULT, "Articles/Rejection is data.md"), "--vault", "--json"], /^article-desk: --vault needs a value$/],
		// A switch given twice is a slip like a value flag given twice: both used to be accepted.
		[["snippets", join(VAULT, "Articles/Rejection is data.md"), "--thread", "--thread"], /^article-desk: --thread given twice$/],
		[["explore", VAULT, "--json", "--json"], /^article-desk: --json given twice$/],
	])("%j", (argv, message) => {
		const r = cli(...(argv));
		expect(r.code).toBe(2);
		expect(r.err).toMatch(message);
		expect(r.err.split("\n")).toHaveLength(1);
		expect(r.out).toBe("");
	});
});

describe("CLI usage", () => {
	const usage = /^usage:\n {2}article-desk explore <vault-dir>.*\n {2}article-desk snippets <note\.md>.*\n {2}article-desk demo <vault-dir>$/;

	it.each([
		[["--help"]],
		[["-h"]],
		[["help"]],
		[["snippets", "--help"]],
		[["snippets", join(VAULT, "Articles/Rejection is data.md"), "--json", "-h"]],
		[["explore", "--bogus", "--help"]],
	])("%j prints the usage on standard output, status 0", (argv) => {
		expect(cli(...argv)).toEqual({ code: 0, out: expect.stringMatching(usage), err: "" });
	});

	it("without arguments prints the usage on standard error, status 2", () => {
		expect(cli()).toEqual({ code: 2, out: "", err: expect.stringMatching(usage) });
	});

	it("after a lone --, --help is a path", () => {
		expect(cli("snippets", "--", "--help")).toEqual({ code: 2, out: "", err: "article-desk: no such note: --help" });
	});
});

describe("CLI explore --json on the example vault", () => {
	const tree = JSON.parse(cli("explore", VAULT, "--json").out) as ExportedTree;

	it("lists every note, including those with broken metadata", () => {
		expect(tree.notes).toBe(20);
		const listed = new Set<string>();
		for (const g of tree.groups) for (const p of allPaths(g)) listed.add(p);
		expect(listed.size).toBe(20);
		expect(listed.has("Drafts/Maybe is the most expensive word.md")).toBe(true);
	});

	it("nests tags, counts distinct notes, and puts notes without tags under Untagged", () => {
		const sales = tree.groups.find((g) => g.key === "sales")!;
		expect(sales.kind).toBe("tag");
		expect(sales.count).toBe(allPaths(sales).size);
		const objections = sales.children.find((c) => c.key === "sales/objections")!;
		expect(objections.notes.map((n) => n.path).sort()).toEqual([
			"Articles/Price is never the real objection.md",
			"Articles/Stop apologising for your price.md",
		]);
		const untagged = tree.groups[tree.groups.length - 1];
		expect(untagged).toMatchObject({ kind: "none", label: "Untagged" });
		// The imported posts have no frontmatter; comma-string tags, legacy tag: and invalid YAML give no tags either.
		expect(untagged.notes.map((n) => n.path)).toEqual(expect.arrayContaining([
			"Imported/Why your best prospects say no.md",
			"Drafts/Listening is a closing skill.md",
			"Drafts/Coach the person, not the script.md",
			"Drafts/Maybe is the most expensive word.md",
		]));
	});

	it("reports metadata problems with one line each", () => {
		const codes = new Map(tree.problems.map((p) => [p.path + " " + p.code, p.message]));
		expect(codes.has("Drafts/Listening is a closing skill.md string-tags")).toBe(true);
		expect(codes.has("Drafts/Coach the person, not the script.md legacy-tag-key")).toBe(true);
		expect(codes.has("Drafts/What 2024 taught me about referrals.md numeric-tag")).toBe(true);
		expect(codes.has("Drafts/Maybe is the most expensive word.md invalid-yaml")).toBe(true);
		expect(codes.has("Drafts/The second meeting matters more.md type-key-case")).toBe(true);
		expect(codes.has("Drafts/Ask for the order.md bad-date")).toBe(true);
		for (const message of codes.values()) expect(message).not.toContain("\n");
	});

	it("repairs a garbled title and reads dates as written", () => {
		const objections = find(tree.groups, "objections")!;
		const price = objections.notes.find((n) => n.path === "Articles/Price is never the real objection.md")!;
		expect(price.title).toBe("📄 Price is never the real objection");
		expect(price.pubDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	});

	it.each(["type", "type-tag", "tag-type", "date"])("--group %s gives a tree whose counts are distinct notes", (mode) => {
		const t = JSON.parse(cli("explore", VAULT, "--group", mode, "--json").out) as ExportedTree;
		expect(t.notes).toBe(20);
		const check = (g: ExportedGroup) => {
			expect(g.count).toBe(allPaths(g).size);
			g.children.forEach(check);
		};
		t.groups.forEach(check);
		if (mode === "type") expect(t.groups[t.groups.length - 1]).toMatchObject({ kind: "none", label: "No type" });
	});
});

describe("CLI with unreadable and undecodable notes", () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), "article-desk-cli-"));
		mkdirSync(join(dir, ".obsidian"));
		mkdirSync(join(dir, ".trash"));
		writeFileSync(join(dir, ".obsidian", "hidden.md"), "---\ntags: [hidden]\n---\n");
		writeFileSync(join(dir, ".trash", "gone.md"), "# gone\n");
		writeFileSync(join(dir, "good.md"), "---\ntags: [fine]\n---\nBody.\n");
		writeFileSync(join(dir, "latin1.md"), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x74, 0x61, 0x67, 0x73, 0x3a, 0x20, 0x5b, 0x78, 0x5d, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0x63, 0x61, 0x66, 0xe9, 0x0a]));
		writeFileSync(join(dir, "locked.md"), "secret");
		chmodSync(join(dir, "locked.md"), 0o000);
	});
	afterAll(() => {
		chmodSync(join(dir, "locked.md"), 0o644);
		rmSync(dir, { recursive: true, force: true });
	});

	it("reports bad notes on stderr, skips dot-folders, and still lists the rest", () => {
		const r = cli("explore", dir, "--json");
		expect(r.code).toBe(0);
		const tree = JSON.parse(r.out) as ExportedTree;
		const paths = new Set<string>();
		for (const g of tree.groups) for (const p of allPaths(g)) paths.add(p);
		expect(paths.has("good.md")).toBe(true);
		expect(paths.has("latin1.md")).toBe(true);
		expect([...paths].some((p) => p.includes("hidden") || p.includes("gone"))).toBe(false);
		expect(r.err).toContain("latin1.md: not valid UTF-8");
		// Root can read a 000 file; only an unprivileged run sees the read error.
		if (process.getuid?.() !== 0) expect(r.err).toContain("locked.md: cannot read");
	});
});

describe("CLI snippets --json", () => {
	const note = join(VAULT, "Articles/The good-egg problem.md");

	it("prints key lines best first with 1-based source lines, and posts within each limit", () => {
		const r = cli("snippets", note, "--json", "--count", "3");
		expect(r.code).toBe(0);
		const result = JSON.parse(r.out);
		expect(result.title).toBe("📄 The good-egg problem");
		expect(result.keyLines).toHaveLength(3);
		// The author's ==highlight== is forced to the top; the rest follow by score.
		expect(result.keyLines[0].forced).toBe("highlight");
		const scores = result.keyLines.filter((k: { forced?: string }) => !k.forced).map((k: { score: number }) => k.score);
		expect(scores.length).toBeGreaterThan(1);
		expect([...scores].sort((a, b) => b - a)).toEqual(scores);
		const lines = require("node:fs").readFileSync(note, "utf8").split("\n");
		for (const k of result.keyLines) {
			const firstWords = k.text.split(/\s+/).slice(0, 3).join(" ");
			expect(lines[k.line - 1]).toContain(firstWords);
		}
		const platforms = new Set(result.posts.map((p: { platform: string }) => p.platform));
		expect([...platforms].sort()).toEqual(["bluesky", "linkedin", "mastodon", "threads", "x"]);
		for (const p of result.posts) expect(p.length).toBeLessThanOrEqual(p.limit);
	});

	it("marks the lines the author forced, which come first, with why in the text output", () => {
		const lines = cli("snippets", note, "--count", "3", "--platform", "x").out.split("\n");
		const keyLines = lines.slice(lines.indexOf("Key lines:") + 1, lines.indexOf("", lines.indexOf("Key lines:")));
		expect(keyLines).toHaveLength(3);
		expect(keyLines[0]).toMatch(/^ {2}1\. \[forced: highlight, \d+\.\d\d, line \d+\] \S/);
		for (const line of keyLines.slice(1)) expect(line).toMatch(/^ {2}\d\. \[\d+\.\d\d, line \d+\] \S/);
	});

	it.each([
		["highlight", "==Say the number, then stop talking.=="],
		["quote-callout", "> [!quote]\n> Say the number, then stop talking."],
		["block-id", "Say the number, then stop talking. ^snippet"],
	])("marks a line forced by %s", (reason, markdown) => {
		const dir = mkdtempSync(join(tmpdir(), "article-desk-forced-"));
		try {
			writeFileSync(join(dir, "Forced.md"), `${markdown}\n\nA price said once and left alone is a price the buyer believes.\n`);
			expect(cli("snippets", join(dir, "Forced.md"), "--count", "1").out).toMatch(new RegExp(`\\n  1\\. \\[forced: ${reason}, -?\\d+\\.\\d\\d, line \\d\\] Say the number, then stop talking\\.\\n`));
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("gives the link that left a post to make it fit as the post's reply, in JSON and in text", () => {
		const dir = mkdtempSync(join(tmpdir(), "article-desk-reply-"));
		try {
			const line = "Most reps think the close is one moment, but it is the sum of a hundred small agreements collected from the first minute of the first call, one by one, until the final yes is a formality that nobody in the room notices, and that is the whole craft of it, every single day.";
			const link = "https://coach.example/the-close-is-a-hundred-agreements";
			const file = join(dir, "Close.md");
			writeFileSync(file, `---\nurl: ${link}\n---\n${line} ^snippet\n`);
			// the bare line fits X (280) and Bluesky (300); with the link after a blank line it fits neither: X counts it
			// 23, Bluesky as its app shortens it, coach.example/the-close-is-a... (29)
			expect(line.length).toBeLessThanOrEqual(280);
			expect(line.length + 2 + 23).toBeGreaterThan(280);
			expect(line.length + 2 + 29).toBeGreaterThan(300);
			for (const platform of ["x", "bluesky"]) {
				const post = JSON.parse(cli("snippets", file, "--json", "--platform", platform, "--count", "1").out).posts[0];
				expect(post).toMatchObject({ text: line, reply: link });
			}
			expect(cli("snippets", file, "--platform", "bluesky", "--count", "1").out).toContain(`(link for the first reply: ${link})`);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("says which key line is too long for a platform to make a post, in JSON and in text", () => {
		const dir = mkdtempSync(join(tmpdir(), "article-desk-long-"));
		try {
			const line = "The close is not one moment but the sum of a hundred small agreements. ".repeat(4).trim(); // 283 characters
			const file = join(dir, "Long.md");
			writeFileSync(file, `${line} ^snippet\n`);
			const result = JSON.parse(cli("snippets", file, "--json", "--count", "1").out);
			expect(result.tooLong).toEqual([{ platform: "x", text: line, length: 283, limit: 280 }]);
			expect(result.posts.map((p: { platform: string }) => p.platform)).toEqual(["bluesky", "threads", "mastodon", "linkedin"]);
			const text = cli("snippets", file, "--platform", "x", "--count", "1").out;
			expect(text).toContain('x (limit 280):\n  (no post: "The close is not one moment but the sum of a hundred small…" alone counts 283/280)');
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("--platform x --thread gives numbered parts for X only", () => {
		const result = JSON.parse(cli("snippets", note, "--json", "--platform", "x", "--thread", "--count", "5").out);
		expect(new Set(result.posts.map((p: { platform: string }) => p.platform))).toEqual(new Set(["x"]));
		for (const p of result.posts) expect(p.length).toBeLessThanOrEqual(280);
	});
});

/** A sparse file over 2 GiB: Node refuses to read it (ERR_FS_FILE_TOO_LARGE) even as root, with no disk used. */
function tooLargeToRead(path: string): void {
	const fd = openSync(path, "w");
	ftruncateSync(fd, 2 ** 31 + 10);
	closeSync(fd);
}

describe("CLI with notes it cannot read", () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), "article-desk-cli-"));
		writeFileSync(join(dir, "good.md"), "---\ntags: [fine]\n---\nBody.\n");
		tooLargeToRead(join(dir, "huge.md"));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("snippets on a note it cannot read exits 1 with one line naming it", () => {
		const r = cli("snippets", join(dir, "huge.md"));
		expect(r.code).toBe(1);
		expect(r.err).toBe(`article-desk: ${join(dir, "huge.md")}: cannot read (ERR_FS_FILE_TOO_LARGE)`);
		expect(r.out).toBe("");
	});

	it("explore lists a note it cannot read, says why, and exits 0", () => {
		const r = cli("explore", dir, "--json");
		expect(r.code).toBe(0);
		const paths = new Set<string>();
		for (const g of (JSON.parse(r.out) as ExportedTree).groups) for (const p of allPaths(g)) paths.add(p);
		expect([...paths].sort()).toEqual(["good.md", "huge.md"]);
		expect(r.err).toBe("article-desk: huge.md: cannot read (ERR_FS_FILE_TOO_LARGE); listed without metadata");
	});

	it("a vault folder that cannot be listed is a failure, not an empty vault", () => {
		// ENOTDIR here; EACCES (which root never meets) takes the same path: see e2e/cli.e2e.ts for it.
		const read = readVault(join(dir, "good.md"));
		expect(read.failure).toBe("cannot list folder (ENOTDIR)");
		expect(read.notes).toEqual([]);
	});

	it("lists a note under the tags Obsidian keeps and says which it ignores", () => {
		const vault = mkdtempSync(join(tmpdir(), "article-desk-cli-"));
		try {
			writeFileSync(join(vault, "odd.md"), '---\ntags: [c++, "q&a", "cold calling", a.b, ok]\n---\nBody.\n');
			const tree = JSON.parse(cli("explore", vault, "--json").out) as ExportedTree;
			expect(tree.groups.map((g) => g.key)).toEqual(["ok"]);
			expect(tree.problems).toEqual([
				{ path: "odd.md", code: "invalid-tag", message: 'Obsidian ignores "c++", "q&a", "cold calling", "a.b" as tags: a tag has no spaces and no punctuation but - _ /' },
			]);
			// The text form counts notes in the singular when there is one.
			const lines = cli("explore", vault).out.split("\n");
			expect([lines[0], lines.at(-2)]).toEqual(["1 note", "Metadata problems (1 note)"]);
		} finally {
			rmSync(vault, { recursive: true, force: true });
		}
	});

	it("writes control characters in names as escapes, so a file name cannot fake a line of the tree", () => {
		const odd = mkdtempSync(join(tmpdir(), "article-desk-cli-"));
		try {
			writeFileSync(join(odd, "two\nlines.md"), "Body.\n");
			const r = cli("explore", odd);
			expect(r.out.split("\n")).toEqual(["1 note", "Untagged (1)", "  - two\\nlines"]);
		} finally {
			rmSync(odd, { recursive: true, force: true });
		}
	});
});

describe("CLI follows symbolic links as Obsidian does", () => {
	let base: string;
	let vault: string;
	beforeAll(() => {
		base = mkdtempSync(join(tmpdir(), "article-desk-links-"));
		vault = join(base, "vault");
		const outside = join(base, "outside");
		mkdirSync(join(vault, "Inside"), { recursive: true });
		mkdirSync(join(outside, "deeper"), { recursive: true });
		writeFileSync(join(vault, "Inside", "own.md"), "---\ntags: [own]\n---\n");
		writeFileSync(join(outside, "shared.md"), "---\ntags: [shared]\n---\n");
		writeFileSync(join(outside, "deeper", "deep.md"), "# Deep\n");
		symlinkSync(outside, join(vault, "Linked")); // a folder outside the vault: read through
		symlinkSync(join(vault, "Inside"), join(vault, "Again")); // a folder already in the vault: skipped
		symlinkSync(vault, join(outside, "deeper", "loop")); // back to the vault from the linked folder: skipped
		symlinkSync(join(outside, "shared.md"), join(vault, "alias.md")); // a note: read
		symlinkSync(join(base, "missing"), join(vault, "broken")); // nothing there: reported
	});
	afterAll(() => rmSync(base, { recursive: true, force: true }));

	it("reads notes through links to outside folders and to notes, and skips loops with a warning", () => {
		const read = readVault(vault);
		expect(read.failure).toBeNull();
		expect(read.notes.map((n) => n.path)).toEqual(["Inside/own.md", "Linked/deeper/deep.md", "Linked/shared.md", "alias.md"]);
		expect(read.notes.find((n) => n.path === "alias.md")!.text).toContain("shared");
		expect(read.warnings.sort()).toEqual([
			"Again: symbolic link to a folder already in the vault; skipped, as Obsidian does",
			"Linked/deeper/loop: symbolic link to a folder already in the vault; skipped, as Obsidian does",
			"broken: broken symbolic link (ENOENT); skipped",
		]);
	});
});

describe("CLI on notes that are not plain files with UTF-8 names", () => {
	let base: string;
	let vault: string;
	beforeAll(() => {
		base = mkdtempSync(join(tmpdir(), "article-desk-odd-"));
		vault = join(base, "vault");
		mkdirSync(vault);
		// Two names that are not UTF-8 (Latin-1 "café" and "cafè", as old archives unpack them) and a folder of that kind.
		const v = Buffer.from(vault + "/");
		writeFileSync(Buffer.concat([v, Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x6d, 0x64])]), "---\ntags: [acute]\n---\n");
		writeFileSync(Buffer.concat([v, Buffer.from([0x63, 0x61, 0x66, 0xe8, 0x2e, 0x6d, 0x64])]), "---\ntags: [grave]\n---\n");
		const folder = Buffer.concat([v, Buffer.from([0x41, 0xfc])]);
		mkdirSync(folder);
		writeFileSync(Buffer.concat([folder, Buffer.from("/inner.md")]), "---\ntags: [inner]\n---\n");
		writeFileSync(join(vault, "ok.md"), "---\ntags: [ok]\n---\n");
	});
	afterAll(() => rmSync(base, { recursive: true, force: true }));

	it("reads notes whose file or folder names are not UTF-8, each under its own name, and says so", () => {
		const read = readVault(vault);
		expect(read.notes.map((n) => [n.path, n.text.match(/tags: \[(\w+)\]/)?.[1]])).toEqual([
			["A\\xFC/inner.md", "inner"],
			["caf\\xE8.md", "grave"],
			["caf\\xE9.md", "acute"],
			["ok.md", "ok"],
		]);
		expect(read.warnings).toEqual([
			"A\\xFC: file name is not valid UTF-8 (its bytes shown as \\xNN)",
			"caf\\xE8.md: file name is not valid UTF-8 (its bytes shown as \\xNN)",
			"caf\\xE9.md: file name is not valid UTF-8 (its bytes shown as \\xNN)",
		]);
	});

	it("skips a link to something that is not a file (a pipe or /dev/zero would block the read forever)", () => {
		const odd = mkdtempSync(join(tmpdir(), "article-desk-dev-"));
		try {
			writeFileSync(join(odd, "ok.md"), "# ok\n");
			symlinkSync("/dev/null", join(odd, "zero.md")); // a device like /dev/zero, but one that cannot hang the test
			const read = readVault(odd);
			expect(read.notes.map((n) => n.path)).toEqual(["ok.md"]);
			expect(read.warnings).toEqual(["zero.md: symbolic link to something that is not a file; skipped"]);
		} finally {
			rmSync(odd, { recursive: true, force: true });
		}
	});

	it("drops a note deleted between listing and reading instead of listing it empty", () => {
		const dir = mkdtempSync(join(tmpdir(), "article-desk-race-"));
		const fs = require("node:fs") as typeof import("node:fs");
		const realList = fs.readdirSync;
		// Another program (Obsidian, a sync client) deletes a note just after the folder is listed.
		fs.readdirSync = ((...args: Parameters<typeof realList>) => {
			const entries = (realList as (...a: unknown[]) => unknown)(...args);
			if (fs.existsSync(join(dir, "gone.md"))) fs.unlinkSync(join(dir, "gone.md"));
			return entries;
		}) as typeof realList;
		try {
			writeFileSync(join(dir, "gone.md"), "---\ntags: [gone]\n---\n");
			writeFileSync(join(dir, "kept.md"), "---\ntags: [kept]\n---\n");
			const read = readVault(dir);
			expect(read.notes.map((n) => n.path)).toEqual(["kept.md"]);
			expect(read.warnings).toEqual(["gone.md: deleted while being read; skipped"]);
		} finally {
			fs.readdirSync = realList;
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe("CLI names what is wrong with a path given on the command line", () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), "article-desk-args-"));
		writeFileSync(join(dir, "note.md"), "# Note\n");
		mkdirSync(join(dir, "folder.md"));
		symlinkSync(join(dir, "loop-b.md"), join(dir, "loop-a.md"));
		symlinkSync(join(dir, "loop-a.md"), join(dir, "loop-b.md"));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it.each([
		[["explore", "note.md"], 2, "article-desk: not a folder: DIR/note.md"],
		[["snippets", "folder.md"], 2, "article-desk: DIR/folder.md is a folder, not a note"],
		[["snippets", "loop-a.md"], 1, "article-desk: DIR/loop-a.md: cannot read (ELOOP)"],
		[["explore", "loop-a.md"], 1, "article-desk: DIR/loop-a.md: cannot read (ELOOP)"],
		[["snippets", "missing.md"], 2, "article-desk: no such note: DIR/missing.md"],
	])("%j", (argv, code, message) => {
		const r = cli(argv[0], join(dir, argv[1]));
		expect(r).toEqual({ code, out: "", err: message.replace("DIR", dir) });
	});
});

describe("CLI text output cannot be forged by a file name", () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), "article-desk-ctl-"));
		// A name with a line break and a terminal escape, and content that is not UTF-8 so that a warning names it.
		writeFileSync(join(dir, "evil\u001b[31m\nfake: ok.md"), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
	});
	afterAll(() => rmSync(dir, { recursive: true, force: true }));

	it("writes control characters in warnings as escapes, one line per warning", () => {
		const r = cli("explore", dir);
		expect(r.code).toBe(0);
		expect(r.err).toBe("article-desk: evil\\u001b[31m\\nfake: ok.md: not valid UTF-8; undecodable bytes shown as U+FFFD");
	});

	it("writes control characters in the snippets title as escapes", () => {
		const r = cli("snippets", join(dir, "evil\u001b[31m\nfake: ok.md"));
		expect(r.code).toBe(0);
		expect(r.out.split("\n")[0]).toBe("evil\\u001b[31m\\nfake: ok");
		expect(r.err.split("\n")).toHaveLength(1);
	});
});

describe("CLI snippets text output never prints a raw control character", () => {
	it("has none from a note whose title, tags and lines carry terminal escapes", () => {
		const dir = mkdtempSync(join(tmpdir(), "article-desk-ctl-posts-"));
		try {
			// A colour escape, a title-setting OSC sequence and a C1 CSI (U+009B) in forced lines, a title property with an
			// escape and a carriage return, and a tag with an escape and a CSI (Obsidian's tag rule lets them through).
			const body =
				"Preparation is the whole job of a salesperson \u001b[31mRED\u001b[0m and nothing else matters. ^snippet\n\n" +
				"A second line that says buyers want \u001b]0;TITLE\u0007 a smaller risk \u009b2J before they commit. ^snippet\n";
			writeFileSync(join(dir, "Esc.md"), `---\ntitle: "Evil\\e[2J\\rtitle"\ntags: ["sales\\e\\x9b2J"]\n---\n${body}`);
			const r = cli("snippets", join(dir, "Esc.md"), "--count", "2");
			expect(r.code).toBe(0);
			// Only the line breaks between output lines are control characters.
			expect(r.out).not.toMatch(/[^\P{Cc}\n]/u);
			const lines = r.out.split("\n");
			expect(lines.slice(0, 2)).toEqual(["Evil\\u001b[2J\\rtitle", "tags: #sales\\u001b\\u009b2J"]);
			expect(lines.filter((l) => l.includes("Preparation is the whole job"))).toHaveLength(1 + 5);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("writes them as escapes in every field, whatever the source", () => {
		const esc = "\u001b]0;T\u0007\r\u009b";
		const shown = "\\u001b]0;T\\u0007\\r\\u009b";
		const text = renderSnippetsText({
			title: `t${esc}`,
			tags: [`tag${esc}`],
			keyLines: [{ text: `line${esc}`, score: 1, line: 3, features: {} }],
			posts: [{ platform: "x", text: `post${esc}\n\nhttps://example.com/${esc}\n\n#Tag${esc}`, length: 40, limit: 280, reply: `https://example.com/r${esc}` }],
			tooLong: [{ platform: "x", text: `long${esc}`, length: 300, limit: 280 }],
		});
		expect(text.split("\n")).toEqual([
			`t${shown}`,
			`tags: #tag${shown}`,
			"",
			"Key lines:",
			`  1. [1.00, line 3] line${shown}`,
			"",
			"x (limit 280):",
			"  --- 40/280",
			`  post${shown}`,
			"  ",
			`  https://example.com/${shown}`,
			"  ",
			`  #Tag${shown}`,
			`  (link for the first reply: https://example.com/r${shown})`,
			`  (no post: "long${shown}" alone counts 300/280)`,
		]);
	});

	it("demo names the newest article with its control characters as escapes", () => {
		const dir = mkdtempSync(join(tmpdir(), "article-desk-ctl-demo-"));
		try {
			writeFileSync(join(dir, "a\u001b]0;T\u0007b.md"), "---\ndate: 2024-05-01\n---\nPreparation is the whole job of a salesperson and nothing else.\n");
			const r = cli("demo", dir);
			expect(r.code).toBe(0);
			expect(r.out).not.toMatch(/[^\P{Cc}\n]/u);
			expect(r.out).toContain("newest article: a\\u001b]0;T\\u0007b.md");
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("writes DEL and C1 controls, which JSON leaves raw, as \\u escapes in explore's tree too", () => {
		const dir = mkdtempSync(join(tmpdir(), "article-desk-ctl-c1-"));
		try {
			writeFileSync(join(dir, "a\u009b2Jb\u007fc.md"), "Body.\n");
			expect(cli("explore", dir).out.split("\n")).toEqual(["1 note", "Untagged (1)", "  - a\\u009b2Jb\\u007fc"]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe("CLI reads a note whose name starts with -- after a lone --", () => {
	it("takes every argument after -- as a path", () => {
		const dir = mkdtempSync(join(tmpdir(), "article-desk-dashes-"));
		try {
			writeFileSync(join(dir, "--draft.md"), "---\ntags: [dashes]\n---\nBody.\n");
			const cwd = process.cwd();
			process.chdir(dir);
			try {
				const ok = cli("snippets", "--json", "--", "--draft.md");
				expect(ok.code).toBe(0);
				expect(JSON.parse(ok.out)).toMatchObject({ title: "--draft", tags: ["dashes"] });
				// After --, a flag's name is a path too.
				expect(cli("snippets", "--", "--draft.md", "--json")).toMatchObject({ code: 2, err: 'article-desk: unexpected argument "--json"' });
			} finally {
				process.chdir(cwd);
			}
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe("CLI when its output cannot be written", () => {
	/** A stand-in for process.stdout / stderr: `fail` is how writing fails (a full disk: ENOSPC). */
	function stream(fail?: "throw" | "emit", code = "ENOSPC") {
		const written: string[] = [];
		const handlers: Array<(e: Error) => void> = [];
		const error = Object.assign(new Error(`${code}: write failed`), { code, syscall: "write" });
		return {
			written,
			write(text: string) {
				if (fail === "throw") throw error; // a file: Node writes it synchronously
				if (fail === "emit") handlers.forEach((h) => h(error)); // a pipe: the error comes as an event
				else written.push(text);
				return true;
			},
			on(event: string, handler: (e: Error) => void) {
				if (event === "error") handlers.push(handler);
			},
		};
	}

	it.each(["throw", "emit"] as const)("a full disk (%s) exits 1 with one line, not a stack trace", (fail) => {
		const out = stream(fail);
		const err = stream();
		const exits: number[] = [];
		const code = main(["explore", VAULT], out, err, (c) => exits.push(c));
		// A write that throws ends the run with its status; an error event exits at once (the stand-in exit returns).
		if (fail === "throw") expect(code).toBe(1);
		else expect(exits[0]).toBe(1);
		expect(err.written).toEqual(["article-desk: cannot write the output (ENOSPC)\n"]);
	});

	it("a pipe closed early (EPIPE) stops quietly with status 0", () => {
		const out = stream("emit", "EPIPE");
		const err = stream();
		const exits: number[] = [];
		main(["explore", VAULT], out, err, (c) => exits.push(c));
		expect(exits[0]).toBe(0);
		expect(err.written).toEqual([]);
	});
});

describe("CLI snippets on a note whose frontmatter is not valid YAML", () => {
	it("says on standard error that its tags and url are ignored, and still exits 0", () => {
		const dir = mkdtempSync(join(tmpdir(), "article-desk-yaml-"));
		try {
			const file = join(dir, "Bad yaml.md");
			writeFileSync(file, "---\ntags: [sales, b2b\nurl: https://example.com/bad-yaml\n---\nSay the number, then stop talking. ^snippet\n");
			const warning = new RegExp(`^article-desk: ${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: frontmatter is not valid YAML \\(.+\\); its tags and url are ignored$`);
			const text = cli("snippets", file, "--platform", "x");
			expect(text.code).toBe(0);
			expect(text.err).toMatch(warning);
			expect(text.out).toContain("tags: (none)");
			const json = cli("snippets", file, "--json");
			expect(json.code).toBe(0);
			expect(json.err).toMatch(warning);
			expect(JSON.parse(json.out).posts[0].text).toBe("Say the number, then stop talking.");
			// valid frontmatter: no word on standard error
			writeFileSync(file, "---\ntags: [sales, b2b]\n---\nSay the number, then stop talking. ^snippet\n");
			expect(cli("snippets", file, "--platform", "x")).toMatchObject({ code: 0, err: "" });
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe("CLI snippets on a note whose url is not a web address", () => {
	it.each(["[[Some note]]", "not a link at all", "https://example.com/my article"])("%j: no link in the posts, one line on standard error", (url) => {
		const dir = mkdtempSync(join(tmpdir(), "article-desk-url-"));
		try {
			const file = join(dir, "Url.md");
			writeFileSync(file, `---\nurl: ${JSON.stringify(url)}\ntags: [sales]\n---\nSay the number, then stop talking. ^snippet\n`);
			const r = cli("snippets", file, "--json", "--platform", "x");
			expect(r.code).toBe(0);
			expect(r.err).toBe(`article-desk: ${file}: its url ${JSON.stringify(url)} is not a web address (https://…), so the posts do not link to it`);
			expect(JSON.parse(r.out).posts.map((p: { text: string }) => p.text)).toEqual(["Say the number, then stop talking.\n\n#Sales"]);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});

	it("says nothing of a url that is one", () => {
		const dir = mkdtempSync(join(tmpdir(), "article-desk-url-"));
		try {
			const file = join(dir, "Url.md");
			writeFileSync(file, "---\ncanonical: https://example.com/say-the-number\n---\nSay the number, then stop talking. ^snippet\n");
			const r = cli("snippets", file, "--json", "--platform", "x");
			expect(r.err).toBe("");
			expect(JSON.parse(r.out).posts[0].text).toBe("Say the number, then stop talking.\n\nhttps://example.com/say-the-number");
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe("CLI snippets on a note without key lines", () => {
	it("says there are none instead of ending on an empty heading", () => {
		const dir = mkdtempSync(join(tmpdir(), "article-desk-empty-"));
		try {
			writeFileSync(join(dir, "Empty.md"), "---\ntags: [draft]\n---\n");
			const r = cli("snippets", join(dir, "Empty.md"));
			expect(r.code).toBe(0);
			expect(r.out).toBe("Empty\ntags: #draft\n\nKey lines: none (no post to make)");
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});
