import { grown } from "../../src/core/typed-arrays";

describe("grown", () => {
	it("copies into an array of the same kind, at least twice as long, zero beyond the copy", () => {
		const ints = Int32Array.from([5, -1, 7]);
		const big = grown(ints, 4);
		expect(big).toBeInstanceOf(Int32Array);
		expect(Array.from(big)).toEqual([5, -1, 7, 0, 0, 0]);
		expect(big).not.toBe(ints);
		const bytes = grown(Uint8Array.from([1, 2]), 2);
		expect(bytes).toBeInstanceOf(Uint8Array);
		expect(Array.from(bytes)).toEqual([1, 2, 0, 0]);
	});

	it("grows to the size asked for when that is more than double", () => {
		expect(grown(new Uint8Array(2), 9)).toHaveLength(9);
		expect(grown(new Int32Array(0), 1)).toHaveLength(1);
	});
});
