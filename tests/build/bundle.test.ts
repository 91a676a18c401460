/** @jest-environment node */
// Checks the built plugin and its manifest as Obsidian's reviewers would. `npm test` builds before jest runs.
import { builtinModules } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";

const root = resolve(__dirname, "../..");
const mainJs = resolve(root, "main.js");
const manifest = JSON.parse(readFileSync(resolve(root, "manifest.json"), "utf8"));
const versions = JSON.parse(readFileSync(resolve(root, "versions.json"), "utf8"));
const pkg = JSON.parse(readFileSync(resolve(root, "package.json"), "utf8"));

describe("manifest.json", () => {
	it("has the plugin's identity and a valid version", () => {
		expect(manifest).toMatchObject({ id: "article-desk", name: "Article Desk", version: "0.1.0", isDesktopOnly: false });
		expect(manifest.version).toBe(pkg.version);
		expect(manifest.minAppVersion).toMatch(/^\d+\.\d+\.\d+$/);
		expect(typeof manifest.author).toBe("string");
	});

	it("has a verb-first description of 10–250 characters that ends with a period and has no emoji", () => {
		const d: string = manifest.description;
		expect(d.length).toBeGreaterThanOrEqual(10);
		expect(d.length).toBeLessThanOrEqual(250);
		expect(d.endsWith(".")).toBe(true);
		expect(/\p{Extended_Pictographic}/u.test(d)).toBe(false);
		expect(d.split(" ")[0]).toMatch(/^[A-Z][a-z]+$/);
		expect(d.toLowerCase()).not.toContain("obsidian");
	});

	it("maps every version in versions.json to its minAppVersion", () => {
		expect(versions[manifest.version]).toBe(manifest.minAppVersion);
	});
});

describe("main.js", () => {
	const present = existsSync(mainJs);
	const code = present ? readFileSync(mainJs, "utf8") : "";

	it("has been built", () => {
		expect(present).toBe(true);
	});

	it("requires only what Obsidian provides, never a Node built-in", () => {
		const required = [...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]);
		expect(required.length).toBeGreaterThan(0);
		const nodeBuiltins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
		for (const name of required) {
			expect(nodeBuiltins.has(name)).toBe(false);
			expect(name === "obsidian" || name === "electron" || name.startsWith("@codemirror/") || name.startsWith("@lezer/")).toBe(true);
		}
	});

	it("contains no eval, Function constructor, innerHTML writes or network calls", () => {
		expect(code).not.toMatch(/\beval\(/);
		expect(code).not.toMatch(/new Function\(/);
		expect(code).not.toMatch(/\.(innerHTML|outerHTML)\s*=/);
		expect(code).not.toMatch(/insertAdjacentHTML/);
		expect(code).not.toMatch(/\bfetch\(|XMLHttpRequest|requestUrl/);
	});

	it("does not bundle the YAML parser (Obsidian parses frontmatter for the plugin)", () => {
		expect(code).not.toContain("YAMLParseError");
	});
});
