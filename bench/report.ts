/**
 * What the benchmark prints: a table (measure, median, spread, target, pass/fail) for people, or one JSON object
 * whose medians sit at fixed names for scripts and CI. Targets are the issue's, stated for 100 000 notes; smaller
 * vaults are held to the same numbers, which they should beat easily.
 */
import type { HostileLineTiming, KeyLineTiming, KeyLineWords } from "./key-lines-bench";
import { relativeSpread, type Summary } from "./stats";
import type { StartAndIndexFigures } from "./start-and-index";
import type { SizeResult } from "./vault-bench";

export interface BenchResults {
	seed: number;
	sizes: SizeResult[];
	keyLines: Record<KeyLineWords, KeyLineTiming>;
	/** Key lines for notes with one 100 000-character line of an opener that never closes, slowest first. */
	hostileLines: HostileLineTiming[];
	/** Size of main.js in KiB, or null when it is missing (build first). */
	bundleKB: number | null;
	totalSeconds: number;
}

interface Target {
	op: "<=" | ">=";
	value: number;
}

/** One line of the table. */
export interface Check {
	scope: string;
	measure: string;
	value: number | null;
	unit: string;
	spread?: Summary;
	target?: Target;
}

const le = (value: number): Target => ({ op: "<=", value });
const ge = (value: number): Target => ({ op: ">=", value });

/** Whether a check meets its target; null when it has none (or no value). */
export function passes(c: Check): boolean | null {
	if (!c.target || c.value === null || Number.isNaN(c.value)) return c.target ? false : null;
	return c.target.op === "<=" ? c.value <= c.target.value : c.value >= c.target.value;
}

/** The rows of the start-up and cold-index figures, which the Node and the Chromium runs both report. */
export function startAndIndexChecks(notes: number, r: StartAndIndexFigures): Check[] {
	const scope = `${notes.toLocaleString("en-US")} notes`;
	const ms = (measure: string, s: Summary, target?: Target): Check => ({ scope, measure, value: s.median, unit: "ms", spread: s, target });
	return [
		ms("plugin onload", r.onload, le(5)),
		ms("start-up: layout-ready callback (first slice of the fill)", r.layoutReady),
		ms("start-up: layout-ready until the catalog is full (all slices)", r.startupFill),
		ms("  longest single task meanwhile (Obsidian blocked; 50 ms makes a long task)", r.startupLongestTask),
		ms("cold index: filledCatalog (NoteInputs precomputed)", r.coldIndex, le(300)),
		ms("  floor, same runs: minimal grouping pass over the same inputs", r.coldIndexFloor),
		ms("  floor, same runs: only reading the inputs", r.coldIndexRead),
		{ scope, measure: "  cold index ÷ floor, median of the runs' ratios", value: r.coldIndexVsFloor, unit: "×" },
	];
}

