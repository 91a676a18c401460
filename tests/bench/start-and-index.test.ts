/**
 * The start-up and cold-index measurement shared by the Node and Chromium runs, on a small generated vault in
 * jsdom: it really starts the plugin, reads every note, and fills the catalog it times.
 */
import { runInPage } from "../../bench/browser-page";
import { startAndIndexJson } from "../../bench/report";
import { coldIndexRuns, filledCatalog, startAndIndex, startAndIndexFigures } from "../../bench/start-and-index";
import { stopPlugin, vaultApp } from "../../bench/plugin-harness";
import { generateVault } from "../../bench/vault-generator";

const PLAN = { warmup: 0, runs: 2 };

describe("startAndIndex", () => {
	it("starts the plugin until the plan is done and times the cold index over every note it reads", async () => {
		const notes = generateVault(120, 7);
		const app = vaultApp(notes);
		const run = await startAndIndex(app, PLAN);
		try {
			expect(run.starts).toHaveLength(2);
			expect(run.plugin.store.index.size).toBe(120);
			expect(run.inputs.map((i) => i.path).sort()).toEqual(notes.map((n) => n.path).sort());
			// The inputs are what the catalog is filled from: a catalog built from them holds every note.
			expect(filledCatalog(run.catalogOptions, run.inputs).index.size).toBe(120);
			expect(run.cold).toHaveLength(2);
			for (const r of run.cold) for (const ms of [r.fill, r.floor, r.read]) expect(ms).toBeGreaterThanOrEqual(0);
			const figures = startAndIndexFigures(run);
			expect(figures.coldIndex.runs).toBe(2);
			expect(figures.startupFill.median).toBeGreaterThanOrEqual(figures.layoutReady.median);
			expect(Object.keys(startAndIndexJson(figures)).sort()).toEqual(
				["coldIndexFloorMs", "coldIndexMs", "coldIndexReadMs", "coldIndexVsFloor", "layoutReadyMs", "onloadMs", "startupFillMs", "startupLongestTaskMs"],
			);
		} finally {
			await stopPlugin(app, run.plugin);
			await app.dispose();
		}
	});

	it("rejects reference passes that read nothing", async () => {
		await expect(coldIndexRuns([], { article: { typeKey: "type", dateKeys: [] }, selection: { mode: "all", folders: [], tag: "", excludedFolders: [] }, index: {} }, PLAN)).rejects.toThrow("read nothing");
	});
});

describe("runInPage", () => {
	it("measures a generated vault of the given size and says whether it could collect garbage", async () => {
		const result = await runInPage(60, 3);
		expect(result.notes).toBe(60);
		expect(result.gc).toBe(typeof (globalThis as { gc?: unknown }).gc === "function");
		expect(result.coldIndex.runs).toBeGreaterThanOrEqual(3);
		expect(result.coldIndexVsFloor).toBeGreaterThan(0);
		expect(result.setupMs.parse).toBeGreaterThan(0);
	});
});
