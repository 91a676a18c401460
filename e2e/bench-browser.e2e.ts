/**
 * `npm run bench:browser` end to end: the built dist/bench-browser.js bundles the page, drives Debian's Chromium,
 * and prints the start-up and cold-index figures of a small generated vault under the Node run's JSON names.
 */
import { describe, expect, it } from "@jest/globals";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
const SCRIPT = join(ROOT, "dist/bench-browser.js");

describe("bench:browser", () => {
	it("measures the vault in Chromium and prints one JSON object with every figure", () => {
		expect(existsSync(SCRIPT)).toBe(true);
		const out = execFileSync(process.execPath, [SCRIPT, "--sizes", "400", "--json"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120000 });
		const json = JSON.parse(out) as { engine: string; seed: number; sizes: Record<string, Record<string, number>>; totalSeconds: number };
		expect(json.engine).toMatch(/^Chromium \d+\./);
		expect(Object.keys(json.sizes)).toEqual(["400"]);
		const figures = json.sizes["400"];
		for (const name of ["onloadMs", "layoutReadyMs", "startupFillMs", "startupLongestTaskMs", "coldIndexMs", "coldIndexFloorMs", "coldIndexReadMs", "coldIndexVsFloor"]) {
			expect(Number.isFinite(figures[name])).toBe(true);
		}
		expect(figures.coldIndexMs).toBeGreaterThan(0);
		expect(figures.startupFillMs).toBeGreaterThanOrEqual(figures.layoutReadyMs);
	});

	it("refuses an unknown option with a message", () => {
		expect(() => execFileSync(process.execPath, [SCRIPT, "--bogus"], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })).toThrow(/unknown option --bogus/);
	});
});