function sizeChecks(r: SizeResult): Check[] {
	const scope = `${r.notes.toLocaleString("en-US")} notes`;
	const ms = (measure: string, s: Summary, target?: Target): Check => ({ scope, measure, value: s.median, unit: "ms", spread: s, target });
	const checks: Check[] = [...startAndIndexChecks(r.notes, r), { scope, measure: "index heap", value: r.indexHeapMB, unit: "MB", target: le(60) }, { scope, measure: "  filter table of the same notes, filled (the open view fills it after start-up)", value: r.filterTableHeapMB, unit: "MB" }];
	for (const [mode, t] of Object.entries(r.trees)) checks.push(ms(`tree "${mode}": fresh model, ${t.rows} rows`, t.time));
	checks.push(ms(`filter keystroke (slowest of "${r.filter.query}"): count, top window`, r.filter.slowest, le(30)));
	checks.push(ms(`  same, then every row of the open groups (allRows())`, r.filter.allRowsSlowest));
	checks.push(ms(`first filter keystroke on a fresh index, after the view's idle-time warm-up`, r.firstKeystroke.warm));
	checks.push(ms(`  same, without the warm-up (the keystroke makes the filter table)`, r.firstKeystroke.cold));
	checks.push(ms(`  the warm-up in one piece (the view spreads it over 16 ms slices)`, r.firstKeystroke.warmUp));
	for (const kind of ["change", "rename", "delete"] as const) {
		const e = r.edits[kind];
		checks.push(ms(`one note ${kind === "change" ? "changed" : `${kind}d`}: index + tree (count, 2 windows)`, e.incremental, le(1)));
		checks.push(ms(`  same, then every row of the open groups (allRows())`, e.allRows));
		// A ratio grows with the vault; the issue sets it for 100 000 notes only.
		const target = r.notes >= 100_000 ? ge(100) : undefined;
		checks.push({ scope, measure: `  speed-up over naive rebuild, same rounds`, value: e.ratio, unit: "×", target });
	}
	for (const kind of ["change", "rename", "delete"] as const) {
		checks.push(ms(`one note ${kind === "change" ? "changed" : `${kind}d`}, grouped type → tag: index + tree`, r.typeTagEdits[kind], le(1)));
	}
	checks.push(ms("naive: full re-index + tree, once per round of edits", r.edits.change.naive));
	checks.push(ms(`view: open + expand all (${r.render.treeRows} tree rows)`, r.render.open));
	checks.push({ scope, measure: "view: DOM rows after full render", value: r.render.domRows, unit: "rows", target: le(100) });
	checks.push(ms("view: edit to the open note, all expanded: store + rows + redraw", r.render.refreshAfterEdit));
	checks.push(ms("  of which jsdom redraws the window (refresh, nothing changed)", r.render.redraw));
	return checks;
}

/** Every line of the table, in print order. */
export function allChecks(res: BenchResults): Check[] {
	const checks = res.sizes.flatMap(sizeChecks);
	for (const [words, t] of Object.entries(res.keyLines)) {
		checks.push({ scope: "key lines", measure: `${Number(words).toLocaleString("en-US")}-word note (${t.lines} lines)`, value: t.time.median, unit: "ms", spread: t.time, target: words === "2000" ? le(10) : undefined });
	}
	const worst = res.hostileLines[0];
	if (worst) checks.push({ scope: "key lines", measure: `slowest of ${res.hostileLines.length} 100,000-character unclosed lines (${JSON.stringify(worst.opener)})`, value: worst.time.median, unit: "ms", spread: worst.time });
	checks.push({ scope: "bundle", measure: "main.js (minified)", value: res.bundleKB, unit: "KB", target: le(150) });
	return checks;
}

function num(v: number | null): string {
	if (v === null || Number.isNaN(v)) return "n/a";
	if (Math.abs(v) >= 100) return v.toFixed(0);
	if (Math.abs(v) >= 10) return v.toFixed(1);
	return v.toFixed(v >= 1 ? 2 : 3);
}

function spreadText(s?: Summary): string {
	if (!s) return "";
	return `±${relativeSpread(s).toFixed(0)}% (${num(s.min)}–${num(s.max)}, n=${s.runs})`;
}

/** The human table. */
export function formatTable(res: BenchResults): string {
	return checksTable(allChecks(res), `seed ${res.seed} · ${res.totalSeconds.toFixed(0)} s`);
}

