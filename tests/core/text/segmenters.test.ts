/** @jest-environment node */
import { segmenterFor } from "../../../src/core/text/segmenters";

describe("segmenterFor", () => {
	it("makes one sentence segmenter with English rules and reuses it", () => {
		const segmenter = segmenterFor("sentence");
		expect(segmenter).not.toBeNull();
		expect(segmenterFor("sentence")).toBe(segmenter);
		expect(segmenter!.resolvedOptions()).toMatchObject({ granularity: "sentence", locale: "en" });
		expect(Array.from(segmenter!.segment("One. Two? Three"), (s) => s.segment)).toEqual(["One. ", "Two? ", "Three"]);
	});

	it("makes one grapheme segmenter in the default locale, apart from the sentence one", () => {
		const segmenter = segmenterFor("grapheme");
		expect(segmenter).not.toBeNull();
		expect(segmenterFor("grapheme")).toBe(segmenter);
		expect(segmenter).not.toBe(segmenterFor("sentence"));
		expect(segmenter!.resolvedOptions()).toMatchObject({ granularity: "grapheme", locale: new Intl.Segmenter().resolvedOptions().locale });
		expect(Array.from(segmenter!.segment("e\u0301👨‍👩‍👧!"), (s) => s.segment)).toEqual(["e\u0301", "👨‍👩‍👧", "!"]);
	});

	it("gives null where the runtime has no Intl.Segmenter", () => {
		const intl = Intl as { Segmenter?: unknown };
		const original = intl.Segmenter;
		intl.Segmenter = undefined;
		try {
			jest.isolateModules(() => {
				const fresh = require("../../../src/core/text/segmenters") as typeof import("../../../src/core/text/segmenters");
				expect(fresh.segmenterFor("sentence")).toBeNull();
				expect(fresh.segmenterFor("grapheme")).toBeNull();
			});
		} finally {
			intl.Segmenter = original;
		}
	});
});
