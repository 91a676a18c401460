/** @jest-environment node */
import fc from "fast-check";
import { ArticleIndex, type IndexChange, type IndexOptions } from "../../../src/core/articles/article-index";
import type { Article } from "../../../src/core/articles/types";

function art(path: string, fields: Partial<Article> = {}): Article {
	const basename = path.slice(path.lastIndexOf("/") + 1).replace(/\.md$/, "");
	return {
		path,
		basename,
		title: basename,
		types: [],
		tags: [],
		frontmatterTags: [],
		pubDate: null,
		pubTime: null,
		mtime: 0,
		problems: [],
		...fields,
	};
}

const sorted = (set: Iterable<string>) => [...set].sort();

describe("ArticleIndex: basic methods", () => {
	it("upsert, get, size, articles, remove", () => {
		const index = new ArticleIndex();
		index.upsert(art("a.md"));
		index.upsert(art("b.md"));
		expect(index.size).toBe(2);
		expect(index.get("a.md")?.basename).toBe("a");
		expect([...index.articles()].map((a) => a.path)).toEqual(["a.md", "b.md"]);
		expect(index.remove("a.md")?.path).toBe("a.md");
		expect(index.remove("a.md")).toBeUndefined();
		expect(index.get("a.md")).toBeUndefined();
		expect(index.size).toBe(1);
	});

	it("replacing and renaming keep the note's place; a note renamed onto another replaces it", () => {
		const index = new ArticleIndex();
		for (const p of ["a.md", "b.md", "c.md"]) index.upsert(art(p, { tags: [p === "a.md" ? "Sales" : "sales"] }));
		index.upsert(art("a.md", { title: "new", tags: ["Sales"] }));
		expect([...index.articles()].map((a) => a.path)).toEqual(["a.md", "b.md", "c.md"]);
		index.rename("a.md", art("z.md", { tags: ["Sales"] }));
		expect([...index.articles()].map((a) => a.path)).toEqual(["z.md", "b.md", "c.md"]);
		// Still the earliest note tagged `sales`, so its casing still names the tag.
		expect(index.tagLabel("sales")).toBe("Sales");
		expect([...index.pathsWithTag("sales")]).toEqual(["z.md", "b.md", "c.md"]);
		index.rename("c.md", art("b.md", { tags: ["sales"] }));
		expect([...index.articles()].map((a) => a.path)).toEqual(["z.md", "b.md"]);
		expect(index.size).toBe(2);
	});

	it.each<[string, (index: ArticleIndex) => void, number]>([
		["new note", (i) => i.upsert(art("n.md")), 1],
		["equal replacement", (i) => i.upsert(art("a.md", { tags: ["t"] })), 0],
		["changed replacement", (i) => i.upsert(art("a.md", { tags: ["u"] })), 1],
		["remove present", (i) => i.remove("a.md"), 1],
		["remove absent", (i) => i.remove("zz.md"), 0],
		["rename present", (i) => i.rename("a.md", art("b.md", { tags: ["t"] })), 1],
		["rename absent old path (upsert)", (i) => i.rename("zz.md", art("y.md")), 1],
	])("version: %s → +%d", (_name, action, delta) => {
		const index = new ArticleIndex();
		index.upsert(art("a.md", { tags: ["t"] }));
		const before = index.version;
		action(index);
		expect(index.version - before).toBe(delta);
	});

	it("onChange reports upsert/remove/rename and can unsubscribe", () => {
		const index = new ArticleIndex();
		const seen: IndexChange[] = [];
		const off = index.onChange((c) => seen.push(c));
		const a = art("a.md");
		const a2 = art("a.md", { title: "A" });
		const b = art("b.md", { title: "A" });
		index.upsert(a);
		index.upsert(a2);
		index.upsert(a2); // no change, no event
		index.rename("a.md", b);
		index.remove("b.md");
		off();
		index.upsert(a);
		expect(seen).toEqual([
			{ kind: "upsert", path: "a.md", before: undefined, after: a },
			{ kind: "upsert", path: "a.md", before: a, after: a2 },
			{ kind: "rename", oldPath: "a.md", path: "b.md", before: a2, after: b },
			{ kind: "remove", path: "b.md", before: b },
		]);
	});
});

