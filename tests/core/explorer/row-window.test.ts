/** @jest-environment node */
import fc from "fast-check";

import { rowWindow, scrollToReveal } from "../../../src/core/explorer/row-window";

// Expectations worked out by hand: rows are 28 px; a 560 px viewport holds exactly 20 rows, and one more can peek in
// when the scroll position is not a multiple of the row height, so 21 rows are "in view" plus the overscan each side.

describe("rowWindow", () => {
	it.each<[string, [number, number, number, number, number], { start: number; end: number; offset: number; total: number }]>([
		["an empty list draws nothing", [0, 28, 0, 560, 8], { start: 0, end: 0, offset: 0, total: 0 }],
		["a list shorter than the viewport is drawn whole", [10, 28, 0, 560, 8], { start: 0, end: 10, offset: 0, total: 280 }],
		["at the top: 21 rows in view + 8 below", [1000, 28, 0, 560, 8], { start: 0, end: 29, offset: 0, total: 28000 }],
		["row 100 at the top: 8 above, 21 in view, 8 below", [1000, 28, 2800, 560, 8], { start: 92, end: 129, offset: 2576, total: 28000 }],
		["a scroll inside row 100 keeps the same window", [1000, 28, 2810, 560, 8], { start: 92, end: 129, offset: 2576, total: 28000 }],
		["scrolled past the end is clamped to the last screen", [1000, 28, 1e9, 560, 8], { start: 972, end: 1000, offset: 27216, total: 28000 }],
		["a negative scroll (overscroll bounce) counts as the top", [1000, 28, -50, 560, 8], { start: 0, end: 29, offset: 0, total: 28000 }],
		["no overscan", [1000, 28, 2800, 560, 0], { start: 100, end: 121, offset: 2800, total: 28000 }],
		["a viewport lower than a row still shows the row (and the next)", [100, 28, 0, 10, 0], { start: 0, end: 2, offset: 0, total: 2800 }],
		["a zero row height draws nothing instead of dividing by zero", [100, 0, 0, 560, 8], { start: 0, end: 0, offset: 0, total: 0 }],
	])("%s", (_name, [count, height, top, viewport, overscan], expected) => {
		expect(rowWindow(count, height, top, viewport, overscan)).toEqual(expected);
	});

	it("always covers every row that intersects the viewport, and never draws more than fit plus the overscan", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 5000 }),
				fc.integer({ min: 1, max: 60 }),
				fc.integer({ min: -1000, max: 400000 }),
				fc.integer({ min: 1, max: 2000 }),
				fc.integer({ min: 0, max: 20 }),
				(count, height, scrollTop, viewport, overscan) => {
					const w = rowWindow(count, height, scrollTop, viewport, overscan);
					expect(w.total).toBe(count * height);
					expect(w.offset).toBe(w.start * height);
					expect(0 <= w.start && w.start <= w.end && w.end <= count).toBe(true);
					expect(w.end - w.start).toBeLessThanOrEqual(Math.ceil(viewport / height) + 1 + 2 * overscan);
					// What the browser shows: scrollTop clamped to [0, total - viewport].
					const top = Math.max(0, Math.min(scrollTop, count * height - viewport));
					const firstSeen = Math.floor(top / height);
					const lastSeen = Math.min(count - 1, Math.floor((top + viewport - 1) / height));
					if (count > 0) {
						expect(w.start).toBeLessThanOrEqual(firstSeen);
						expect(w.end).toBeGreaterThan(lastSeen);
					}
				},
			),
		);
	});
});

describe("scrollToReveal", () => {
	it.each<[string, [number, number, number, number], number]>([
		["a row already in view does not scroll", [0, 28, 0, 560], 0],
		["the last fully visible row does not scroll", [19, 28, 0, 560], 0],
		["the first row below the fold scrolls by one row", [20, 28, 0, 560], 28],
		["a row far below is brought to the bottom edge", [100, 28, 0, 560], 2268],
		["a row above is brought to the top edge", [5, 28, 280, 560], 140],
		["the row at the top edge does not scroll", [10, 28, 280, 560], 280],
		["a row cut by the top edge scrolls to its top", [9, 28, 270, 560], 252],
	])("%s", (_name, [index, height, top, viewport], expected) => {
		expect(scrollToReveal(index, height, top, viewport)).toBe(expected);
	});

	it("leaves the row inside the viewport after scrolling", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 300000 }), (index, scrollTop) => {
				const top = scrollToReveal(index, 28, scrollTop, 560);
				expect(index * 28).toBeGreaterThanOrEqual(top);
				expect(index * 28 + 28).toBeLessThanOrEqual(top + 560);
			}),
		);
	});
});
