/** @jest-environment node */
import fc from "fast-check";

import { exportTree } from "../../../src/core/explorer/export-tree";
import { allRows, ExplorerModel } from "../../../src/core/explorer/explorer-model";
import type { Article } from "../../../src/core/articles/types";
import { ALL_SHAPES, art, indexOf, SAMPLE } from "./fixtures";

/** One random edit of the property tests, applied to the index and to the expected note list alike. */
type Edit<A> = { kind: "upsert"; a: A } | { kind: "remove"; n: number } | { kind: "rename"; from: number; a: A };

function applyEdit<A>(index: ReturnType<typeof indexOf>, current: Map<string, Article>, e: Edit<A>, toArticle: (a: A) => Article): void {
	if (e.kind === "upsert") {
		const a = toArticle(e.a);
		index.upsert(a);
		current.set(a.path, a);
	} else if (e.kind === "remove") {
		index.remove(`p${e.n}.md`);
		current.delete(`p${e.n}.md`);
	} else {
		const a = toArticle(e.a);
		index.rename(`p${e.from}.md`, a);
		current.delete(`p${e.from}.md`);
		current.set(a.path, a);
	}
}

/** Everything a model answers, in one comparable value. */
function answers(m: ExplorerModel, paths: string[]) {
	const expanded = new Set<string>();
	for (let i = 0; i < 5; i++) for (const r of allRows(m, expanded)) if (r.type === "group") expanded.add(r.group.id);
	return {
		tree: exportTree(m),
		rows: allRows(m, expanded),
		reveal: paths.map((p) => m.pathToGroups(p)),
		count: m.noteCount,
	};
}

const edits: [string, (index: ReturnType<typeof indexOf>) => void, (list: Article[]) => Article[]][] = [
	[
		"retag a note",
		(i) => i.upsert(art("a.md", { title: "Alpha", tags: ["marketing/email", "new/tag"], types: ["newsletter"], date: "2022-02-02" })),
		(l) => l.map((a) => (a.path === "a.md" ? art("a.md", { title: "Alpha", tags: ["marketing/email", "new/tag"], types: ["newsletter"], date: "2022-02-02" }) : a)),
	],
	["remove the only newsletter-and-post note", (i) => void i.remove("h.md"), (l) => l.filter((a) => a.path !== "h.md")],
	[
		"rename a note",
		(i) => i.rename("c.md", { ...SAMPLE[2], path: "z/c2.md", basename: "c2" }),
		(l) => l.map((a) => (a.path === "c.md" ? { ...a, path: "z/c2.md", basename: "c2" } : a)),
	],
	["add a note", (i) => i.upsert(art("n.md", { title: "Eta prime", tags: ["tag2"] })), (l) => [...l, art("n.md", { title: "Eta prime", tags: ["tag2"] })]],
];

describe.each(["", "eta", "type:post -#sales"])("after an edit, a live model equals a fresh one (filter %j)", (filter) => {
	it.each(ALL_SHAPES.flatMap((o) => edits.map(([name, edit, expect]) => [`${o.mode}/${o.nestedTags}/${o.parentListsChildNotes}: ${name}`, o, edit, expect] as const)))(
		"%s",
		(_name, options, edit, expectList) => {
			const index = indexOf(SAMPLE);
			const live = new ExplorerModel(index, options);
			live.setFilter(filter);
			const paths = [...SAMPLE.map((a) => a.path), "z/c2.md", "n.md"];
			answers(live, paths); // warm every cache before the edit
			edit(index);
			const fresh = new ExplorerModel(indexOf(expectList(SAMPLE)), options);
			fresh.setFilter(filter);
			expect(answers(live, paths)).toEqual(answers(fresh, paths));
		},
	);
});

describe("random edit sequences (property)", () => {
	// one casing per tag and type: which casing labels a group is the index's business, and may depend on history
	const tagPool = ["a", "a/b", "a/b/c", "b", "b/x", "c10", "c2"];
	const arbArticle = fc.record({
		n: fc.integer({ min: 0, max: 11 }),
		title: fc.constantFrom("One", "two", "Three 10", "three 2", "Été"),
		tags: fc.subarray(tagPool),
		types: fc.subarray(["post", "note", "x>y%"]),
		date: fc.option(fc.constantFrom("2024-01-05", "2024-01-20", "2023-12-31", "2025-06-01"), { nil: null }),
		mtime: fc.integer({ min: 0, max: 5 }),
	});
	const arbEdit = fc.oneof(
		arbArticle.map((a) => ({ kind: "upsert" as const, a })),
		fc.integer({ min: 0, max: 11 }).map((n) => ({ kind: "remove" as const, n })),
		fc.record({ from: fc.integer({ min: 0, max: 11 }), a: arbArticle }).map((r) => ({ kind: "rename" as const, ...r })),
	);
	const toArticle = (a: { n: number; title: string; tags: string[]; types: string[]; date: string | null; mtime: number }) =>
		art(`p${a.n}.md`, { title: a.title, tags: a.tags, types: a.types, date: a.date, mtime: a.mtime });

	it.each(ALL_SHAPES.map((o) => [`${o.mode}/${o.nestedTags}/${o.parentListsChildNotes}`, o] as const))("%s", (_name, options) => {
		fc.assert(
			fc.property(fc.array(arbEdit, { maxLength: 12 }), fc.constantFrom("", "t", "#a", "type:post -#a/b"), fc.boolean(), (edits, filter, byTitle) => {
				const o = { ...options, noteSort: byTitle ? ("title" as const) : ("date" as const) };
				const index = indexOf([]);
				const live = new ExplorerModel(index, o);
				live.setFilter(filter);
				const current = new Map<string, Article>();
				const paths = Array.from({ length: 12 }, (_, n) => `p${n}.md`);
				for (const e of edits) {
					applyEdit(index, current, e, toArticle);
					answers(live, paths); // use the caches between edits, as the view does
				}
				const fresh = new ExplorerModel(indexOf([...current.values()]), o);
				fresh.setFilter(filter);
				expect(answers(live, paths)).toEqual(answers(fresh, paths));
			}),
			{ numRuns: 40 },
		);
	});
});

