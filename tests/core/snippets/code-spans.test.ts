/** @jest-environment node */
import { codeSpans } from "../../../src/core/snippets/code-spans";

/** The spans' texts, fences included, for readable expectations. */
const texts = (line: string): string[] => {
	const spans = codeSpans(line);
	const out: string[] = [];
	for (let i = 0; i < spans.length; i += 3) {
		out.push(line.slice(spans[i], spans[i + 1]));
		expect(line.slice(spans[i], spans[i] + spans[i + 2])).toBe("`".repeat(spans[i + 2]));
	}
	return out;
};

describe("codeSpans: a run of backticks up to the next run of as many", () => {
	it.each<[string, string[]]>([
		["no code", []],
		["run `npm test` now", ["`npm test`"]],
		["`a` and `b`", ["`a`", "`b`"]],
		["`` a ` b ``", ["`` a ` b ``"]],
		["`a``b`", ["`a``b`"]], // a run of two inside a span of one is text
		["``a` x", []], // no run of two closes it, and the single one is inside what never opened
		["` lone then `x`", ["` lone then `"]],
		["```", []],
		["``x`` ``", ["``x``"]],
		["a `b", []],
	])("%j", (line, expected) => {
		expect(texts(line)).toEqual(expected);
	});

	it("finds no span among long runs that have no partner", () => {
		// (a backtracking pattern took 28 s on the first line; the pass over runs reads it once)
		const line = "`".repeat(5000) + "a" + "``".repeat(10) + "b";
		expect(texts(line)).toEqual([]);
		const distinct = Array.from({ length: 400 }, (_, k) => "`".repeat(k + 1) + "a ").join("");
		expect(texts(distinct)).toEqual([]);
	});
});
