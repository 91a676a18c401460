import { PathSet } from "../../../src/core/articles/path-set";

/** The smallest PathSet: a fixed list of paths. */
class ListSet extends PathSet {
	readonly #paths: string[];
	constructor(paths: string[]) {
		super();
		this.#paths = paths;
	}
	get size(): number {
		return this.#paths.length;
	}
	has(path: string): boolean {
		return this.#paths.includes(path);
	}
	values(): SetIterator<string> {
		return this.#paths.values();
	}
}

describe("PathSet", () => {
	const set = new ListSet(["a.md", "b/c.md"]);

	it("iterates, lists keys and entries as a Set of the same paths would", () => {
		const real = new Set(["a.md", "b/c.md"]);
		expect([...set]).toEqual([...real]);
		expect([...set.keys()]).toEqual([...real.keys()]);
		expect([...set.entries()]).toEqual([...real.entries()]);
	});

	it("calls forEach's callback with value, key, the set itself and thisArg", () => {
		const seen: unknown[] = [];
		const self = { tag: "this" };
		set.forEach(function (this: unknown, value, key, owner) {
			seen.push([value, key, owner === set, this]);
		}, self);
		expect(seen).toEqual([
			["a.md", "a.md", true, self],
			["b/c.md", "b/c.md", true, self],
		]);
	});
});