describe("ArticleIndex: tags", () => {
	function tagged(): ArticleIndex {
		const index = new ArticleIndex();
		index.upsert(art("1.md", { tags: ["Sales/Cold", "misc"] }));
		index.upsert(art("2.md", { tags: ["sales/cold/Email", "sales"] }));
		index.upsert(art("3.md", { tags: ["SALES"] }));
		index.upsert(art("4.md"));
		return index;
	}

	it("tagKeys include derived parents", () => {
		expect(sorted(tagged().tagKeys())).toEqual(["misc", "sales", "sales/cold", "sales/cold/email"]);
	});

	it.each([
		["sales", ["2.md", "3.md"], ["1.md", "2.md", "3.md"]],
		["sales/cold", ["1.md"], ["1.md", "2.md"]],
		["sales/cold/email", ["2.md"], ["2.md"]],
		["misc", ["1.md"], ["1.md"]],
		["absent", [], []],
	])("%s: exact %j, under %j", (key, exact, under) => {
		const index = tagged();
		expect(sorted(index.pathsWithTag(key))).toEqual(exact);
		expect(sorted(index.pathsUnderTag(key))).toEqual(under);
	});

	it.each([
		["sales", "sales"], // 2.md is the first note tagged exactly `sales`
		["sales/cold", "Sales/Cold"],
		["sales/cold/email", "sales/cold/Email"],
		["absent", "absent"],
	])("tagLabel(%s) = %s", (key, label) => {
		expect(tagged().tagLabel(key)).toBe(label);
	});

	it("a derived parent is labelled with the segment as written", () => {
		const index = new ArticleIndex();
		index.upsert(art("1.md", { tags: ["Work/Plans"] }));
		expect(index.tagLabel("work")).toBe("Work");
		expect(index.pathsWithTag("work").size).toBe(0);
	});

	it("labels every tag of a note with thousands of tags, each from its own first spelling", () => {
		// one walk of the note labels all its keys: asking 3 000 labels must not read 3 000 tags each
		const index = new ArticleIndex();
		const tags = Array.from({ length: 3000 }, (_, i) => (i % 2 ? `Key${i}/Sub` : `key${i}`));
		index.upsert(art("big.md", { tags: [...tags, "KEY0", "key1/sub"] }));
		index.upsert(art("later.md", { tags: ["KEY2", "key1"] }));
		expect(index.tagLabel("key0")).toBe("key0");
		expect(index.tagLabel("key1")).toBe("key1"); // later.md tags it exactly, which beats big.md's `Key1/Sub`
		expect(index.tagLabel("key3")).toBe("Key3"); // a derived parent: the segment as big.md writes it
		expect(index.tagLabel("key1/sub")).toBe("Key1/Sub");
		expect(index.tagLabel("key2998")).toBe("key2998");
		expect(index.tagLabel("key2999/sub")).toBe("Key2999/Sub");
		index.upsert(art("big.md", { tags: ["KEY0", "key1/SUB"] }));
		expect(index.tagLabel("key0")).toBe("KEY0");
		expect(index.tagLabel("key1/sub")).toBe("key1/SUB");
		expect(index.tagLabel("key3")).toBe("key3");
		expect(index.tagLabel("key2")).toBe("KEY2");
	});

	it("the label follows the notes still present", () => {
		const index = tagged();
		expect(index.tagLabel("sales")).toBe("sales");
		index.remove("2.md");
		expect(index.tagLabel("sales")).toBe("SALES");
		expect(sorted(index.tagKeys())).toEqual(["misc", "sales", "sales/cold"]);
	});

	it("untagged holds notes without group tags", () => {
		const index = tagged();
		expect(sorted(index.untagged())).toEqual(["4.md"]);
		index.upsert(art("4.md", { tags: ["x"] }));
		expect(sorted(index.untagged())).toEqual([]);
	});

	it.each<[Partial<IndexOptions>, string[]]>([
		[{}, ["Fm", "body", "Hidden/Child"]],
		[{ tagSource: "frontmatter" }, ["Fm"]],
		[{ hiddenTags: ["#hidden"] }, ["Fm", "body"]],
		[{ hiddenTags: ["BODY"] }, ["Fm", "Hidden/Child"]],
		[{ tagSource: "frontmatter", hiddenTags: ["fm"] }, []],
	])("groupTags with %j", (options, expected) => {
		const index = new ArticleIndex(options);
		const a = art("a.md", { tags: ["Fm", "body", "Hidden/Child"], frontmatterTags: ["Fm"] });
		expect(index.groupTags(a)).toEqual(expected);
		index.upsert(a);
		expect(sorted(index.tagKeys())).toEqual(sorted(expected.flatMap((t) => (t.includes("/") ? [t.toLowerCase(), t.split("/")[0].toLowerCase()] : [t.toLowerCase()]))));
		expect(index.untagged().has("a.md")).toBe(expected.length === 0);
	});
});

