/** @jest-environment node */
import { compareNames } from "../../../src/core/explorer/natural-order";

describe("compareNames", () => {
	it.each<[string, string]>([
		["tag2", "tag10"],
		["Tag2", "tag10"],
		["a", "B"],
		["apple", "Banana"],
		["file1", "file1b"],
		["x9", "x10y"],
		["v1.2", "v1.10"],
		["Ecole", "école2"],
		["z", "zz"],
		["2", "10"],
		["007", "8"],
		["A", "a"], // equal ignoring case: upper case first, deterministic
		["item 01", "item 1"], // equal numbers: raw order decides
	])("%j sorts before %j", (a, b) => {
		expect(Math.sign(compareNames(a, b))).toBe(-1);
		expect(Math.sign(compareNames(b, a))).toBe(1);
	});

	it("is zero only for identical strings", () => {
		expect(compareNames("sales", "sales")).toBe(0);
	});

	it("sorts a mixed list", () => {
		const names = ["tag10", "Tag1", "tag2", "alpha", "Beta", "tag01b", "émile", "zed"];
		expect([...names].sort(compareNames)).toEqual(["alpha", "Beta", "émile", "Tag1", "tag01b", "tag2", "tag10", "zed"]);
	});
});
