// Builds the plugin bundle (main.js, CJS for Obsidian) and the headless CLI (dist/cli.js, Node).
import esbuild from "esbuild";
import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { builtinModules } from "node:module";
import { minify } from "terser";

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

/**
 * The shipped main.js: esbuild bundles and minifies (it also shortens `#private` names, which terser leaves alone),
 * then terser's safe compressor runs over the result. Its extra passes inline single-use functions and constants,
 * which esbuild does not, and take about 1.1% off the bytes every user downloads. No `unsafe` option is on: the
 * output means what the source says, and the e2e tests run on this file.
 */
async function buildPlugin() {
	const result = await esbuild.build({ ...pluginOptions, write: false, logLevel: "warning" });
	const bundled = result.outputFiles[0].text;
	const { code } = await minify(bundled, { ecma: 2022, toplevel: true, compress: { passes: 3 }, mangle: true });
	if (!code) throw new Error("terser returned no code");
	await writeFile(pluginOptions.outfile, code);
	const kb = (text) => (Buffer.byteLength(text) / 1024).toFixed(1);
	console.log(`\n  ${pluginOptions.outfile}  ${kb(code)}kb (esbuild alone: ${kb(bundled)}kb)\n`);
}

if (production) {
	await Promise.all([buildPlugin(), ...configs.slice(1).map((c) => esbuild.build(c))]);
} else {
	const contexts = await Promise.all(configs.map((c) => esbuild.context(c)));
	await Promise.all(contexts.map((c) => c.watch()));
}
