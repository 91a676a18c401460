import { TFile, TFolder } from "../obsidian/files";
import { clearNotices, noticeMessages } from "../obsidian/notice";

import { noticeFailure } from "../../src/plugin/failure-notice";
import { isMarkdownFile } from "../../src/plugin/markdown-file";

describe("isMarkdownFile", () => {
	it("accepts Markdown notes only", () => {
		expect(isMarkdownFile(new TFile(undefined, "a/Note.md"))).toBe(true);
		expect(isMarkdownFile(new TFile(undefined, "a/picture.png"))).toBe(false);
		expect(isMarkdownFile(new TFile(undefined, "a/Note.MD"))).toBe(false);
		expect(isMarkdownFile(new TFolder(undefined, "a.md"))).toBe(false);
		expect(isMarkdownFile({ extension: "md", path: "x.md" })).toBe(false);
		expect(isMarkdownFile(null)).toBe(false);
	});
});

describe("noticeFailure", () => {
	beforeEach(() => clearNotices());

	it("says what failed and the error's message", () => {
		noticeFailure("Could not save to Snippets/a.md", new Error("disk full"));
		noticeFailure("Something went wrong", "plain text");
		expect(noticeMessages()).toEqual(["Could not save to Snippets/a.md: disk full", "Something went wrong: plain text"]);
	});
});
