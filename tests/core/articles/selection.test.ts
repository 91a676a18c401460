/** @jest-environment node */
import { isArticle, type ArticleSelection } from "../../../src/core/articles/selection";
import type { Article } from "../../../src/core/articles/types";

function art(path: string, tags: string[] = [], types: string[] = []): Article {
	return { path, basename: "", title: "", types, tags, frontmatterTags: [], pubDate: null, pubTime: null, mtime: 0, problems: [] };
}

function sel(fields: Partial<ArticleSelection>): ArticleSelection {
	return { mode: "all", folders: [], tag: "", excludedFolders: [], ...fields };
}

describe("isArticle", () => {
	it.each<[string, Article, Partial<ArticleSelection>, boolean]>([
		["all: any note", art("x/y.md"), {}, true],
		["folders: inside", art("Posts/a.md"), { mode: "folders", folders: ["Posts"] }, true],
		["folders: nested deeper", art("Posts/2024/a.md"), { mode: "folders", folders: ["Posts"] }, true],
		["folders: trailing slash", art("Posts/a.md"), { mode: "folders", folders: ["Posts/"] }, true],
		["folders: whole segments only", art("Posts2/a.md"), { mode: "folders", folders: ["Posts"] }, false],
		["folders: a file named like the folder", art("Posts.md"), { mode: "folders", folders: ["Posts"] }, false],
		["folders: nested folder setting", art("A/B/c.md"), { mode: "folders", folders: ["A/B"] }, true],
		["folders: sibling of nested folder", art("A/C/c.md"), { mode: "folders", folders: ["A/B"] }, false],
		["folders: root means everything", art("a.md"), { mode: "folders", folders: ["/"] }, true],
		["folders: none chosen", art("a.md"), { mode: "folders", folders: [] }, false],
		["folders: case matters", art("posts/a.md"), { mode: "folders", folders: ["Posts"] }, false],
		["tag: exact", art("a.md", ["article"]), { mode: "tag", tag: "article" }, true],
		["tag: with # and other case", art("a.md", ["Article"]), { mode: "tag", tag: "#ARTICLE" }, true],
		["tag: nested child", art("a.md", ["article/draft"]), { mode: "tag", tag: "article" }, true],
		["tag: prefix is not a parent", art("a.md", ["articles"]), { mode: "tag", tag: "article" }, false],
		["tag: parent does not match child setting", art("a.md", ["article"]), { mode: "tag", tag: "article/draft" }, false],
		["tag: empty setting", art("a.md", ["article"]), { mode: "tag", tag: "" }, false],
		["type: has a type", art("a.md", [], ["Essay"]), { mode: "type" }, true],
		["type: none", art("a.md"), { mode: "type" }, false],
		["excluded wins over all", art("Archive/a.md"), { excludedFolders: ["Archive"] }, false],
		["excluded wins over folders", art("Posts/Old/a.md"), { mode: "folders", folders: ["Posts"], excludedFolders: ["Posts/Old"] }, false],
		["excluded wins over tag", art("T/a.md", ["article"]), { mode: "tag", tag: "article", excludedFolders: ["T"] }, false],
		["excluded wins over type", art("T/a.md", [], ["Essay"]), { mode: "type", excludedFolders: ["T/"] }, false],
		["excluded is whole-segment too", art("Archive2/a.md"), { excludedFolders: ["Archive"] }, true],
		["an empty excluded entry excludes nothing", art("a.md"), { excludedFolders: [""] }, true],
	])("%s", (_name, article, selection, expected) => {
		expect(isArticle(article, sel(selection))).toBe(expected);
	});
});
