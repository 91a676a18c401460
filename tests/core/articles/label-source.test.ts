/** @jest-environment node */
import fc from "fast-check";
import { LabelSource } from "../../../src/core/articles/label-source";

type Op = ["add" | "remove", string, number];

describe("LabelSource", () => {
	it.each<[string, Op[], string | undefined]>([
		["empty", [], undefined],
		["one spelling", [["add", "Foo", 3]], "Foo"],
		["earliest note wins, not the first added", [["add", "foo", 5], ["add", "Foo", 2]], "Foo"],
		["the label's note leaves: next earliest", [["add", "Foo", 1], ["add", "foo", 2], ["add", "Foo", 3], ["remove", "Foo", 1]], "foo"],
		["same spelling keeps later notes", [["add", "Foo", 1], ["add", "Foo", 4], ["add", "foo", 2], ["remove", "Foo", 1], ["remove", "foo", 2]], "Foo"],
		["all leave", [["add", "Foo", 1], ["add", "foo", 2], ["remove", "foo", 2], ["remove", "Foo", 1]], undefined],
		["removing what was never added changes nothing", [["add", "Foo", 1], ["remove", "foo", 1], ["remove", "Foo", 9]], "Foo"],
		["main spelling emptied, another takes over", [["add", "a", 1], ["add", "A", 7], ["add", "b", 3], ["remove", "a", 1]], "b"],
		["a note re-added at its old order gets its label back", [["add", "Foo", 1], ["add", "foo", 2], ["remove", "Foo", 1], ["add", "FOO", 1]], "FOO"],
	])("%s", (_name, ops, expected) => {
		const source = new LabelSource();
		for (const [op, spelling, seq] of ops) source[op](spelling, seq);
		expect(source.first()).toBe(expected);
	});

	it("matches a naive earliest-note search after any sequence (labels asked mid-way or not)", () => {
		const opArb = fc.tuple(fc.constantFrom("add" as const, "remove" as const), fc.constantFrom("a", "A", "b", "B"), fc.nat(40));
		fc.assert(
			fc.property(fc.array(opArb, { maxLength: 80 }), fc.boolean(), (ops, askMidway) => {
				const source = new LabelSource();
				// The model: note order → spelling; an order is held by at most one note, as in the index.
				const model = new Map<number, string>();
				for (const [op, spelling, seq] of ops) {
					if (op === "add") {
						if (model.has(seq)) continue;
						model.set(seq, spelling);
						source.add(spelling, seq);
					} else {
						if (model.get(seq) === spelling) model.delete(seq);
						source.remove(spelling, seq);
					}
					if (askMidway) source.first();
				}
				const earliest = [...model.keys()].sort((x, y) => x - y)[0];
				expect(source.first()).toBe(earliest === undefined ? undefined : model.get(earliest));
			}),
			{ numRuns: 500 },
		);
	});

	it("keeps long lists sorted when notes come back out of order", () => {
		const source = new LabelSource();
		for (let seq = 100; seq < 300; seq += 2) source.add("late", seq);
		source.add("early", 151);
		for (let seq = 100; seq <= 150; seq += 2) source.remove("late", seq);
		expect(source.first()).toBe("early");
		source.remove("early", 151);
		expect(source.first()).toBe("late");
		for (let seq = 152; seq < 300; seq += 2) source.remove("late", seq);
		expect(source.first()).toBeUndefined();
	});
});
