/**
 * Running a measurement: warm-up runs first (the JIT compiles the hot paths), then timed runs; two ways of doing
 * the same job run alternately, so a noisy neighbour slows both alike and their ratio holds.
 */
import { performance } from "node:perf_hooks";

/** How often to run a measurement. */
export interface RunPlan {
	warmup: number;
	runs: number;
}

/** One run: does the work and returns the milliseconds of its timed region (setup and restore excluded). */
export type TimedOp = () => number | Promise<number>;

/** Milliseconds a synchronous call takes. */
export function timeSync(fn: () => unknown): number {
	const t0 = performance.now();
	fn();
	return performance.now() - t0;
}

/** The timed samples of `plan.runs` runs after `plan.warmup` discarded ones. */
export async function sample(op: TimedOp, plan: RunPlan): Promise<number[]> {
	const out: number[] = [];
	for (let i = 0; i < plan.warmup + plan.runs; i++) {
		const ms = await op();
		if (i >= plan.warmup) out.push(ms);
	}
	return out;
}

/** Runs `a` and `b` alternately (a, b, a, b…); returns the timed samples of each, pair i being run i of both. */
export async function samplePaired(a: TimedOp, b: TimedOp, plan: RunPlan): Promise<[number[], number[]]> {
	const as: number[] = [];
	const bs: number[] = [];
	for (let i = 0; i < plan.warmup + plan.runs; i++) {
		const ta = await a();
		const tb = await b();
		if (i >= plan.warmup) {
			as.push(ta);
			bs.push(tb);
		}
	}
	return [as, bs];
}

/** Runs a full garbage collection when Node was started with `--expose-gc`; returns whether it could. */
export function collectGarbage(): boolean {
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc) return false;
	gc();
	gc();
	return true;
}
