/** @jest-environment node */
import { collapseSpaces } from "../../../src/core/snippets/spaces";

describe("collapseSpaces", () => {
	it.each([
		["already single-spaced", "Ask first, then listen."],
		["double space", "Ask  first."],
		["tab", "Ask\tfirst."],
		["line break", "Ask\nfirst."],
		["no-break space", "Ask\u00a0first."],
		["em space next to a space", "Ask \u2003first."],
		["leading and trailing", " Ask first. "],
		["only spaces", "   "],
		["empty", ""],
	])("%s: same as replacing every whitespace run", (_name, text) => {
		expect(collapseSpaces(text)).toBe(text.replace(/\s+/g, " "));
	});

	it("returns a single-spaced text as it is", () => {
		const text = "Nothing to fix here.";
		expect(collapseSpaces(text)).toBe(text);
	});
});
