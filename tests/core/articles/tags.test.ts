/** @jest-environment node */
import fc from "fast-check";
import { collectTags, NO_STRINGS, tagKey, type NoteTags } from "../../../src/core/articles/tags";

function collect(frontmatter: readonly unknown[], all: readonly unknown[]): NoteTags {
	const out: NoteTags = { frontmatter: NO_STRINGS, all: NO_STRINGS };
	collectTags(frontmatter, all, out);
	return out;
}

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

describe("collectTags", () => {
	it.each<[string, unknown[], unknown[], string[]]>([
		["body adds nothing", ["#a", "#B"], ["#a", "#B"], ["a", "B"]],
		["body adds a tag after the frontmatter's", ["#a"], ["#a", "#c"], ["a", "c"]],
		["other casing of a frontmatter tag is not added", ["#Sales"], ["#Sales", "#sales", "#x"], ["Sales", "x"]],
		["body only", [], ["#x", "#y", "#x"], ["x", "y"]],
		["non-strings and blanks are skipped", ["#a", 3, " "], ["#a", 3, " ", null, "#b"], ["a", "b"]],
		["lists that differ from the start are compared tag by tag", ["#a", "#b"], ["#b", "#a", "#c"], ["a", "b", "c"]],
		["a tag written with and without # is one tag", ["a", "#A"], ["#a"], ["a"]],
	])("%s", (_name, frontmatter, all, expected) => {
		const { frontmatter: own, all: merged } = collect(frontmatter, all);
		expect(merged).toEqual(expected);
		expect(merged).toEqual(naive(frontmatter, all));
		expect(own).toEqual(naive(frontmatter));
	});

	it("gives the frontmatter list itself as all tags when the body adds nothing", () => {
		const raw = ["#a", "#b"];
		const same = collect(raw, ["#a", "#b"]);
		expect(same.all).toBe(same.frontmatter);
		const other = collect(raw, ["#A"]);
		expect(other.all).toBe(other.frontmatter);
	});

	it("gives the shared empty list when there are no tags", () => {
		expect(collect([], []).all).toBe(NO_STRINGS);
		expect(collect([" ", "#"], []).frontmatter).toBe(NO_STRINGS);
	});

	it("does not carry duplicates over from one note to the next", () => {
		collect(["#a", "#b"], ["#a", "#b", "#c"]);
		expect(collect(["#B"], ["#c", "#A"]).all).toEqual(["B", "c", "A"]);
	});

	it("equals the plain rule for any lists, many tags included", () => {
		const tagArb = fc.oneof(fc.constantFrom("#a", "#A", "a", "#b/c", " #b/C ", "#", "", "#é", "#É", "#İ", "#i̇"), fc.integer(),
			// (`##a` is left out: its tag `#a` is kept apart from `a`, where the plain rule's tagKey would merge them.)
			fc.string().filter((text) => !text.trim().startsWith("##")));
		fc.assert(
			fc.property(fc.array(tagArb, { maxLength: 40 }), fc.array(tagArb, { maxLength: 40 }), fc.boolean(), (fm, body, prefixed) => {
				const all = prefixed ? [...fm, ...body] : body;
				const out = collect(fm, all);
				expect(out.all).toEqual(naive(fm, all));
				expect(out.frontmatter).toEqual(naive(fm));
			}),
			{ numRuns: 1000 },
		);
	});
});
