/** @jest-environment node */
import fc from "fast-check";
import { IdList } from "../../../src/core/articles/id-list";

describe("IdList", () => {
	it.each<[string, number[], number[], number[]]>([
		["appends in order", [1, 2, 5], [], [1, 2, 5]],
		["inserts out of order", [5, 1, 3], [], [1, 3, 5]],
		["ignores a repeated add", [2, 2, 1, 2], [], [1, 2]],
		["removes the last, the first and a middle id", [1, 2, 3, 4], [4, 1, 3], [2]],
		["removing an absent id changes nothing", [1, 3], [2, 9, -1], [1, 3]],
	])("%s", (_name, adds, removes, expected) => {
		const list = new IdList();
		for (const id of adds) list.add(id);
		for (const id of removes) list.remove(id);
		expect([...list]).toEqual(expected);
		expect(list.size).toBe(expected.length);
		expect(list.first()).toBe(expected.length > 0 ? expected[0] : -1);
	});

	it("add and remove report whether they changed the list", () => {
		const list = new IdList();
		expect(list.add(4)).toBe(true);
		expect(list.add(4)).toBe(false);
		expect(list.remove(4)).toBe(true);
		expect(list.remove(4)).toBe(false);
	});

	it("copy is independent of the original", () => {
		const list = new IdList();
		list.add(1);
		const copy = list.copy();
		copy.add(2);
		list.remove(1);
		expect([...list]).toEqual([]);
		expect([...copy]).toEqual([1, 2]);
	});

	it("remap renumbers in order and drops ids mapped to -1", () => {
		const list = new IdList();
		for (const id of [0, 2, 3, 7]) list.add(id);
		const map = Int32Array.from([0, -1, 1, 2, -1, -1, -1, 3]);
		list.remap(map);
		expect([...list]).toEqual([0, 1, 2, 3]);
		map[3] = -1;
		list.remap(Int32Array.from([0, 1, -1, 2]));
		expect([...list]).toEqual([0, 1, 2]);
	});

	it("behaves like a sorted set under any sequence of adds, removes and reads", () => {
		// Removes are noted and taken out at the next read of positions: reads between them must see every remove.
		const op = fc.oneof(
			fc.tuple(fc.constantFrom("add", "remove"), fc.nat(30)),
			fc.tuple(fc.constantFrom("first", "at", "seek", "copy", "iterate"), fc.nat(30)),
		);
		fc.assert(
			fc.property(fc.array(op, { maxLength: 200 }), (ops) => {
				const list = new IdList();
				const model = new Set<number>();
				for (const [kind, id] of ops) {
					const sorted = [...model].sort((a, b) => a - b);
					if (kind === "add" || kind === "remove") {
						expect(kind === "add" ? list.add(id) : list.remove(id)).toBe(kind === "add" ? !model.has(id) : model.has(id));
						if (kind === "add") model.add(id);
						else model.delete(id);
					} else if (kind === "first") expect(list.first()).toBe(sorted.length > 0 ? sorted[0] : -1);
					else if (kind === "at") expect(list.at(id % (sorted.length + 1))).toBe(sorted[id % (sorted.length + 1)]);
					else if (kind === "seek") expect(list.seek(id, 0)).toBe(sorted.filter((x) => x < id).length);
					else if (kind === "copy") expect([...list.copy()]).toEqual(sorted);
					else expect([...list]).toEqual(sorted);
					expect(list.size).toBe(model.size);
					expect(list.has(id)).toBe(model.has(id));
				}
				expect([...list]).toEqual([...model].sort((a, b) => a - b));
				for (let id = 0; id <= 30; id++) expect(list.has(id)).toBe(model.has(id));
			}),
		);
	});

	it("takes out a run of removes at the next read, keeping the ids left in order", () => {
		const list = new IdList();
		for (let id = 0; id < 1000; id++) list.add(id);
		// a folder deleted: every other note, from the front, with no read in between
		for (let id = 0; id < 1000; id += 2) list.remove(id);
		expect(list.size).toBe(500);
		expect(list.has(0)).toBe(false);
		expect(list.remove(0)).toBe(false);
		expect(list.first()).toBe(1);
		expect(list.at(499)).toBe(999);
		list.add(0);
		expect([...list].slice(0, 3)).toEqual([0, 1, 3]);
		const map = new Int32Array(1000).map((_, id) => (id % 4 === 1 ? -1 : id));
		list.remove(999);
		list.remove(3);
		list.remap(map);
		expect([...list].slice(0, 4)).toEqual([0, 7, 11, 15]);
		expect(list.size).toBe(249);
	});
});

describe("IdList.seek", () => {
	it("finds the first id at or above a value from any start, like a linear scan", () => {
		fc.assert(
			fc.property(fc.uniqueArray(fc.nat(200), { maxLength: 80 }), fc.nat(210), fc.nat(90), (ids, target, from) => {
				const list = new IdList();
				for (const id of ids) list.add(id);
				const sorted = [...list];
				const start = Math.min(from, sorted.length);
				let expected = start;
				while (expected < sorted.length && sorted[expected] < target) expected++;
				expect(list.seek(target, start)).toBe(expected);
			}),
			{ numRuns: 2000 },
		);
	});
});
