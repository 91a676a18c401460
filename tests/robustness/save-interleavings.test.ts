/**
 * Saving snippets while the author edits: fast-check's scheduler decides when every vault call lands (and when each
 * save or edit starts), across 1,000 seeded interleavings of snippet saves and editor-like appends to the snippets
 * note and to the article. The final snippets note must be the user's text in order plus each saved section exactly
 * once (one blank line before each), and the article must hold exactly what the user typed: no character lost or
 * doubled. A smaller run does the same through the dialog's Save button with the plugin loaded.
 */
import fc from "fast-check";
import type { App as ObsidianApp, TFile } from "obsidian";

import ArticleDeskPlugin from "../../src/main";
import * as snippetsFile from "../../src/plugin/snippets/snippets-file";
import { appendToSnippetsNote } from "../../src/plugin/snippets/snippets-file";
import { openSnippetsModal } from "../../src/plugin/snippets/snippet-commands";
import type { App } from "../obsidian/app";
import { createApp, flushAll, loadPlugin } from "../obsidian/app-factory";
import { openModals } from "../obsidian/modal";
import { clearNotices, noticeMessages } from "../obsidian/notice";
import { fileAt } from "../plugin/snippets/fixtures";

const ARTICLE = "Articles/Hostile edits.md";
const NOTE = "Snippets/Hostile edits snippets.md";

/** What a user may type: anything Markdown-ish, including line endings, fences and headings. */
const typed = fc.string({ unit: fc.constantFrom("a", "é", "🔥", " ", "\n", "\r\n", "## ", "```", "---", "#tag", "\t"), maxLength: 12 });

type Op =
	| { kind: "save"; posts: string[] }
	| { kind: "type"; target: "note" | "article"; via: "process" | "modify"; text: string };

const op: fc.Arbitrary<Op> = fc.oneof(
	fc.record({ kind: fc.constant("save" as const), posts: fc.array(typed, { minLength: 1, maxLength: 3 }) }),
	fc.record({
		kind: fc.constant("type" as const),
		target: fc.constantFrom("note" as const, "article" as const),
		via: fc.constantFrom("process" as const, "modify" as const),
		text: typed,
	}),
);

/** One blank line between what came before and a section; the only separator a save may add. */
function withSection(prefix: string, section: string): string {
	if (prefix === "") return section;
	for (const sep of ["", "\n", "\n\n"]) if (/\r?\n\r?\n$/.test(prefix + sep)) return prefix + sep + section;
	throw new Error("unreachable");
}

/**
 * True when `final` is `initial` followed by the user's chunks in order and each section exactly once, in some
 * interleaving (found by a search; the unique marks at the start of chunks and sections keep it short).
 */
function explains(final: string, initial: string, chunks: string[], sections: string[]): boolean {
	const go = (prefix: string, next: number, left: number[]): boolean => {
		if (!final.startsWith(prefix)) return false;
		if (next === chunks.length && left.length === 0) return prefix === final;
		if (next < chunks.length && go(prefix + chunks[next], next + 1, left)) return true;
		return left.some((i) => go(withSection(prefix, sections[i]), next, left.filter((j) => j !== i)));
	};
	return go(initial, 0, sections.map((_, i) => i));
}

/** The vault's own `modify`, before scheduling: the editor's save below calls it at the moment it was scheduled for. */
const unscheduledModify = new WeakMap<App, (file: unknown, data: string) => Promise<unknown>>();

/** Every async vault call waits for the scheduler before it acts (the act itself stays atomic, as in Obsidian). */
function scheduleVault(app: App, s: fc.Scheduler): void {
	const vault = app.vault as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
	unscheduledModify.set(app, vault.modify.bind(app.vault));
	for (const name of ["create", "createFolder", "process", "modify", "read", "cachedRead", "append"]) {
		const original = vault[name].bind(app.vault);
		vault[name] = async (...args: unknown[]) => {
			await s.schedule(Promise.resolve(), name);
			return original(...args);
		};
	}
}