describe("ArticleIndex: types, months, problems", () => {
	function filled(): ArticleIndex {
		const index = new ArticleIndex();
		index.upsert(art("1.md", { types: ["Essay"], pubDate: "2024-02-06", pubTime: 1 }));
		index.upsert(art("2.md", { types: ["essay", "Memo"], pubDate: "2024-02-28", pubTime: 2 }));
		index.upsert(art("3.md", { pubDate: "2023-12-31", pubTime: 3, problems: [{ code: "bad-date", message: "x" }] }));
		index.upsert(art("4.md"));
		return index;
	}

	it.each([
		["essay", ["1.md", "2.md"], "Essay"],
		["memo", ["2.md"], "Memo"],
		["absent", [], "absent"],
	])("type %s → %j labelled %s", (key, paths, label) => {
		const index = filled();
		expect(sorted(index.pathsWithType(key))).toEqual(paths);
		expect(index.typeLabel(key)).toBe(label);
	});

	it("typeKeys, untyped", () => {
		const index = filled();
		expect(sorted(index.typeKeys())).toEqual(["essay", "memo"]);
		expect(sorted(index.untyped())).toEqual(["3.md", "4.md"]);
		index.remove("1.md");
		expect(index.typeLabel("essay")).toBe("essay");
	});

	it.each([
		["2024-02", ["1.md", "2.md"]],
		["2023-12", ["3.md"]],
		["2024-03", []],
	])("month %s → %j", (key, paths) => {
		expect(sorted(filled().pathsInMonth(key))).toEqual(paths);
	});

	it("monthKeys, undated, problemPaths", () => {
		const index = filled();
		expect(sorted(index.monthKeys())).toEqual(["2023-12", "2024-02"]);
		expect(sorted(index.undated())).toEqual(["4.md"]);
		expect(sorted(index.problemPaths())).toEqual(["3.md"]);
		index.upsert(art("3.md", { pubDate: "2023-12-31", pubTime: 3 }));
		expect(sorted(index.problemPaths())).toEqual([]);
	});

	it("emptied groups disappear", () => {
		const index = filled();
		index.remove("3.md");
		expect(sorted(index.monthKeys())).toEqual(["2024-02"]);
		index.upsert(art("2.md"));
		expect(sorted(index.typeKeys())).toEqual(["essay"]);
	});
});

// ---- property: incremental == from scratch == a naive model ----

const PATHS = ["a.md", "b.md", "dir/c.md", "dir/sub/d.md", "e.md"];
const TAGS = ["Foo", "foo", "Foo/Bar", "foo/bar/Baz", "x", "X/y", "Deep/a/b/c"];
const TYPES = ["Essay", "essay", "Memo", "3"];
const DATES = ["2024-01-05", "2024-01-20", "2023-12-31", null];

const articleAt = (path: string) =>
	fc
		.record({
			tags: fc.uniqueArray(fc.constantFrom(...TAGS), { maxLength: 4, selector: (t) => t.toLowerCase() }),
			fmCount: fc.nat(4),
			types: fc.uniqueArray(fc.constantFrom(...TYPES), { maxLength: 3, selector: (t) => t.toLowerCase() }),
			pubDate: fc.constantFrom(...DATES),
			problem: fc.boolean(),
			title: fc.constantFrom("t1", "t2"),
		})
		.map((r) =>
			art(path, {
				title: r.title,
				tags: r.tags,
				frontmatterTags: r.tags.slice(0, r.fmCount),
				types: r.types,
				pubDate: r.pubDate,
				pubTime: r.pubDate ? Date.parse(r.pubDate) : null,
				problems: r.problem ? [{ code: "bad-date", message: "m" }] : [],
			}),
		);

type Op = { op: "upsert"; article: Article } | { op: "remove"; path: string } | { op: "rename"; from: string; article: Article };

const opArb: fc.Arbitrary<Op> = fc.oneof(
	fc.constantFrom(...PATHS).chain((p) => articleAt(p)).map((article) => ({ op: "upsert" as const, article })),
	fc.constantFrom(...PATHS).map((path) => ({ op: "remove" as const, path })),
	fc
		.tuple(fc.constantFrom(...PATHS), fc.constantFrom(...PATHS).chain((p) => articleAt(p)))
		.map(([from, article]) => ({ op: "rename" as const, from, article })),
);

