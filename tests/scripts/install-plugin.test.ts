/** @jest-environment node */
// `npm run install-plugin -- <vault>` copies the built plugin into the vault's plugin folder.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(__dirname, "../..");
const script = join(root, "scripts/install-plugin.mjs");
const FILES = ["main.js", "manifest.json", "styles.css"];

describe("install-plugin", () => {
	let vault: string;
	beforeEach(() => {
		vault = mkdtempSync(join(tmpdir(), "article-desk-vault-"));
	});
	afterEach(() => rmSync(vault, { recursive: true, force: true }));

	it("copies main.js, manifest.json and styles.css into .obsidian/plugins/article-desk", () => {
		execFileSync(process.execPath, [script, vault], { cwd: root, stdio: "pipe" });
		for (const f of FILES) {
			const copied = join(vault, ".obsidian/plugins/article-desk", f);
			expect(readFileSync(copied, "utf8")).toBe(readFileSync(join(root, f), "utf8"));
		}
	});

	it("honours --config-dir", () => {
		execFileSync(process.execPath, [script, vault, "--config-dir", ".config"], { cwd: root, stdio: "pipe" });
		expect(existsSync(join(vault, ".config/plugins/article-desk/main.js"))).toBe(true);
		expect(existsSync(join(vault, ".obsidian"))).toBe(false);
	});

	it.each([[["/no/such/vault"], /no such vault folder/], [[], /usage/], [["x", "--bogus"], /unknown flag --bogus/]])(
		"%j exits 2 with a message",
		(args, message) => {
			const r = spawnSync(process.execPath, [script, ...(args as string[])], { cwd: root, encoding: "utf8" });
			expect(r.status).toBe(2);
			expect(r.stderr).toMatch(message);
		},
	);
});
