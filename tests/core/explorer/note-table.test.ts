/** @jest-environment node */
import { FilterMatch } from "../../../src/core/explorer/filter-match";
import { matchingPaths, parseFilter } from "../../../src/core/explorer/filter";
import { NoteTable } from "../../../src/core/explorer/note-table";
import { art, indexOf, SAMPLE } from "./fixtures";

describe("NoteTable", () => {
	it("gives every note a slot with its haystack, and keeps a removed note's slot for its path", () => {
		const index = indexOf(SAMPLE);
		const table = new NoteTable(index);
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
		const table = new NoteTable(index);
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
		const table = new NoteTable(index);
		const c = table.slot.get("c.md") as number;
		const names = (ids: Int32Array) => [...ids].map((id) => [...table.keyId].find(([, v]) => v === id)?.[0]);
		expect(names(table.tagIds(c, false))).toEqual(["sales/objections/price"]);
		expect(names(table.tagIds(c, true))).toEqual(["sales", "sales/objections", "sales/objections/price"]);
	});

	it("compacts after many removals, and a match made before is then no longer current", () => {
		const notes = Array.from({ length: 5000 }, (_, i) => art(`n${i}.md`, { title: `Note ${i}` }));
		const index = indexOf(notes);
		const table = new NoteTable(index);
		const match = matchingPaths(index, parseFilter("note")) as FilterMatch;
		for (let i = 0; i < 4500; i++) index.remove(`n${i}.md`);
		expect(table.epoch).toBe(1);
		expect(table.live).toBe(500);
		expect(table.length).toBeLessThan(1000);
		expect(match.current).toBe(false);
		expect(table.hays[table.slot.get("n4999.md") as number]).toBe("note 4999");
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
