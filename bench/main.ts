/**
 * `npm run bench`: the Article Desk benchmark. Generates seeded synthetic vaults, runs the plugin's own code on the
 * Obsidian test double in a jsdom window, and prints a table (or `--json`). See bench/README.md.
 */
import "./dom-env";

import { existsSync, statSync } from "node:fs";
import * as nodePath from "node:path";
import { performance } from "node:perf_hooks";

import { parseBenchArgs, USAGE } from "./args";
import { benchHostileLines, benchKeyLines } from "./key-lines-bench";
import { collectGarbage } from "./measure";
import { formatTable, toJson, type BenchResults } from "./report";
import { benchVault } from "./vault-bench";
import { DEFAULT_SEED } from "./vault-generator";

/** main.js next to package.json: dist/bench.js runs from dist/. */
function bundleKB(): number | null {
	const path = nodePath.join(__dirname, "..", "main.js");
	return existsSync(path) ? statSync(path).size / 1024 : null;
}

async function main(): Promise<number> {
	const args = parseBenchArgs(process.argv.slice(2), DEFAULT_SEED);
	if (args.help) {
		console.log(USAGE);
		return 0;
	}
	// Progress goes to stderr, so `--json` output stays one clean object on stdout.
	const log = (line: string) => process.stderr.write(`${line}\n`);
	if (!collectGarbage()) log("note: run with node --expose-gc (npm run bench does) to measure the index heap");
	const t0 = performance.now();
	const sizes = [];
	for (const n of args.sizes) {
		log(`vault of ${n} notes…`);
		sizes.push(await benchVault(n, args.seed, log));
		collectGarbage();
	}
	log("key lines…");
	const keyLines = await benchKeyLines(args.seed, (words) => ({ warmup: 3, runs: words >= 10000 ? 7 : 15 }));
	const hostileLines = await benchHostileLines(5);
	const results: BenchResults = { seed: args.seed, sizes, keyLines, hostileLines, bundleKB: bundleKB(), totalSeconds: (performance.now() - t0) / 1000 };
	console.log(args.json ? JSON.stringify(toJson(results)) : formatTable(results));
	return 0;
}

main().then(
	(code) => process.exit(code),
	(error: unknown) => {
		console.error(error instanceof Error ? (error.stack ?? error.message) : error);
		process.exit(1);
	},
);
