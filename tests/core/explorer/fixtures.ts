import { ArticleIndex, type IndexOptions } from "../../../src/core/articles/article-index";
import type { Article, MetadataProblem } from "../../../src/core/articles/types";
import { ExplorerModel } from "../../../src/core/explorer/explorer-model";
import { DEFAULT_EXPLORER_OPTIONS, type ExplorerOptions, type GroupMode } from "../../../src/core/explorer/types";

/** Builds an article directly as plain data, the way the index stores it. */
export function art(
	path: string,
	o: { title?: string; tags?: string[]; types?: string[]; date?: string | null; mtime?: number; problems?: MetadataProblem[] } = {},
): Article {
	const basename = path.replace(/^.*\//, "").replace(/\.md$/, "");
	const date = o.date ?? null;
	return {
		path,
		basename,
		title: o.title ?? basename,
		types: o.types ?? [],
		tags: o.tags ?? [],
		frontmatterTags: o.tags ?? [],
		pubDate: date,
		pubTime: date ? Date.parse(`${date}T00:00:00Z`) : null,
		mtime: o.mtime ?? 0,
		problems: o.problems ?? [],
	};
}

/**
 * The hand-built sample every table refers to:
 *   a Alpha   #sales                        post        2025-03-10
 *   b Beta    #sales/objections #sales      post        2025-03-02
 *   c Gamma   #sales/objections/price       newsletter  2024-12-01
 *   d Delta   #marketing                    —           2025-01-15
 *   e Epsilon —                             post        —
 *   f Zeta    #Tag10 #tag2                  newsletter  2025-03-20
 *   g Eta     —                             —           —
 *   h Theta   #marketing/email              post, newsletter 2023-07-04
 */
export const SAMPLE: Article[] = [
	art("a.md", { title: "Alpha", tags: ["sales"], types: ["post"], date: "2025-03-10", mtime: 5 }),
	art("b.md", { title: "Beta", tags: ["sales/objections", "sales"], types: ["post"], date: "2025-03-02", mtime: 8 }),
	art("c.md", { title: "Gamma", tags: ["sales/objections/price"], types: ["newsletter"], date: "2024-12-01", mtime: 1 }),
	art("d.md", { title: "Delta", tags: ["marketing"], date: "2025-01-15", mtime: 7 }),
	art("e.md", { title: "Epsilon", types: ["post"], mtime: 3 }),
	art("f.md", { title: "Zeta", tags: ["Tag10", "tag2"], types: ["newsletter"], date: "2025-03-20", mtime: 2 }),
	art("g.md", { title: "Eta", mtime: 6 }),
	art("h.md", { title: "Theta", tags: ["marketing/email"], types: ["post", "newsletter"], date: "2023-07-04", mtime: 4 }),
];

/** An index holding the given articles. */
export function indexOf(articles: Article[], options?: Partial<IndexOptions>): ArticleIndex {
	const index = new ArticleIndex(options);
	for (const a of articles) index.upsert(a);
	return index;
}

/** A model over the sample (or other articles) with some options changed from the defaults. */
export function modelOf(o: Partial<ExplorerOptions> = {}, articles: Article[] = SAMPLE): ExplorerModel {
	return new ExplorerModel(indexOf(articles), { ...DEFAULT_EXPLORER_OPTIONS, ...o });
}

/** Every option combination that changes the tree's structure. */
export const ALL_SHAPES: ExplorerOptions[] = (["tag", "type", "type-tag", "tag-type", "date"] as GroupMode[]).flatMap((mode) =>
	[true, false].flatMap((nestedTags) =>
		[true, false].map((parentListsChildNotes) => ({ ...DEFAULT_EXPLORER_OPTIONS, mode, nestedTags, parentListsChildNotes })),
	),
);

/** A group as `[id, count]`, the compact form the tables use. */
export function idCounts(nodes: { id: string; count: number }[]): [string, number][] {
	return nodes.map((n) => [n.id, n.count]);
}

/** Short names of paths (`a.md` → `a`), for readable expectations. */
export function short(paths: string[]): string[] {
	return paths.map((p) => p.replace(/\.md$/, ""));
}
