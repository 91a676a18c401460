/**
 * `npm run bench:browser`: the benchmark's start-up and cold-index figures measured again inside Chromium, the
 * engine Obsidian runs on (Node 20's V8 is several versions older). The page runs the same code as the Node run
 * (browser-page.ts → start-and-index.ts) on the same seeded vaults, and the output has the same names, so the two
 * can be read side by side. Needs Debian's `chromium` (or CHROMIUM_PATH); see bench/README.md.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

import esbuild from "esbuild";
import { chromium } from "playwright-core";

import { parseBenchArgs, USAGE } from "./args";
import type { PageResult } from "./browser-page";
import { checksTable, startAndIndexChecks, startAndIndexJson } from "./report";
import { DEFAULT_SEED } from "./vault-generator";

/** dist/bench-browser.js runs from dist/: the repository is one level up. */
const ROOT = join(__dirname, "..");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Headless and offline; `--expose-gc` lets each cold-index run start from a full GC, as in the Node run. */
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--js-flags=--expose-gc"];

/** Node modules the bundled code names but never calls in a page: the double's folder reader, the clock. */
const nodeShims: esbuild.Plugin = {
	name: "node-shims",
	setup(build) {
		build.onResolve({ filter: /^(node:)?(fs|path|perf_hooks)$/ }, (args) => ({ path: args.path, namespace: "node-shim" }));
		build.onLoad({ filter: /.*/, namespace: "node-shim" }, () => ({
			contents:
				"export const performance = globalThis.performance;\n" +
				"const none = () => { throw new Error('No file system in the page.'); };\n" +
				"export const readdirSync = none, readFileSync = none, join = none;\n",
			loader: "js",
		}));
	},
};

/** The page's script: the double's DOM helpers installed, then `runInPage` on `window`. */
async function pageScript(): Promise<string> {
	const result = await esbuild.build({
		stdin: {
			contents:
				'import { installDomHelpers } from "./tests/obsidian/dom";\n' +
				'import { runInPage } from "./bench/browser-page";\n' +
				"installDomHelpers(window);\n" +
				"window.articleDeskBench = { run: runInPage };\n",
			resolveDir: ROOT,
			loader: "ts",
		},
		bundle: true,
		write: false,
		format: "iife",
		platform: "browser",
		target: "es2022",
		alias: { obsidian: join(ROOT, "tests/obsidian/index.ts") },
		plugins: [nodeShims],
		logLevel: "warning",
	});
	return result.outputFiles[0].text;
}

async function main(): Promise<number> {
	const args = parseBenchArgs(process.argv.slice(2), DEFAULT_SEED);
	if (args.help) {
		console.log(USAGE.replace("npm run bench", "npm run bench:browser"));
		return 0;
	}
	if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
	const log = (line: string) => process.stderr.write(`${line}\n`);
	const t0 = performance.now();
	const script = await pageScript();
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	try {
		const version = `Chromium ${browser.version()}`;
		// The same clock zone as the Node run (dom-env.ts), so dates group the same way.
		const context = await browser.newContext({ timezoneId: "UTC" });
		const page = await context.newPage();
		await page.setContent("<!doctype html><html><head></head><body></body></html>");
		await page.addScriptTag({ content: script });
		const sizes: PageResult[] = [];
		for (const n of args.sizes) {
			log(`vault of ${n} notes in ${version}…`);
			const result = await page.evaluate(([count, seed]) => (window as unknown as { articleDeskBench: { run(n: number, s: number): Promise<PageResult> } }).articleDeskBench.run(count, seed), [n, args.seed] as const);
			if (!result.gc) log("  note: no gc() in the page; runs may pay for each other's garbage");
			sizes.push(result);
		}
		const totalSeconds = (performance.now() - t0) / 1000;
		if (args.json) {
			const json = { engine: version, seed: args.seed, sizes: Object.fromEntries(sizes.map((r) => [String(r.notes), startAndIndexJson(r)])), totalSeconds };
			console.log(JSON.stringify(json));
		} else {
			console.log(checksTable(sizes.flatMap((r) => startAndIndexChecks(r.notes, r)), `${version} · seed ${args.seed} · ${totalSeconds.toFixed(0)} s`));
		}
		return 0;
	} finally {
		await browser.close();
	}
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
		process.exit(1);
	},
);
