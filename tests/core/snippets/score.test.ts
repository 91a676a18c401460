/** @jest-environment node */
import { Slot, WEIGHTS } from "../../../src/core/snippets/score";

describe("score slots", () => {
	it("give every feature of WEIGHTS its own slot, in WEIGHTS order", () => {
		const names = Object.keys(Slot).filter((key) => Number.isNaN(Number(key)));
		expect(names).toEqual(Object.keys(WEIGHTS));
		Object.keys(WEIGHTS).forEach((name, i) => expect(Slot[name as keyof typeof Slot]).toBe(i));
	});
});
