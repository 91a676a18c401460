/**
 * The built CLI (`dist/cli.js`) as a shell runs it, for what an in-process `run()` cannot show: a pipe closed early
 * by `head`, and files an ordinary user may not read (root reads anything, so as root the CLI runs as `nobody`
 * through util-linux's `setpriv`).
 */
import { describe, expect, it, beforeAll, afterAll } from "@jest/globals";
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const CLI = join(__dirname, "..", "dist", "cli.js");
const asRoot = process.getuid?.() === 0;

/** Runs the CLI as a user without root's right to read every file. */
function runUnprivileged(args: string[]) {
	const [command, ...rest] = asRoot
		? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", process.execPath, CLI, ...args]
		: [process.execPath, CLI, ...args];
	return spawnSync(command, rest, { encoding: "utf8" });
}

describe("the built CLI", () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), "article-desk-e2e-cli-"));
		chmodSync(dir, 0o755);
		const many = join(dir, "many");
		mkdirSync(many);
		for (let i = 0; i < 3000; i++) writeFileSync(join(many, `A note with a long enough title to fill the pipe, number ${i}.md`), `---\ntags: [t${i % 40}]\n---\nBody ${i}.\n`);
		mkdirSync(join(dir, "locked"));
		writeFileSync(join(dir, "locked", "inside.md"), "# Inside\n");
		chmodSync(join(dir, "locked"), 0o000);
		writeFileSync(join(dir, "secret.md"), "# Secret\n");
		chmodSync(join(dir, "secret.md"), 0o000);
	});
	afterAll(() => {
		chmodSync(join(dir, "locked"), 0o755);
		rmSync(dir, { recursive: true, force: true });
	});

	it("stops quietly with status 0 when its output pipe is closed early (| head -1)", () => {
		const script = `"$0" "$1" explore "$2" | head -1; exit "\${PIPESTATUS[0]}"`;
		const r = spawnSync("bash", ["-c", script, process.execPath, CLI, join(dir, "many")], { encoding: "utf8" });
		expect(r.stdout).toBe("3000 notes\n");
		expect(r.stderr).toBe("");
		expect(r.status).toBe(0);
	});

	it("exits 1 with one line when the vault folder cannot be listed", () => {
		const r = runUnprivileged(["explore", join(dir, "locked")]);
		expect(r.stderr).toBe(`article-desk: ${join(dir, "locked")}: cannot list folder (EACCES)\n`);
		expect(r.stdout).toBe("");
		expect(r.status).toBe(1);
	});

	it("exits 1 with one line naming a note it may not read", () => {
		const r = runUnprivileged(["snippets", join(dir, "secret.md")]);
		expect(r.stderr).toBe(`article-desk: ${join(dir, "secret.md")}: cannot read (EACCES)\n`);
		expect(r.stdout).toBe("");
		expect(r.status).toBe(1);
	});
});
