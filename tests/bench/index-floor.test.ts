/** @jest-environment node */
import { indexChecksum, minimalIndex, readInputs } from "../../bench/index-floor";
import type { NoteInput } from "../../src/core/articles/types";

const inputs: NoteInput[] = [
	{ path: "a.md", frontmatter: { title: "A", type: "essay", pubDate: "2024-02-06" }, tags: ["#x", "#y/z"] },
	{ path: "b.md", frontmatter: { type: "essay", pubDate: "2024-02-20" }, tags: ["#x"] },
	{ path: "c.md", frontmatter: null, tags: null },
	{ path: "d.md", frontmatter: { type: ["a", "b"] }, tags: ["#X"], frontmatterTags: ["#X"] },
];

describe("minimalIndex", () => {
	const index = minimalIndex(inputs);

	it("numbers every note by path, in input order", () => {
		expect([...index.ids]).toEqual([["a.md", 0], ["b.md", 1], ["c.md", 2], ["d.md", 3]]);
		expect(index.records.map((r) => r.title)).toEqual(["A", null, null, null]);
	});

	it("lists notes per raw tag spelling, type value and date prefix", () => {
		expect([...index.byTag]).toEqual([["#x", [0, 1]], ["#y/z", [0]], ["#X", [3]]]);
		expect([...index.byType.values()]).toEqual([[0, 1], [3]]);
		expect([...index.byMonth]).toEqual([["2024-02", [0, 1]]]);
	});

	it("sums what it built in its checksum", () => {
		// 4 paths + 2 type values + 1 month + 4 tag entries.
		expect(indexChecksum(index)).toBe(11);
	});
});

describe("readInputs", () => {
	it("counts every path, key, value and tag it read", () => {
		const one: NoteInput[] = [{ path: "ab.md", frontmatter: { t: "xyz", n: 5 }, tags: ["#q"], frontmatterTags: ["#q"] }];
		// path 5 + ("t" 1 + "xyz" 3) + ("n" 1 + number 1) + tags 2 + frontmatter tags 2.
		expect(readInputs(one)).toBe(15);
		expect(readInputs([])).toBe(0);
	});
});
