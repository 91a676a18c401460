/** @jest-environment node */
import { buildArticle } from "../../../src/core/articles/article";
import { ArticleCatalog, type CatalogOptions } from "../../../src/core/articles/catalog";
import type { NoteInput } from "../../../src/core/articles/types";

const ARTICLE = { dateKeys: ["pubDate"], typeKey: "type" };

function catalog(selection: Partial<CatalogOptions["selection"]> = {}): ArticleCatalog {
	return new ArticleCatalog({ article: ARTICLE, selection: { mode: "all", folders: [], tag: "", excludedFolders: [], ...selection }, index: {} });
}

/** Notes of every shape an article takes: a title, tags, types, a date, problems, a garbled title, none of these. */
const NOTES: NoteInput[] = [
	{ path: "Drafts/Plain.md", frontmatter: null, tags: [], mtime: 5 },
	{
		path: "Drafts/Full.md",
		frontmatter: { title: "📄 Full", tags: ["sales", "Sales/calls"], type: ["post", "Post"], pubDate: "2024-02-06" },
		tags: ["#sales", "#Sales/calls", "#body"],
		frontmatterTags: ["#sales", "#Sales/calls"],
		mtime: 7,
	},
	{ path: "Drafts/Broken.md", frontmatter: { tag: "a", Type: "x", pubDate: "someday" }, tags: [], frontmatterTags: [], mtime: 9, bodyMojibake: true },
	{ path: "Drafts/Garbled.md", frontmatter: { title: "Donâ€™t" }, tags: [], mtime: 1 },
];

describe("ArticleCatalog.rename", () => {
	it("moves each note between folders as a rebuild would, without asking for its input again", () => {
		const c = catalog();
		for (const note of NOTES) c.update(note);
		for (const note of NOTES) {
			const path = note.path.replace("Drafts/", "Published/2024/");
			const input = jest.fn(() => ({ ...note, path }));
			const moved = c.rename(note.path, path, input);
			expect(input).not.toHaveBeenCalled();
			expect(moved).toEqual(buildArticle({ ...note, path }, ARTICLE));
			expect(c.index.get(path)).toBe(moved);
			expect(c.index.get(note.path)).toBeUndefined();
		}
		expect(c.index.size).toBe(NOTES.length);
		expect([...c.index.pathsWithTag("sales")].sort()).toEqual(["Published/2024/Full.md"]);
	});

	it("rebuilds from the input when the basename changes, since the title may follow it", () => {
		const c = catalog();
		c.update(NOTES[0]);
		const input = jest.fn(() => ({ ...NOTES[0], path: "Drafts/Renamed.md" }));
		expect(c.rename("Drafts/Plain.md", "Drafts/Renamed.md", input)?.title).toBe("Renamed");
		expect(input).toHaveBeenCalledTimes(1);
	});

	it("decides again whether the moved note is an article: into an excluded folder and out of it", () => {
		const c = catalog({ excludedFolders: ["Archive"] });
		c.update(NOTES[1]);
		const input = (path: string) => () => ({ ...NOTES[1], path });
		expect(c.rename("Drafts/Full.md", "Archive/Full.md", input("Archive/Full.md"))).toBeNull();
		expect(c.index.size).toBe(0);
		// Not listed while archived: coming back, the article is built from the input.
		const back = jest.fn(input("Drafts/Full.md"));
		expect(c.rename("Archive/Full.md", "Drafts/Full.md", back)?.title).toBe("📄 Full");
		expect(back).toHaveBeenCalledTimes(1);
		expect(c.index.size).toBe(1);
	});
});
