/** @jest-environment node */
import { parseBenchArgs, parseSize } from "../../bench/args";
import { median, relativeSpread, summarize } from "../../bench/stats";

describe("median", () => {
	it.each([
		[[5], 5],
		[[3, 1, 2], 2],
		[[4, 1, 3, 2], 2.5],
		[[10, 10, 1000], 10],
		[[-1, -3, -2], -2],
	])("of %j is %d", (values, expected) => {
		expect(median(values)).toBe(expected);
	});

	it("does not reorder its input", () => {
		const values = [3, 1, 2];
		median(values);
		expect(values).toEqual([3, 1, 2]);
	});

	it("throws on no values", () => {
		expect(() => median([])).toThrow();
	});
});

describe("summarize", () => {
	it("gives median, extremes and the median absolute deviation", () => {
		// Deviations from the median 3: 2, 1, 0, 1, 97 → their median is 1.
		expect(summarize([1, 2, 3, 4, 100])).toEqual({ median: 3, min: 1, max: 100, mad: 1, runs: 5 });
	});

	it("is not moved by one outlier, unlike the mean", () => {
		const calm = summarize([10, 10, 11, 10, 10]);
		const noisy = summarize([10, 10, 11, 10, 500]);
		expect(noisy.median).toBe(calm.median);
		expect(noisy.mad).toBe(calm.mad);
		expect(noisy.max).toBe(500);
	});

	it.each([
		[[10, 10, 10], 0],
		[[8, 10, 12], 20],
		[[0, 0, 0], 0],
	])("spread of %j is %d%% of the median", (samples, percent) => {
		expect(relativeSpread(summarize(samples))).toBeCloseTo(percent);
	});
});

describe("benchmark arguments", () => {
	it.each([
		[[], { json: false, sizes: [1000, 10000, 100000] }],
		[["--json"], { json: true, sizes: [1000, 10000, 100000] }],
		[["--sizes", "1000,10000"], { json: false, sizes: [1000, 10000] }],
		[["--sizes=5k,100_000", "--json"], { json: true, sizes: [5000, 100000] }],
	])("reads %j", (argv, expected) => {
		expect(parseBenchArgs(argv, 1)).toMatchObject(expected);
	});

	it.each([["--sizes"], ["--sizes", "ten"], ["--sizes", "0"], ["--fast"]])("rejects %j", (...argv) => {
		expect(() => parseBenchArgs(argv, 1)).toThrow();
	});

	it("reads a seed", () => {
		expect(parseBenchArgs(["--seed", "99"], 1).seed).toBe(99);
		expect(parseSize("12k")).toBe(12000);
	});
});
