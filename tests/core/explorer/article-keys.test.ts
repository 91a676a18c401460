/** @jest-environment node */
import { hasRegularTags } from "../../../src/core/explorer/article-keys";
import { art, indexOf, SAMPLE } from "./fixtures";

describe("hasRegularTags", () => {
	const index = indexOf(SAMPLE);

	it("accepts plain and nested tags, and a note without tags", () => {
		expect(hasRegularTags(index, art("x.md", { tags: ["sales", "sales/objections/price"] }))).toBe(true);
		expect(hasRegularTags(index, art("y.md"))).toBe(true);
	});

	it("refuses a tag key that starts with a slash, whatever the other tags", () => {
		expect(hasRegularTags(index, art("z.md", { tags: ["/odd"] }))).toBe(false);
		expect(hasRegularTags(index, art("z.md", { tags: ["sales", "/odd"] }))).toBe(false);
	});
});
