import { TFile, TFolder } from "../obsidian/files";
import { clearNotices, noticeMessages } from "../obsidian/notice";

import type { App } from "obsidian";

import { errorMessage, noticeFailure } from "../../src/plugin/failure-notice";
import { activeNoteCommand, isMarkdownFile } from "../../src/plugin/markdown-file";

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

describe("errorMessage", () => {
	it("reads an error's message, or anything else thrown as text", () => {
		expect(errorMessage(new Error("disk full"))).toBe("disk full");
		expect(errorMessage("plain text")).toBe("plain text");
		expect(errorMessage(42)).toBe("42");
	});
});

describe("activeNoteCommand", () => {
	const note = new TFile(undefined, "a/Note.md");
	const picture = new TFile(undefined, "a/picture.png");
	/** An app whose active file is `file`: all the helper reads. */
	const appWith = (file: unknown) => ({ workspace: { getActiveFile: () => file } }) as unknown as App;

	it("is offered for an active note, and runs only when not just checking", () => {
		const run = jest.fn();
		const check = activeNoteCommand(appWith(note), run);
		expect(check(true)).toBe(true);
		expect(run).not.toHaveBeenCalled();
		expect(check(false)).toBe(true);
		expect(run).toHaveBeenCalledWith(note);
	});

	it("is not offered without an active note, or when the condition fails", () => {
		const run = jest.fn();
		expect(activeNoteCommand(appWith(null), run)(false)).toBe(false);
		expect(activeNoteCommand(appWith(picture), run)(false)).toBe(false);
		const when = jest.fn(() => false);
		expect(activeNoteCommand(appWith(note), run, when)(false)).toBe(false);
		expect(when).toHaveBeenCalledWith(note);
		expect(run).not.toHaveBeenCalled();
	});
});
