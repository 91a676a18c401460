// Builds the plugin bundle (main.js, CJS for Obsidian) and the headless CLI (dist/cli.js, Node).
import esbuild from "esbuild";
import { existsSync } from "node:fs";
import { builtinModules } from "node:module";

const production = process.argv[2] === "production";

const pluginOptions = {
	entryPoints: ["src/bundle-entry.ts"],
	bundle: true,
	external: [
		"obsidian",
		"electron",
		"@codemirror/*",
		"@lezer/*",
	],
	format: "cjs",
	target: "es2022",
	platform: "browser",
	logLevel: "info",
	sourcemap: production ? false : "inline",
	treeShaking: true,
	minify: production,
	// Non-ASCII text (the code-page tables, typographic quotes in patterns) ships as UTF-8, not as \u escapes of
	// twice the size; Obsidian reads main.js as UTF-8.
	charset: "utf8",
	outfile: "main.js",
};

const nodeOptions = {
	bundle: true,
	platform: "node",
	target: "node20",
	format: "cjs",
	external: builtinModules,
	logLevel: "info",
	sourcemap: production ? false : "inline",
};

const cliOptions = { ...nodeOptions, entryPoints: ["src/cli/main.ts"], outfile: "dist/cli.js", banner: { js: "#!/usr/bin/env node" } };
// The benchmark runs the plugin on the test double in jsdom: `obsidian` resolves to the double, and jsdom (which
// loads files at run time) stays external.
const benchOptions = {
	...nodeOptions,
	entryPoints: ["bench/main.ts"],
	outfile: "dist/bench.js",
	alias: { obsidian: "./tests/obsidian/index.ts" },
	external: [...builtinModules, "jsdom"],
};

// The Chromium run of the benchmark: Node code that drives the browser (esbuild bundles the page at run time).
const browserBenchOptions = {
	...nodeOptions,
	entryPoints: ["bench/browser-bench.ts"],
	outfile: "dist/bench-browser.js",
	external: [...builtinModules, "esbuild", "playwright-core"],
};

const configs = [pluginOptions, cliOptions];
if (existsSync("bench/main.ts")) configs.push(benchOptions, browserBenchOptions);

if (production) {
	await Promise.all(configs.map((c) => esbuild.build(c)));
} else {
	const contexts = await Promise.all(configs.map((c) => esbuild.context(c)));
	await Promise.all(contexts.map((c) => c.watch()));
}
