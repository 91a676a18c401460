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

	it("behaves like a sorted set under any sequence of adds and removes", () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.boolean(), fc.nat(30)), { maxLength: 200 }), (ops) => {
				const list = new IdList();
				const model = new Set<number>();
				for (const [add, id] of ops) {
					expect(add ? list.add(id) : list.remove(id)).toBe(add ? !model.has(id) : model.has(id));
					if (add) model.add(id);
					else model.delete(id);
				}
				expect([...list]).toEqual([...model].sort((a, b) => a - b));
				for (let id = 0; id <= 30; id++) expect(list.has(id)).toBe(model.has(id));
			}),
		);
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
