/** @jest-environment node */
import type { GroupSpec } from "../../../src/core/explorer/group-builder";
import { levelOrder } from "../../../src/core/explorer/level-order";
import type { GroupKind } from "../../../src/core/explorer/types";

const spec = (kind: GroupKind, key: string, label: string, count: number): GroupSpec => ({
	node: { id: `${kind}:${key}`, kind, key, label, count, depth: 0, hasChildren: false },
	list: null,
	listed: 0,
	children: () => [],
	child: () => null,
});
const ids = (specs: GroupSpec[]) => specs.map((s) => s.node.id);

describe("levelOrder", () => {
	const level = [
		spec("none", "notype", "No type", 9),
		spec("type", "post", "Post", 5),
		spec("tag", "b", "b", 1),
		spec("tag", "tag10", "tag10", 2),
		spec("tag", "tag2", "tag2", 2),
		spec("none", "problems", "Metadata problems", 1),
	];

	it("puts the problems group first, then tags by name (naturally), types, and the catch-all last", () => {
		expect(ids([...level].sort(levelOrder({ groupSort: "name", noteSort: "date", noteSortDesc: true })))).toEqual(["none:problems", "tag:b", "tag:tag2", "tag:tag10", "type:post", "none:notype"]);
	});

	it("sorts by count (then name) within a kind when asked, the catch-all still last", () => {
		expect(ids([...level].sort(levelOrder({ groupSort: "count", noteSort: "date", noteSortDesc: true })))).toEqual(["none:problems", "tag:tag2", "tag:tag10", "tag:b", "type:post", "none:notype"]);
	});

	const dates = () => [spec("date", "2023", "2023", 9), spec("date", "2025", "2025", 1), spec("none", "nodate", "No date", 3)];

	it("puts years and months newest first", () => {
		expect(ids(dates().sort(levelOrder({ groupSort: "count", noteSort: "date", noteSortDesc: true })))).toEqual(["date:2025", "date:2023", "none:nodate"]);
		expect(ids(dates().sort(levelOrder({ groupSort: "name", noteSort: "title", noteSortDesc: false })))).toEqual(["date:2025", "date:2023", "none:nodate"]);
	});

	it("puts them oldest first when the notes are sorted by date, old to new", () => {
		expect(ids(dates().sort(levelOrder({ groupSort: "name", noteSort: "date", noteSortDesc: false })))).toEqual(["date:2023", "date:2025", "none:nodate"]);
	});
});
