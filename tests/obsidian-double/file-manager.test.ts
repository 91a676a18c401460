import { createApp } from "../obsidian/app-factory";
import type { TFile } from "../obsidian/files";
import { getFrontMatterInfo } from "../obsidian/metadata-api";

async function processed(text: string, fn: (fm: Record<string, unknown>) => void): Promise<string> {
	const app = createApp({ files: { "a.md": text } });
	const file = app.vault.getFileByPath("a.md") as TFile;
	await app.fileManager.processFrontMatter(file, fn);
	return app.vault.read(file);
}

describe("FileManager.processFrontMatter", () => {
	it.each<[string, string, (fm: Record<string, unknown>) => void, string]>([
		["adds a key, keeps the body byte for byte", "---\ntitle: A\n---\nBody\n\n  indented\r\nend", (fm) => (fm.type = "essay"), "---\ntitle: A\ntype: essay\n---\nBody\n\n  indented\r\nend"],
		["creates frontmatter when there is none", "Just text\n", (fm) => (fm.tags = ["x"]), "---\ntags:\n  - x\n---\nJust text\n"],
		["keeps dates as strings (YAML 1.2)", "---\ndate: 2024-02-06\n---\n", (fm) => (fm.seen = typeof fm.date), "---\ndate: 2024-02-06\nseen: string\n---\n"],
		["removes the block when the last key goes", "---\na: 1\n---\nBody", (fm) => delete fm.a, "Body"],
		["leaves a note without frontmatter unchanged when nothing is added", "Text", () => undefined, "Text"],
		["treats a `---` that is not on line 0 as body", "Intro\n---\na: 1\n---\n", (fm) => (fm.k = 1), "---\nk: 1\n---\nIntro\n---\na: 1\n---\n"],
	])("%s", async (_label, before, fn, after) => {
		expect(await processed(before, fn)).toBe(after);
	});

	it("rejects invalid YAML and leaves the file alone", async () => {
		const app = createApp({ files: { "a.md": "---\na: [1\n---\nBody" } });
		const file = app.vault.getFileByPath("a.md") as TFile;
		await expect(app.fileManager.processFrontMatter(file, () => undefined)).rejects.toThrow();
		expect(await app.vault.read(file)).toBe("---\na: [1\n---\nBody");
	});
});

describe("FileManager links and trash", () => {
	it.each([
		["notes/Unique.md", undefined, undefined, "[[Unique]]"],
		["notes/Unique.md", "#Part", "alias", "[[Unique#Part|alias]]"],
		["a/Same.md", undefined, undefined, "[[a/Same]]"],
		["img/pic.png", undefined, undefined, "![[pic.png]]"],
	])("generateMarkdownLink(%j, subpath %j, alias %j) → %s", (path, subpath, alias, expected) => {
		const app = createApp({ files: { "notes/Unique.md": "", "a/Same.md": "", "b/Same.md": "", "img/pic.png": "" } });
		expect(app.fileManager.generateMarkdownLink(app.vault.getFileByPath(path) as TFile, "", subpath, alias)).toBe(expected);
	});

	it("trashFile sends the file to the system trash", async () => {
		const app = createApp({ files: { "a.md": "" } });
		await app.fileManager.trashFile(app.vault.getFileByPath("a.md") as TFile);
		expect(app.vault.trashed).toEqual([{ path: "a.md", system: true }]);
		expect(app.vault.getFileByPath("a.md")).toBeNull();
	});
});

describe("getFrontMatterInfo", () => {
	it("locates the YAML and the body", () => {
		const text = "---\na: 1\n---\nBody";
		const info = getFrontMatterInfo(text);
		expect(info).toEqual({ exists: true, frontmatter: "a: 1\n", from: 4, to: 9, contentStart: 13 });
		expect(text.slice(info.from, info.to)).toBe("a: 1\n");
		expect(text.slice(info.contentStart)).toBe("Body");
	});

	it("reports no frontmatter when line 0 is not `---`", () => {
		expect(getFrontMatterInfo("text\n---\n").exists).toBe(false);
	});
});