/** An editor-like append: at the moment the scheduler picks, the user's text goes at the end of the current text. */
async function typeInto(app: App, s: fc.Scheduler, path: string, via: "process" | "modify", text: string): Promise<void> {
	const file = app.vault.getFileByPath(path)!;
	if (via === "process") {
		await app.vault.process(file, (current) => current + text);
	} else {
		await s.schedule(Promise.resolve(), "editor");
		// The editor holds the current text, so its save is the whole text with the new characters at the end.
		await unscheduledModify.get(app)!(file, app.vault._readNow(file) + text);
	}
}

/** The author: each edit starts when the scheduler says, after the previous one has landed. */
async function author(s: fc.Scheduler, edits: Array<() => Promise<unknown>>): Promise<void> {
	for (const [i, edit] of edits.entries()) {
		await s.schedule(Promise.resolve(), `edit ${i}`);
		await edit();
	}
}

const sectionText = (mark: string, posts: string[]) => [`## ${mark}`, "", ...posts.flatMap((p) => ["```text", p, "```", ""])].join("\n");

describe("appendToSnippetsNote while the author types", () => {
	it("never loses or duplicates a character, over 1,000 seeded interleavings", async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.scheduler(),
				fc.option(typed, { nil: null }),
				fc.boolean(),
				fc.array(op, { minLength: 2, maxLength: 8 }),
				async (s, initialNote, folderExists, ops) => {
					const files: Record<string, string> = { [ARTICLE]: "Body" };
					if (initialNote !== null) files[NOTE] = initialNote;
					const app = createApp({ files, folders: folderExists || initialNote !== null ? ["Snippets"] : [] });
					try {
						scheduleVault(app, s);
						const chunks: Record<"note" | "article", string[]> = { note: [], article: [] };
						const sections: string[] = [];
						// One author types one edit after the other; saves run concurrently with the typing and each other.
						const edits: Array<() => Promise<unknown>> = [];
						const tasks: Promise<unknown>[] = [];
						ops.forEach((o, i) => {
							if (o.kind === "save") {
								const section = sectionText(`save ${i}`, o.posts);
								sections.push(section);
								tasks.push(s.schedule(Promise.resolve(), `save ${i}`).then(() => appendToSnippetsNote(app as unknown as ObsidianApp, NOTE, section)));
							} else {
								// Without a snippets note there is nothing to type into: the edit goes to the article.
								const target = o.target === "note" && initialNote !== null ? "note" : "article";
								const text = `⟦${i}⟧${o.text}`;
								chunks[target].push(text);
								edits.push(() => typeInto(app, s, target === "note" ? NOTE : ARTICLE, o.via, text));
							}
						});
						tasks.push(author(s, edits));
						await s.waitIdle();
						await Promise.all(tasks);
						const note = app.vault.getFileByPath(NOTE);
						const final = note ? app.vault._readNow(note) : "";
						expect(explains(final, initialNote ?? "", chunks.note, sections)).toBe(true);
						expect(app.vault._readNow(app.vault.getFileByPath(ARTICLE)!)).toBe("Body" + chunks.article.join(""));
					} finally {
						await app.dispose();
					}
				},
			),
			{ numRuns: 1_000, seed: 424_242 },
		);
	}, 30_000);

	it("recognises a lost or doubled character (the check itself can fail)", () => {
		const a = sectionText("save 0", ["x"]);
		const b = sectionText("save 1", ["y"]);
		expect(explains(`start⟦1⟧u\n\n${a}\n${b}`, "start", ["⟦1⟧u"], [a, b])).toBe(true);
		expect(explains(`start\n\n${a}⟦1⟧u\n\n${b}`, "start", ["⟦1⟧u"], [a, b])).toBe(true);
		expect(explains(`start⟦1⟧\n\n${a}\n${b}`, "start", ["⟦1⟧u"], [a, b])).toBe(false);
		expect(explains(`start⟦1⟧u\n\n${a}\n${a}\n${b}`, "start", ["⟦1⟧u"], [a, b])).toBe(false);
		expect(explains(`start⟦1⟧u\n\n${a}`, "start", ["⟦1⟧u"], [a, b])).toBe(false);
		expect(explains(`start⟦1⟧u${a}\n${b}`, "start", ["⟦1⟧u"], [a, b])).toBe(false);
	});
});

