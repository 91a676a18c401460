/** @jest-environment node */
import { articleKeys } from "../../../src/core/explorer/article-keys";
import type { GroupSpec } from "../../../src/core/explorer/group-builder";
import { editedGroups, patchLevel, type BuiltGroups, type GroupRef } from "../../../src/core/explorer/group-patch";
import { DEFAULT_EXPLORER_OPTIONS, type ExplorerOptions, type GroupMode } from "../../../src/core/explorer/types";
import { art, indexOf } from "./fixtures";

const options = (mode: GroupMode, o: Partial<ExplorerOptions> = {}): ExplorerOptions => ({ ...DEFAULT_EXPLORER_OPTIONS, mode, ...o });

/** The refs as `level: ids`, sorted, for compact comparison. */
function byLevel(refs: Map<string | null, GroupRef[]> | null): Record<string, string[]> | null {
	if (!refs) return null;
	const out: Record<string, string[]> = {};
	for (const [level, list] of refs) out[level ?? "(top)"] = list.map((r) => r.id).sort();
	return out;
}

describe("editedGroups", () => {
	const index = indexOf([]);
	const keys = articleKeys(index);
	const note = art("a.md", { tags: ["x/y"], types: ["Post"], date: "2024-03-01" });
	const bare = art("b.md");

	it("names the groups of each level a note may be in, parents before the levels inside them", () => {
		expect(byLevel(editedGroups(index, keys, options("tag"), [note]))).toEqual({ "(top)": ["tag:x"], "tag:x": ["tag:x/y"] });
		expect(byLevel(editedGroups(index, keys, options("tag", { nestedTags: false }), [note]))).toEqual({ "(top)": ["tag:x/y"] });
		expect(byLevel(editedGroups(index, keys, options("type-tag"), [note]))).toEqual({
			"(top)": ["type:post"],
			"type:post": ["type:post>tag:x"],
			"type:post>tag:x": ["type:post>tag:x/y"],
		});
		expect(byLevel(editedGroups(index, keys, options("tag-type"), [note]))).toEqual({
			"(top)": ["tag:x"],
			"tag:x": ["tag:x/y", "tag:x>type:post"],
			"tag:x/y": ["tag:x/y>type:post"],
		});
		expect(byLevel(editedGroups(index, keys, options("date"), [note]))).toEqual({ "(top)": ["date:2024", "none:nodate"], "date:2024": ["date:2024-03"] });
	});

	it("names the catch-alls a note without tags or types is in, and the problems group when it is shown", () => {
		expect(byLevel(editedGroups(index, keys, options("type-tag", { problemsGroup: true }), [bare]))).toEqual({
			"(top)": ["none:notype", "none:problems"],
			"none:notype": ["none:notype>none:untagged"],
		});
	});

	it("crosses the keys of every version (a superset), and names nothing for no version", () => {
		const other = art("a.md", { tags: ["z"], types: ["note"] });
		expect(byLevel(editedGroups(index, keys, options("type-tag", { nestedTags: false }), [note, other]))).toEqual({
			"(top)": ["type:note", "type:post"],
			"type:note": ["type:note>tag:x/y", "type:note>tag:z"],
			"type:post": ["type:post>tag:x/y", "type:post>tag:z"],
		});
		expect(editedGroups(index, keys, options("tag"), [])?.size).toBe(0);
	});

	it("gives up on a tag key the index nests its own way", () => {
		expect(editedGroups(index, keys, options("tag"), [art("c.md", { tags: ["/odd"] })])).toBeNull();
	});
});

describe("patchLevel", () => {
	const spec = (id: string, label: string, count = 1): GroupSpec => ({
		node: { id, kind: "tag", key: id.slice(4), label, count, depth: 0, hasChildren: false },
		list: null,
		listed: 0,
		children: () => [],
		child: () => null,
	});
	const order = (a: GroupSpec, b: GroupSpec) => a.node.label.localeCompare(b.node.label);

	it("remakes only the named groups, puts them at their sorted place, drops empty ones with what was built below", () => {
		const [a, b, c] = [spec("tag:a", "a"), spec("tag:b", "b"), spec("tag:c", "c")];
		const inner = spec("tag:b/x", "x");
		const built: BuiltGroups = {
			specs: new Map([a, b, c, inner].map((s) => [s.node.id, s])),
			kids: new Map([["tag:b", [inner]]]),
			notes: new Map([["tag:a", ["n.md"]], ["tag:b/x", ["m.md"]], ["tag:c", ["o.md"]]]),
			made: new Set(),
		};
		const list = [a, b, c];
		const newA = spec("tag:a", "d");
		const made = new Map<string, GroupSpec | null>([["tag:a", newA], ["tag:b", null]]);
		const refs = new Map<string | null, GroupRef[]>([[null, ["tag:a", "tag:b"].map((id) => ({ id, parent: null, kind: "tag" as const, key: id.slice(4) }))]]);
		const out = patchLevel(list, null, (_kind, key) => made.get(`tag:${key}`) ?? null, refs, built, order);
		expect(out).toEqual([c, newA]);
		expect(out[0]).toBe(c);
		expect(list).toEqual([a, b, c]);
		expect([...built.specs.keys()].sort()).toEqual(["tag:a", "tag:c"]);
		expect([...built.kids.keys()]).toEqual([]);
		expect([...built.notes.keys()]).toEqual(["tag:c"]);
		expect([...(built.made ?? [])]).toEqual([newA]);
	});
});
