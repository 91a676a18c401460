/** @jest-environment node */
import fc from "fast-check";
import { tagKey, uniqueTags, withMoreTags } from "../../../src/core/articles/tags";

/** The rule both functions implement, written plainly: bare (no `#`, trimmed), non-empty, first casing per key. */
function naive(...lists: readonly unknown[][]): string[] {
	const out: string[] = [];
	for (const raw of lists.flat()) {
		if (typeof raw !== "string") continue;
		const trimmed = raw.trim();
		const tag = trimmed.startsWith("#") ? trimmed.slice(1) : trimmed;
		if (tag !== "" && !out.some((t) => tagKey(t) === tagKey(tag))) out.push(tag);
	}
	return out;
}

describe("uniqueTags and withMoreTags", () => {
	it.each<[string, unknown[], unknown[], string[]]>([
		["body adds nothing", ["#a", "#B"], ["#a", "#B"], ["a", "B"]],
		["body adds a tag after the frontmatter's", ["#a"], ["#a", "#c"], ["a", "c"]],
		["other casing of a frontmatter tag is not added", ["#Sales"], ["#Sales", "#sales", "#x"], ["Sales", "x"]],
		["body only", [], ["#x", "#y", "#x"], ["x", "y"]],
		["non-strings and blanks are skipped", ["#a", 3, " "], ["#a", 3, " ", null, "#b"], ["a", "b"]],
		["lists that differ from the start are compared tag by tag", ["#a", "#b"], ["#b", "#a", "#c"], ["a", "b", "c"]],
	])("%s", (_name, frontmatter, all, expected) => {
		const unique = uniqueTags(frontmatter);
		const merged = withMoreTags(unique, all, frontmatter);
		expect(merged).toEqual(expected);
		expect(merged).toEqual(naive(frontmatter, all));
	});

	it("returns the frontmatter list itself when the body adds nothing", () => {
		const raw = ["#a", "#b"];
		const unique = uniqueTags(raw);
		expect(withMoreTags(unique, ["#a", "#b"], raw)).toBe(unique);
		expect(withMoreTags(unique, ["#A"], raw)).toBe(unique);
	});

	it("equals the plain rule for any lists", () => {
		const tagArb = fc.oneof(fc.constantFrom("#a", "#A", "a", "#b/c", " #b/C ", "#", "", "#é", "#É"), fc.integer());
		fc.assert(
			fc.property(fc.array(tagArb, { maxLength: 8 }), fc.array(tagArb, { maxLength: 8 }), fc.boolean(), (fm, body, prefixed) => {
				const all = prefixed ? [...fm, ...body] : body;
				expect(withMoreTags(uniqueTags(fm), all, fm)).toEqual(naive(fm, all));
				expect(uniqueTags(fm)).toEqual(naive(fm));
			}),
			{ numRuns: 1000 },
		);
	});
});