describe("the dialog's Save button while the author edits the article and the snippets note", () => {
	afterEach(() => {
		for (const modal of openModals()) modal.close();
		clearNotices();
		jest.restoreAllMocks();
	});

	it("saves each click on the enabled button exactly once between the user's edits, over 150 seeded interleavings", async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.scheduler(),
				fc.option(typed, { nil: null }),
				fc.array(fc.oneof(fc.constant("save" as const), fc.record({ target: fc.constantFrom("note" as const, "article" as const), via: fc.constantFrom("process" as const, "modify" as const), text: typed })), { minLength: 2, maxLength: 6 }),
				async (s, initialNote, ops) => {
					clearNotices();
					const article = "---\ntags: [sales]\n---\nThe first line is worth quoting because it is short.\n\nA second sentence follows with a different idea.\n";
					const files: Record<string, string> = { [ARTICLE]: article };
					if (initialNote !== null) files[NOTE] = initialNote;
					const app = createApp({ files });
					const spy = jest.spyOn(snippetsFile, "appendToSnippetsNote");
					try {
						const plugin = await loadPlugin(app, ArticleDeskPlugin);
						await flushAll(app);
						let minute = 0;
						const modal = openSnippetsModal(plugin, fileAt(app, ARTICLE) as TFile, { now: () => new Date(2026, 0, 1, 0, minute++) });
						await modal.settled();
						scheduleVault(app, s);
						const chunks: Record<"note" | "article", string[]> = { note: [], article: [] };
						const edits: Array<() => Promise<unknown>> = [];
						const tasks: Promise<unknown>[] = [];
						// The button is off from a save until the posts change (a double click saves once): as no line changes
						// here, the first click saves and later clicks do nothing.
						const saveButton = Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === "Save to snippets note")!;
						let saves = 0;
						ops.forEach((o, i) => {
							if (o === "save") {
								tasks.push(
									s.schedule(Promise.resolve(), `click ${i}`).then(() => {
										if (!saveButton.disabled) saves++;
										saveButton.click();
									}),
								);
								return;
							}
							const target = o.target === "note" && initialNote !== null ? "note" : "article";
							const text = `⟦${i}⟧${o.text}`;
							chunks[target].push(text);
							edits.push(() => typeInto(app, s, target === "note" ? NOTE : ARTICLE, o.via, text));
						});
						tasks.push(author(s, edits));
						await s.waitIdle();
						await Promise.all(tasks);
						await modal.settled();
						await s.waitIdle();
						await flushAll(app);
						const sections = spy.mock.calls.map((call) => call[2]);
						expect(sections).toHaveLength(saves);
						expect(saves).toBe(ops.includes("save") ? 1 : 0);
						expect([saveButton.disabled, saveButton.textContent]).toEqual(saves > 0 ? [true, "Saved"] : [false, "Save to snippets note"]);
						const note = app.vault.getFileByPath(NOTE);
						expect(explains(note ? app.vault._readNow(note) : "", initialNote ?? "", chunks.note, sections)).toBe(true);
						expect(app.vault._readNow(app.vault.getFileByPath(ARTICLE)!)).toBe(article + chunks.article.join(""));
						expect(noticeMessages().filter((m) => !m.startsWith("Saved to "))).toEqual([]);
					} finally {
						spy.mockRestore();
						for (const modal of openModals()) modal.close();
						await app.dispose();
					}
				},
			),
			{ numRuns: 150, seed: 4_242 },
		);
	}, 30_000);
});
