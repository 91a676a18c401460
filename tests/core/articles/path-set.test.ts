import { PathSet, type Paths } from "../../../src/core/articles/path-set";

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

	it("iterates its values, as a Set of the same paths would", () => {
		const real = new Set(["a.md", "b/c.md"]);
		expect([...set]).toEqual([...real]);
		expect(new Set(set)).toEqual(real);
	});

	it("is what the explorer takes for a set of paths, as a plain Set is", () => {
		const take = (paths: Paths): string[] => [...paths].filter((p) => paths.has(p));
		expect(take(set)).toEqual(take(new Set(["a.md", "b/c.md"])));
	});
});