const optionsArb: fc.Arbitrary<Partial<IndexOptions>> = fc.record({
	tagSource: fc.constantFrom("all" as const, "frontmatter" as const),
	hiddenTags: fc.subarray(["foo/bar", "X", "nothing"]),
});

/** Everything a caller can observe, in a canonical order. */
function dump(index: ArticleIndex) {
	const tags = sorted(index.tagKeys()).map((k) => [k, sorted(index.pathsWithTag(k)), sorted(index.pathsUnderTag(k)), index.tagLabel(k)]);
	const types = sorted(index.typeKeys()).map((k) => [k, sorted(index.pathsWithType(k)), index.typeLabel(k)]);
	const months = sorted(index.monthKeys()).map((k) => [k, sorted(index.pathsInMonth(k))]);
	return {
		size: index.size,
		order: [...index.articles()].map((a) => a.path),
		get: PATHS.map((p) => index.get(p) ?? null),
		tags,
		types,
		months,
		untagged: sorted(index.untagged()),
		untyped: sorted(index.untyped()),
		undated: sorted(index.undated()),
		problems: sorted(index.problemPaths()),
	};
}

/** The same observations computed naively from the article list, without the index's own bookkeeping. */
function naiveDump(articles: Article[], index: ArticleIndex) {
	const keyOf = (t: string) => t.toLowerCase();
	const exact = new Map<string, string[]>();
	const under = new Map<string, string[]>();
	for (const a of articles) {
		for (const tag of index.groupTags(a)) {
			const parts = tag.split("/");
			for (let n = 1; n <= parts.length; n++) {
				const k = keyOf(parts.slice(0, n).join("/"));
				if (n === parts.length) exact.set(k, [...(exact.get(k) ?? []), a.path]);
				if (!(under.get(k) ?? []).includes(a.path)) under.set(k, [...(under.get(k) ?? []), a.path]);
			}
		}
	}
	// The first note (in index order) tagged exactly k gives its casing; else the first with a descendant of k.
	const labelOf = (k: string): string => {
		for (const a of articles) {
			const tag = index.groupTags(a).find((t) => keyOf(t) === k);
			if (tag) return tag;
		}
		for (const a of articles) {
			const tag = index.groupTags(a).find((t) => keyOf(t).startsWith(`${k}/`));
			if (tag) return tag.split("/").slice(0, k.split("/").length).join("/");
		}
		return k;
	};
	const typeMap = new Map<string, string[]>();
	for (const a of articles) for (const t of a.types) typeMap.set(keyOf(t), [...(typeMap.get(keyOf(t)) ?? []), a.path]);
	const monthMap = new Map<string, string[]>();
	for (const a of articles) if (a.pubDate) monthMap.set(a.pubDate.slice(0, 7), [...(monthMap.get(a.pubDate.slice(0, 7)) ?? []), a.path]);
	const byPath = new Map(articles.map((a) => [a.path, a]));
	return {
		size: articles.length,
		order: articles.map((a) => a.path),
		get: PATHS.map((p) => byPath.get(p) ?? null),
		tags: sorted(under.keys()).map((k) => [k, sorted(exact.get(k) ?? []), sorted(under.get(k)!), labelOf(k)]),
		types: sorted(typeMap.keys()).map((k) => [
			k,
			sorted(typeMap.get(k)!),
			articles.find((a) => a.types.some((t) => keyOf(t) === k))!.types.find((t) => keyOf(t) === k),
		]),
		months: sorted(monthMap.keys()).map((k) => [k, sorted(monthMap.get(k)!)]),
		untagged: sorted(articles.filter((a) => index.groupTags(a).length === 0).map((a) => a.path)),
		untyped: sorted(articles.filter((a) => a.types.length === 0).map((a) => a.path)),
		undated: sorted(articles.filter((a) => !a.pubDate).map((a) => a.path)),
		problems: sorted(articles.filter((a) => a.problems.length > 0).map((a) => a.path)),
	};
}

