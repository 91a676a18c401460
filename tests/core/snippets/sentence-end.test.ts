/** @jest-environment node */
import { endBeforeClosers } from "../../../src/core/snippets/sentence-end";

describe("endBeforeClosers", () => {
	it("steps back over closing quotes and brackets to the final stop", () => {
		const s = `He said "stop."”)`;
		const end = endBeforeClosers(s, s.length);
		expect(s[end - 1]).toBe(".");
		expect(s.slice(end)).toBe(`"”)`);
	});

	it("starts from the given end", () => {
		expect(endBeforeClosers(`a.' b.'`, 3)).toBe(2);
	});

	it("leaves an end without closers alone, and stops at the start", () => {
		expect(endBeforeClosers("Done.", 5)).toBe(5);
		expect(endBeforeClosers(`"')`, 3)).toBe(0);
		expect(endBeforeClosers("", 0)).toBe(0);
	});
});
