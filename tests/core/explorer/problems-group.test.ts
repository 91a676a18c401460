/** @jest-environment node */
import { allRows, DEFAULT_EXPLORER_OPTIONS, ExplorerModel, exportTree, PROBLEMS_GROUP_ID } from "../../../src/core/explorer";
import type { GroupMode } from "../../../src/core/explorer/types";
import type { MetadataProblem } from "../../../src/core/articles/types";
import { art, indexOf, modelOf, SAMPLE } from "./fixtures";

const BAD_DATE: MetadataProblem = { code: "bad-date", message: "date: soon is not a date" };
const LEGACY: MetadataProblem = { code: "legacy-tag-key", message: '"tag:" is no longer read' };

/** The sample with problems on Gamma (two of them), Epsilon and Eta. */
const WITH_PROBLEMS = SAMPLE.map((a) =>
	a.path === "c.md" ? { ...a, problems: [BAD_DATE, LEGACY] } : a.path === "e.md" || a.path === "g.md" ? { ...a, problems: [BAD_DATE] } : a,
);

const MODES: GroupMode[] = ["tag", "type", "type-tag", "tag-type", "date"];

describe("the Metadata problems group", () => {
	it.each(MODES)("comes first in %s mode, counting distinct notes, listing them flat", (mode) => {
		const model = modelOf({ mode, problemsGroup: true }, WITH_PROBLEMS);
		const [first, ...rest] = model.topGroups();
		expect(first).toEqual({ id: PROBLEMS_GROUP_ID, kind: "none", key: "problems", label: "Metadata problems", count: 3, depth: 0, hasChildren: false });
		expect(rest.map((g) => g.id)).toEqual(modelOf({ mode }, WITH_PROBLEMS).topGroups().map((g) => g.id));
		expect(model.childGroups(PROBLEMS_GROUP_ID)).toEqual([]);
		// Newest first (the default note sort); undated notes last, by title.
		expect(model.notesOf(PROBLEMS_GROUP_ID)).toEqual(["c.md", "e.md", "g.md"]);
	});

	it("stays first when groups are sorted by count", () => {
		const model = modelOf({ groupSort: "count", problemsGroup: true }, WITH_PROBLEMS);
		expect(model.topGroups()[0].label).toBe("Metadata problems");
	});

	it("is left out when no note has a problem, and when the option is off (the CLI)", () => {
		expect(modelOf({ problemsGroup: true }).topGroups().map((g) => g.label)).not.toContain("Metadata problems");
		expect(modelOf({}, WITH_PROBLEMS).topGroups().map((g) => g.label)).not.toContain("Metadata problems");
		const tree = exportTree(modelOf({}, WITH_PROBLEMS));
		expect(tree.groups.map((g) => g.label)).not.toContain("Metadata problems");
		expect(tree.problems.map((p) => `${p.path} ${p.code}`)).toEqual(["c.md bad-date", "c.md legacy-tag-key", "e.md bad-date", "g.md bad-date"]);
	});

	it("follows the filter", () => {
		const model = modelOf({ problemsGroup: true }, WITH_PROBLEMS);
		model.setFilter("#sales");
		expect(model.topGroups()[0]).toMatchObject({ label: "Metadata problems", count: 1 });
		expect(model.notesOf(PROBLEMS_GROUP_ID)).toEqual(["c.md"]);
		model.setFilter("#marketing");
		expect(model.topGroups().map((g) => g.label)).not.toContain("Metadata problems");
	});

	it("follows edits: a fixed note leaves it, a new problem joins it", () => {
		const index = indexOf(WITH_PROBLEMS);
		const live = new ExplorerModel(index, { ...DEFAULT_EXPLORER_OPTIONS, problemsGroup: true });
		expect(allRows(live, new Set([PROBLEMS_GROUP_ID])).slice(0, 4).map((r) => (r.type === "note" ? r.path : r.group.label))).toEqual([
			"Metadata problems",
			"c.md",
			"e.md",
			"g.md",
		]);
		index.upsert({ ...WITH_PROBLEMS[2], problems: [] });
		index.upsert(art("new.md", { title: "New", date: "2026-01-01", problems: [LEGACY] }));
		expect(live.topGroups()[0].count).toBe(3);
		expect(live.notesOf(PROBLEMS_GROUP_ID)).toEqual(["new.md", "e.md", "g.md"]);
		live.dispose();
	});
});
