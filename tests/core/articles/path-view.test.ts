/** @jest-environment node */
import { IdList } from "../../../src/core/articles/id-list";
import { PathView, type IdTable } from "../../../src/core/articles/path-view";

const paths = ["a.md", "b.md", "c.md", "d.md"];
const table: IdTable = {
	idOf: (path) => (paths.includes(path) ? paths.indexOf(path) : undefined),
	pathOf: (id) => paths[id],
};

function viewOf(ids: number[]): { view: PathView; list: IdList } {
	const list = new IdList();
	for (const id of ids) list.add(id);
	return { view: new PathView(table, () => list), list };
}

describe("PathView", () => {
	it("answers as a set of the listed paths: size, membership, paths in order", () => {
		const { view } = viewOf([2, 0]);
		expect(view.size).toBe(2);
		expect([...view]).toEqual(["a.md", "c.md"]);
		expect(view.has("a.md")).toBe(true);
		expect(view.has("b.md")).toBe(false);
		expect(view.has("unknown.md")).toBe(false);
		expect([...view.values()]).toEqual(["a.md", "c.md"]);
		expect(new Set(view)).toEqual(new Set(["a.md", "c.md"]));
	});

	it("is live: it shows the list as it is when asked", () => {
		const { view, list } = viewOf([1]);
		list.add(3);
		expect([...view]).toEqual(["b.md", "d.md"]);
		list.remove(1);
		expect(view.has("b.md")).toBe(false);
		expect(view.size).toBe(1);
	});

	it("a missing list reads as empty", () => {
		const view = new PathView(table, () => null);
		expect(view.size).toBe(0);
		expect([...view]).toEqual([]);
		expect(view.has("a.md")).toBe(false);
	});
});