describe("ArticleIndex: incremental equals rebuilt", () => {
	it("after random upsert/remove/rename sequences", () => {
		fc.assert(
			fc.property(optionsArb, fc.array(opArb, { maxLength: 40 }), fc.boolean(), (options, ops, queryMidway) => {
				const index = new ArticleIndex(options);
				ops.forEach((op, i) => {
					if (op.op === "upsert") index.upsert(op.article);
					else if (op.op === "remove") index.remove(op.path);
					else index.rename(op.from, op.article);
					if (queryMidway && i % 3 === 0) dump(index); // fills the label caches mid-way
				});
				const scratch = new ArticleIndex(options);
				const finalArticles = [...index.articles()];
				for (const a of finalArticles) scratch.upsert(a);
				const incremental = dump(index);
				expect(incremental).toEqual(dump(scratch));
				expect(incremental).toEqual(naiveDump(finalArticles, index));
				for (const k of index.tagKeys()) expect(index.pathsUnderTag(k).size).toBeGreaterThan(0);
				for (const k of index.typeKeys()) expect(index.pathsWithType(k).size).toBeGreaterThan(0);
				for (const k of index.monthKeys()) expect(index.pathsInMonth(k).size).toBeGreaterThan(0);
			}),
			{ numRuns: 500 },
		);
	});
});

describe("ArticleIndex: many edits on a large index", () => {
	it("2,000 re-tagging edits on a 20,000-note index keep the reverse maps right", () => {
		const index = new ArticleIndex();
		const n = 20000;
		for (let i = 0; i < n; i++) index.upsert(art(`n${i}.md`, { tags: ["common", `t${i % 50}`], types: ["Essay"], pubDate: "2024-01-01" }));
		// Edit cost is measured by the benchmark (npm run bench); here the edits must land correctly.
		for (let i = 0; i < 2000; i++) index.upsert(art(`n${i}.md`, { tags: ["common", `u${i % 7}`], types: ["Memo"], pubDate: "2024-02-01" }));
		expect(index.pathsWithTag("common").size).toBe(n);
		expect(index.pathsWithType("memo").size).toBe(2000);
		expect(index.pathsWithType("essay").size).toBe(n - 2000);
		expect(index.pathsWithTag("t0").size).toBe(n / 50 - 2000 / 50);
		expect(index.pathsWithTag("u0").size).toBe(Math.ceil(2000 / 7));
	});
});

describe("ArticleIndex: renumbering after many deletes", () => {
	it("keeps every key, label and order right once deletes leave most numbers unused", () => {
		const index = new ArticleIndex();
		const n = 600;
		for (let i = 0; i < n; i++) {
			index.upsert(art(`n${i}.md`, { tags: [i % 2 ? "Sales/Cold" : "sales", `t${i % 5}`], types: [i % 3 ? "Essay" : "memo"], pubDate: i % 4 ? "2024-01-01" : null }));
		}
		const views = { sales: index.pathsUnderTag("sales"), essay: index.pathsWithType("essay") };
		// 3 rounds of deleting every note and adding it back under a new path (each gets a new number at the end),
		// renaming every seventh one in between (it keeps its number), then deleting every tenth one: far more numbers
		// are used up than notes remain, so the index renumbers itself on the way.
		// Each note with its place in entry order: a rename keeps it, a note added again takes the next one.
		const current = new Map<string, { article: Article; place: number }>();
		let places = 0;
		for (const a of index.articles()) current.set(a.path, { article: a, place: places++ });
		for (let round = 1; round <= 3; round++) {
			let i = 0;
			for (const [path, { article, place }] of [...current]) {
				const next = { ...article, path: path.replace(/(-r\d+)?\.md$/, `-r${round}.md`) };
				const renamed = i++ % 7 === 0;
				if (renamed) index.rename(path, next);
				else {
					index.remove(path);
					index.upsert(next);
				}
				current.delete(path);
				current.set(next.path, { article: next, place: renamed ? place : places++ });
			}
		}
		let k = 0;
		for (const path of [...current.keys()]) if (k++ % 10 === 0) {
			index.remove(path);
			current.delete(path);
		}
		const inOrder = [...current.values()].sort((a, b) => a.place - b.place).map((c) => c.article);
		const scratch = new ArticleIndex();
		for (const a of inOrder) scratch.upsert(a);
		expect(dump(index)).toEqual(dump(scratch));
		expect([...index.articles()].map((a) => a.path)).toEqual(inOrder.map((a) => a.path));
		// Views taken before the renumbering still show the index as it is now.
		expect(sorted(views.sales)).toEqual(sorted(scratch.pathsUnderTag("sales")));
		expect(sorted(views.essay)).toEqual(sorted(scratch.pathsWithType("essay")));
		expect(index.tagLabel("sales")).toBe(scratch.tagLabel("sales"));
	});
});
