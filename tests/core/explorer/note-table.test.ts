/** @jest-environment node */
import { FilterMatch } from "../../../src/core/explorer/filter-match";
import { matchingPaths, parseFilter } from "../../../src/core/explorer/filter";
import { noteTable, warmFilter } from "../../../src/core/explorer/note-table";
import { art, indexOf, SAMPLE } from "./fixtures";

describe("NoteTable", () => {
	it("gives every note a slot with its haystack, and keeps a removed note's slot for its path", () => {
		const index = indexOf(SAMPLE);
		const table = noteTable(index);
		expect(table.live).toBe(SAMPLE.length);
		const b = table.slot.get("b.md") as number;
		expect(table.paths[b]).toBe("b.md");
		expect(table.hays[b]).toContain("beta");
		index.remove("b.md");
		expect(table.alive[b]).toBe(0);
		expect(table.slot.get("b.md")).toBe(b);
		expect(table.live).toBe(SAMPLE.length - 1);
		index.upsert(SAMPLE[1]);
		expect(table.slot.get("b.md")).toBe(b);
		expect(table.alive[b]).toBe(1);
	});

	it("follows renames and edits", () => {
		const index = indexOf(SAMPLE);
		const table = noteTable(index);
		index.rename("a.md", art("z.md", { title: "Omega", tags: ["sales"] }));
		const z = table.slot.get("z.md") as number;
		expect(table.alive[table.slot.get("a.md") as number]).toBe(0);
		expect(table.hays[z]).toContain("omega");
		index.upsert(art("z.md", { title: "Psi" }));
		expect(table.hays[z]).toContain("psi");
		expect(table.tagIds(z, true)).toHaveLength(0);
	});

	it("numbers tag keys with their parents when nested", () => {
		const index = indexOf(SAMPLE);
		const table = noteTable(index);
		const c = table.slot.get("c.md") as number;
		const names = (ids: readonly number[]) => [...ids].map((id) => [...table.keyId].find(([, v]) => v === id)?.[0]);
		expect(names(table.tagIds(c, false))).toEqual(["sales/objections/price"]);
		expect(names(table.tagIds(c, true))).toEqual(["sales", "sales/objections", "sales/objections/price"]);
		// tags that add no parent give one array for both: flat tags, or a nested tag whose parent is tagged too
		for (const path of ["f.md", "b.md"]) {
			const s = table.slot.get(path) as number;
			expect(table.tagIds(s, true)).toBe(table.tagIds(s, false));
		}
		expect(table.tagIds(c, true)).not.toBe(table.tagIds(c, false));
		const b = table.slot.get("b.md") as number;
		expect(names(table.tagIds(b, true)).sort()).toEqual(["sales", "sales/objections"]);
	});

	it("compacts after many removals, and a match made before is then no longer current", () => {
		const notes = Array.from({ length: 5000 }, (_, i) => art(`n${i}.md`, { title: `Note ${i}` }));
		const index = indexOf(notes);
		const table = noteTable(index);
		const match = matchingPaths(index, parseFilter("note")) as FilterMatch;
		for (let i = 0; i < 4500; i++) index.remove(`n${i}.md`);
		expect(table.epoch).toBe(1);
		expect(table.live).toBe(500);
		expect(table.length).toBeLessThan(1000);
		expect(match.current).toBe(false);
		expect(table.hays[table.slot.get("n4999.md") as number]).toBe("note 4999");
	});
});

describe("warmFilter", () => {
	const notes = () => Array.from({ length: 1000 }, (_, i) => art(`n${i}.md`, { title: `Note ${i}`, tags: [`t${i % 7}/sub`] }));

	it("fills the table 256 notes at a time while asked to go on, then says it is full", () => {
		const index = indexOf(notes());
		let asked = 0;
		expect(warmFilter(index, () => ++asked < 2)).toBe(false);
		expect(asked).toBe(2);
		expect(warmFilter(index, () => true)).toBe(true);
		expect(warmFilter(index, () => false)).toBe(true);
		expect(noteTable(index).live).toBe(1000);
	});

	it("keeps what changed while it was part-way: edited, renamed and deleted notes are as the index has them", () => {
		const index = indexOf(notes());
		expect(warmFilter(index, () => false)).toBe(false);
		// n900…n903 are not filed yet: the change listener files them as they change
		index.upsert(art("n900.md", { title: "Edited", tags: ["fresh"] }));
		index.rename("n901.md", art("moved.md", { title: "Note 901" }));
		index.remove("n902.md");
		index.remove("n10.md");
		expect(warmFilter(index, () => true)).toBe(true);
		const table = noteTable(index);
		expect(table.live).toBe(998);
		expect(table.hays[table.slot.get("n900.md") as number]).toContain("edited");
		expect(table.alive[table.slot.get("n901.md") ?? -1] ?? 0).toBe(0);
		expect(table.alive[table.slot.get("moved.md") as number]).toBe(1);
		expect(table.slot.has("n902.md") && table.alive[table.slot.get("n902.md") as number] === 1).toBe(false);
		// a warmed table filters as one made at once from the same index
		const cold = indexOf([...index.articles()]);
		for (const q of ["note 90", "edited", "#t3", "moved"]) {
			expect([...(matchingPaths(index, parseFilter(q)) ?? [])].sort()).toEqual([...(matchingPaths(cold, parseFilter(q)) ?? [])].sort());
		}
	});
});

describe("FilterMatch", () => {
	it("reads like the set of matching paths", () => {
		const index = indexOf(SAMPLE);
		const match = matchingPaths(index, parseFilter("ta")) as FilterMatch;
		const expected = ["b.md", "d.md", "f.md", "g.md", "h.md"];
		expect(match).toBeInstanceOf(FilterMatch);
		expect([...match].sort()).toEqual(expected);
		expect(match.size).toBe(5);
		expect([...match.values()].sort()).toEqual(expected);
		expect(match.has("b.md")).toBe(true);
		expect(match.has("a.md")).toBe(false);
		expect(match.has("nope.md")).toBe(false);
	});

	it("is patched path by path, and a removed note is not in it", () => {
		const index = indexOf(SAMPLE);
		const match = matchingPaths(index, parseFilter("ta")) as FilterMatch;
		index.remove("b.md");
		expect(match.has("b.md")).toBe(false);
		match.delete("b.md");
		expect(match.size).toBe(4);
		match.delete("b.md");
		expect(match.size).toBe(4);
		index.upsert(art("new.md", { title: "Tango" }));
		match.add("new.md");
		match.add("new.md");
		expect(match.size).toBe(5);
		expect(match.has("new.md")).toBe(true);
		expect([...match]).toHaveLength(5);
	});

	it("narrows from a previous match to the same result as a fresh search", () => {
		const index = indexOf(SAMPLE);
		const wide = matchingPaths(index, parseFilter("e"));
		const narrow = matchingPaths(index, parseFilter("et"), wide);
		expect([...(narrow as FilterMatch)].sort()).toEqual([...(matchingPaths(index, parseFilter("et")) as FilterMatch)].sort());
		const plain = matchingPaths(index, parseFilter("et"), new Set(wide));
		expect([...(plain as FilterMatch)].sort()).toEqual([...(narrow as FilterMatch)].sort());
	});
});
