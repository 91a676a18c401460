/** @jest-environment node */
import fc from "fast-check";
import { searchSorted } from "../../src/core/sorted-search";

describe("searchSorted", () => {
	it("finds the first position at or after (or strictly after) an item, like a linear scan", () => {
		fc.assert(
			fc.property(fc.array(fc.integer({ min: 0, max: 20 })), fc.integer({ min: -1, max: 21 }), (raw, item) => {
				const list = [...raw].sort((a, b) => a - b);
				const cmp = (a: number, b: number) => a - b;
				const atOrAfter = list.findIndex((x) => x >= item);
				const after = list.findIndex((x) => x > item);
				expect(searchSorted(list, item, cmp)).toBe(atOrAfter < 0 ? list.length : atOrAfter);
				expect(searchSorted(list, item, cmp, true)).toBe(after < 0 ? list.length : after);
			}),
		);
	});
});