/** Checks as a table, with a closing line saying how many targets were missed, then `footer`. */
export function checksTable(checks: readonly Check[], footer: string): string {
	const head = ["scope", "measure", "median", "spread (MAD, min–max)", "target", "result"];
	const rows = checks.map((c) => {
		const ok = passes(c);
		return [
			c.scope,
			c.measure,
			`${num(c.value)} ${c.unit}`,
			spreadText(c.spread),
			c.target ? `${c.target.op === "<=" ? "≤" : "≥"} ${c.target.value} ${c.unit}` : "",
			ok === null ? "" : ok ? "pass" : "FAIL",
		];
	});
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
	const line = (cells: string[]) => cells.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ").trimEnd();
	const failed = checks.filter((c) => passes(c) === false).length;
	return [
		line(head),
		widths.map((w) => "-".repeat(w)).join("  "),
		...rows.map(line),
		"",
		`${failed === 0 ? "All targets met" : `${failed} target(s) missed`} · ${footer}`,
	].join("\n");
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** The medians of the start-up and cold-index figures at their JSON names (the Node and Chromium runs share them). */
export function startAndIndexJson(r: StartAndIndexFigures): Record<string, number> {
	return {
		onloadMs: round(r.onload.median),
		coldIndexMs: round(r.coldIndex.median),
		coldIndexFloorMs: round(r.coldIndexFloor.median),
		coldIndexReadMs: round(r.coldIndexRead.median),
		coldIndexVsFloor: round(r.coldIndexVsFloor),
		layoutReadyMs: round(r.layoutReady.median),
		startupFillMs: round(r.startupFill.median),
		startupLongestTaskMs: round(r.startupLongestTask.median),
	};
}

function sizeJson(r: SizeResult): Record<string, unknown> {
	const e = r.edits;
	return {
		...startAndIndexJson(r),
		changeMs: round(e.change.incremental.median),
		renameMs: round(e.rename.incremental.median),
		deleteMs: round(e.delete.incremental.median),
		naiveChangeMs: round(e.change.naive.median),
		filterMs: round(r.filter.slowest.median),
		renderMs: round(r.render.open.median),
		domRows: r.render.domRows,
		indexHeapMB: round(r.indexHeapMB),
		naiveRenameMs: round(e.rename.naive.median),
		naiveDeleteMs: round(e.delete.naive.median),
		changeSpeedup: round(e.change.ratio),
		renameSpeedup: round(e.rename.ratio),
		deleteSpeedup: round(e.delete.ratio),
		changeAllRowsMs: round(e.change.allRows.median),
		renameAllRowsMs: round(e.rename.allRows.median),
		deleteAllRowsMs: round(e.delete.allRows.median),
		filterAllRowsMs: round(r.filter.allRowsSlowest.median),
		filterAllRowsKeystrokesMs: r.filter.allRowsPerKeystroke.map(round),
		treeMs: Object.fromEntries(Object.entries(r.trees).map(([m, t]) => [m, round(t.time.median)])),
		treeRows: Object.fromEntries(Object.entries(r.trees).map(([m, t]) => [m, t.rows])),
		filterKeystrokesMs: r.filter.perKeystroke.map(round),
		filterTableHeapMB: round(r.filterTableHeapMB),
		firstKeystrokeMs: round(r.firstKeystroke.warm.median),
		firstKeystrokeColdMs: round(r.firstKeystroke.cold.median),
		filterWarmUpMs: round(r.firstKeystroke.warmUp.median),
		expandedTreeRows: r.render.treeRows,
		refreshAfterEditMs: round(r.render.refreshAfterEdit.median),
		redrawMs: round(r.render.redraw.median),
		typeTagChangeMs: round(r.typeTagEdits.change.median),
		typeTagRenameMs: round(r.typeTagEdits.rename.median),
		typeTagDeleteMs: round(r.typeTagEdits.delete.median),
		setupMs: { generate: round(r.setupMs.generate), parse: round(r.setupMs.parse) },
	};
}

/** The machine-readable result: the issue's fixed names first, extra fields after. */
export function toJson(res: BenchResults): Record<string, unknown> {
	const checks = allChecks(res);
	return {
		sizes: Object.fromEntries(res.sizes.map((r) => [String(r.notes), sizeJson(r)])),
		keyLines: {
			words500Ms: round(res.keyLines[500].time.median),
			words2000Ms: round(res.keyLines[2000].time.median),
			words10000Ms: round(res.keyLines[10000].time.median),
			hostileLineMs: res.hostileLines.length > 0 ? round(res.hostileLines[0].time.median) : null,
			hostileLine: res.hostileLines[0]?.opener ?? null,
		},
		bundleKB: res.bundleKB === null ? null : round(res.bundleKB),
		passed: checks.every((c) => passes(c) !== false),
		failed: checks.filter((c) => passes(c) === false).map((c) => `${c.scope}: ${c.measure}`),
		seed: res.seed,
		node: process.version,
		totalSeconds: round(res.totalSeconds),
	};
}
