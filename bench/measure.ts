/**
 * Running a measurement: warm-up runs first (the JIT compiles the hot paths), then timed runs until the planned
 * count, or fewer (never below `minRuns`) once a time budget is spent, so a slow operation on a big vault cannot
 * stretch the whole benchmark past a few minutes.
 */
import { performance } from "node:perf_hooks";

/** How often to run a measurement. */
export interface RunPlan {
	/** Discarded runs first; fewer when one run already takes a quarter of the budget. */
	warmup: number;
	runs: number;
	/** Wall-clock milliseconds after which no new timed run starts once `minRuns` are done. */
	budgetMs?: number;
	/** Timed runs always made, budget or not (default 3, capped at `runs`). */
	minRuns?: number;
}

/**
 * Runs per measurement. Each has a time budget: past it no new run starts once three are done, so today's slow
 * operations cannot stretch the benchmark, and faster code automatically gets more runs.
 */
export function plansFor(n: number): { heavy: RunPlan; edit: RunPlan; light: RunPlan; view: RunPlan } {
	const big = n >= 50_000;
	return {
		heavy: { warmup: 1, runs: 7, budgetMs: big ? 10_000 : 5_000 },
		edit: { warmup: 1, runs: 7, budgetMs: big ? 12_000 : 5_000 },
		light: { warmup: 3, runs: 15, budgetMs: big ? 3_000 : 2_000 },
		view: { warmup: 1, runs: 9, budgetMs: big ? 8_000 : 4_000 },
	};
}

/** Milliseconds a synchronous call takes. */
export function timeSync(fn: () => unknown): number {
	const t0 = performance.now();
	fn();
	return performance.now() - t0;
}

/** The results of the timed runs of `op` (warm-up results are dropped); see RunPlan for how many. */
export async function repeat<T>(op: () => T | Promise<T>, plan: RunPlan): Promise<T[]> {
	const start = performance.now();
	// A run that takes a quarter of the budget is its own warm-up: the JIT has long compiled its loops.
	for (let i = 0; i < plan.warmup; i++) {
		await op();
		if (plan.budgetMs !== undefined && performance.now() - start > plan.budgetMs / 4) break;
	}
	const minRuns = Math.min(plan.runs, plan.minRuns ?? 3);
	const out: T[] = [];
	while (out.length < plan.runs) {
		const over = plan.budgetMs !== undefined && performance.now() - start > plan.budgetMs;
		if (over && out.length >= minRuns) break;
		out.push(await op());
	}
	return out;
}

/** One run does the work and returns the milliseconds of its timed region (setup and restore left out). */
export type TimedOp = () => number | Promise<number>;

/** The timed samples of an operation that times itself. */
export function sample(op: TimedOp, plan: RunPlan): Promise<number[]> {
	return repeat(op, plan);
}

/** Runs a full garbage collection when Node was started with `--expose-gc`; returns whether it could. */
export function collectGarbage(): boolean {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) return false;
	gc();
	gc();
	return true;
}