describe("groups and rows patched edit by edit (property)", () => {
	// one casing per tag and type, as above
	const tagPool = ["a", "a/b", "a/b/c", "b", "b/x", "c10", "c2"];
	const typePool = ["post", "note", "x>y%"];
	const problem = { code: "no-date", message: "no date" } as unknown as Article["problems"][number];
	const arbArticle = fc.record({
		n: fc.integer({ min: 0, max: 9 }),
		title: fc.constantFrom("One", "two", "Three 10", "three 2", "Été"),
		tags: fc.subarray(tagPool),
		types: fc.subarray(typePool),
		date: fc.option(fc.constantFrom("2024-01-05", "2024-01-20", "2023-12-31", "2025-06-01"), { nil: null }),
		mtime: fc.integer({ min: 0, max: 5 }),
		broken: fc.boolean(),
	});
	const arbEdit = fc.oneof(
		arbArticle.map((a) => ({ kind: "upsert" as const, a })),
		fc.integer({ min: 0, max: 9 }).map((n) => ({ kind: "remove" as const, n })),
		fc.record({ from: fc.integer({ min: 0, max: 9 }), a: arbArticle }).map((r) => ({ kind: "rename" as const, ...r })),
	);
	const toArticle = (a: { n: number; title: string; tags: string[]; types: string[]; date: string | null; mtime: number; broken: boolean }) =>
		art(`p${a.n}.md`, { title: a.title, tags: a.tags, types: a.types, date: a.date, mtime: a.mtime, problems: a.broken ? [problem] : [] });
	// every group id a mode can show at the first two levels (and the nested tags below them)
	const typeIds = typePool.map((t) => `type:${t.replace(/%/g, "%25").replace(/>/g, "%3E")}`);
	const tagIds = tagPool.map((t) => `tag:${t}`);
	const firstLevel = [...tagIds, ...typeIds, "none:untagged", "none:notype", "none:nodate", "none:problems", "date:2023", "date:2024", "date:2025"];
	const idPool = [
		...firstLevel,
		...["date:2023-12", "date:2024-01", "date:2025-06"],
		...typeIds.concat("none:notype").flatMap((t) => [...tagIds, "none:untagged"].map((g) => `${t}>${g}`)),
		...tagIds.concat("none:untagged").flatMap((g) => [...typeIds, "none:notype"].map((t) => `${g}>${t}`)),
	];

	/** What the view asks after an edit, plus every group's sub-groups: compared with a fresh model's. */
	const view = (m: ExplorerModel, expanded: ReadonlySet<string>) => {
		const count = m.rowCount(expanded);
		const mid = Math.max(0, (count >> 1) - 2);
		return {
			notes: m.noteCount,
			empty: m.emptyReason,
			top: m.topGroups(),
			children: idPool.map((id) => m.childGroups(id)),
			count,
			windows: [m.rowsInRange(expanded, 0, 5), m.rowsInRange(expanded, mid, mid + 5), m.rowsInRange(expanded, 0, count)],
		};
	};

	it.each(ALL_SHAPES.map((o) => [`${o.mode}/${o.nestedTags}/${o.parentListsChildNotes}`, o] as const))("%s", (_name, options) => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(arbEdit, fc.boolean()), { minLength: 1, maxLength: 10 }),
				fc.constantFrom("", "t", "#a", "type:post -#a/b"),
				fc.subarray(idPool),
				fc.record({ byTitle: fc.boolean(), byCount: fc.boolean(), problems: fc.boolean() }),
				(edits, filter, open, flags) => {
					const o = {
						...options,
						noteSort: flags.byTitle ? ("title" as const) : ("date" as const),
						groupSort: flags.byCount ? ("count" as const) : ("name" as const),
						problemsGroup: flags.problems,
					};
					const index = indexOf([]);
					const live = new ExplorerModel(index, o);
					live.setFilter(filter);
					const expanded = new Set(open);
					const current = new Map<string, Article>();
					for (const [e, everyRow] of edits) {
						applyEdit(index, current, e, toArticle);
						// the view's questions only, as after an edit; sometimes every row too (patched from the last list)
						const seen = view(live, expanded);
						if (everyRow) allRows(live, expanded);
						const fresh = new ExplorerModel(indexOf([...current.values()]), o);
						fresh.setFilter(filter);
						expect(seen).toEqual(view(fresh, expanded));
						if (everyRow) expect(allRows(live, expanded)).toEqual(allRows(fresh, expanded));
					}
				},
			),
			{ numRuns: 60 },
		);
	});
});
