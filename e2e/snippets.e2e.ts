/**
 * Social snippets in a real browser: the dialog opened from the command palette lists the same key lines as the
 * CLI, edits flow into the posts, Copy reaches the system clipboard, saving twice appends two sections to the
 * snippets note, and the editor's key-line highlights mark exactly those lines' text in CodeMirror.
 * Also writes the dialog's screenshots, light and dark.
 */
import { describe, expect, it, jest } from "@jest/globals";
import { activeNote, cliJson, pagePerTest, runCommand, screenshot } from "./harness";

// A browser step takes seconds, not milliseconds; this also holds when run beside the unit tests (--projects).
jest.setTimeout(60000);

const NOTE = "Articles/Rejection is data.md";

interface CliKeyLine {
	text: string;
	score: number;
	line: number;
}

// Without `--vault`: the CLI then ranks with the same inputs as the plugin (no vault-wide word weights).
const cli = cliJson<{ title: string; keyLines: CliKeyLine[] }>(["snippets", `examples/vault/${NOTE}`]);

/** Text as a reader sees it: Markdown marks and spacing differences ignored. */
const plain = (text: string) => text.replace(/[*_`=~[\]]/g, "").replace(/\s+/g, " ").trim();

const currentPage = pagePerTest(`?open=${encodeURIComponent(NOTE)}`);

async function openSnippets() {
	await runCommand(currentPage(), "Make social snippets");
	const modal = currentPage().locator(".modal.article-desk-snippets");
	await modal.locator(".article-desk-snippet-line").first().waitFor();
	return modal;
}

async function noticeSaying(prefix: string): Promise<string> {
	const notice = currentPage().locator(".notice", { hasText: prefix }).last();
	await notice.waitFor();
	return (await notice.textContent()) ?? "";
}

describe("social snippets in Chromium", () => {
	it("lists the note's key lines, best first, as the CLI ranks them", async () => {
		const modal = await openSnippets();
		await expect(modal.locator(".modal-title").textContent()).resolves.toBe(cli.title);
		const texts = await modal.locator("textarea.article-desk-snippet-text").evaluateAll((els) => els.map((el) => (el as HTMLTextAreaElement).value));
		expect(texts).toEqual(cli.keyLines.map((k) => k.text));
		const scores = await modal.locator(".article-desk-snippet-score").allTextContents();
		expect(scores).toEqual(cli.keyLines.map((k) => k.score.toFixed(2)));
		// Taller than the other shots, so the whole dialog (lines, tabs, posts and buttons) is in the picture.
		await currentPage().setViewportSize({ width: 1280, height: 1100 });
		await screenshot(currentPage(), "snippets-light.png");
		await currentPage().evaluate(() => window.articleDesk?.setDark(true));
		await screenshot(currentPage(), "snippets-dark.png");
	});

	it("edits a line, copies its post to the clipboard, and saves twice to the snippets note", async () => {
		const page = currentPage();
		const modal = await openSnippets();
		const edited = "Every no is a note in your notebook, not a verdict.";
		await modal.locator("textarea.article-desk-snippet-text").first().fill(edited);
		const firstPost = modal.locator(".article-desk-snippet-post").first();
		await expect(firstPost.locator(".article-desk-snippet-post-text").textContent()).resolves.toContain(edited);
		const postText = (await firstPost.locator(".article-desk-snippet-post-text").textContent()) ?? "";
		const counter = (await firstPost.locator(".article-desk-snippet-counter").textContent()) ?? "";
		expect(counter).toMatch(/^\d+ \/ 280$/);

		await firstPost.locator("button.article-desk-snippet-copy").click();
		await noticeSaying("Copied");
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(postText);

		const save = modal.locator("button.mod-cta", { hasText: "Save to snippets note" });
		await save.click();
		const saved = await noticeSaying("Saved to ");
		const path = saved.replace(/^Saved to /, "");
		expect(path).toMatch(/^Snippets\/.+ snippets\.md$/);
		// Lines checked by default and posted unedited now show as used.
		await expect(modal.locator(".article-desk-snippet-used").count()).resolves.toBeGreaterThanOrEqual(1);
		// The same posts are saved once: the button says so and stays off until they change (a line off and on again).
		const saveButton = modal.locator(".modal-button-container button.mod-cta");
		await expect(saveButton.textContent()).resolves.toBe("Saved");
		await expect(saveButton.isDisabled()).resolves.toBe(true);
		const lastCheck = modal.locator("input.article-desk-snippet-check").last();
		await lastCheck.click();
		await lastCheck.click();
		await save.click();
		await page.waitForFunction(() => Array.from(document.querySelectorAll(".notice")).filter((n) => n.textContent?.startsWith("Saved to ")).length === 2);

		await page.keyboard.press("Escape");
		await modal.waitFor({ state: "detached" });
		const listed = page.locator(`.demo-note-list [data-path="${path}"]`);
		await listed.waitFor();
		await listed.click();
		await page.waitForFunction((name) => document.querySelector(".workspace-tab-header.is-active")?.textContent === name, path.split("/").pop()?.replace(/\.md$/, ""));
		const { text } = await activeNote(page);
		const headings = text.split("\n").filter((line) => /^## \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/.test(line));
		expect(headings).toHaveLength(2);
		expect(text.split(edited).length - 1).toBe(2);
		expect(text).toContain("X posts from [[");
	});

	it("marks the key lines' text in the editor when highlights are toggled on, and clears them when off", async () => {
		const page = currentPage();
		expect(await page.locator(".cm-content .article-desk-key-line").count()).toBe(0);
		await runCommand(page, "Toggle key-line highlights");
		await noticeSaying("Key-line highlights on");
		await page.locator(".cm-content .article-desk-key-line").first().waitFor();

		const readMarks = () =>
			page.evaluate(() => {
				const view = (window.articleDesk?.app.workspace.getLeavesOfType("markdown")[0]?.view as { cm: { posAtDOM(n: Node): number; state: { doc: { lineAt(p: number): { number: number } } } } }).cm;
				const byTitle = new Map<string, { text: string; line: number }>();
				document.querySelectorAll(".cm-content .article-desk-key-line").forEach((el) => {
					const title = el.getAttribute("title") ?? "";
					const prev = byTitle.get(title);
					const line = view.state.doc.lineAt(view.posAtDOM(el)).number;
					byTitle.set(title, { text: (prev ? `${prev.text} ` : "") + (el.textContent ?? ""), line: prev?.line ?? line });
				});
				return Array.from(byTitle, ([title, mark]) => ({ title, ...mark }));
			});
		const expectMarksOnKeyLines = async (lineShift: number) => {
			const marks = await readMarks();
			expect(marks).toHaveLength(cli.keyLines.length);
			for (const mark of marks) {
				const rank = Number(/^Key line #(\d+) \(score \d+\.\d\d\)$/.exec(mark.title)?.[1]);
				const expected = cli.keyLines[rank - 1];
				expect(plain(mark.text)).toBe(plain(expected.text));
				expect(mark.line).toBe(expected.line + lineShift);
			}
		};
		await expectMarksOnKeyLines(0);

		// Typing a comment line above the key lines moves the marks with their text; after the pause the plugin
		// recomputes them (a comment is not text, so the ranking stays) and they are still on the same text.
		await page.locator(".cm-content .cm-line", { hasText: /^A prospect says no/ }).click({ position: { x: 2, y: 5 } });
		await page.keyboard.press("Home");
		await page.keyboard.type("<!-- typed in the browser -->");
		await page.keyboard.press("Enter");
		await expect(page.locator(".cm-content .cm-line", { hasText: /^A prospect says no/ }).count()).resolves.toBe(1);
		await page.waitForTimeout(600);
		await expectMarksOnKeyLines(1);

		await runCommand(page, "Toggle key-line highlights");
		await noticeSaying("Key-line highlights off");
		await page.waitForFunction(() => document.querySelectorAll(".cm-content .article-desk-key-line").length === 0);
	});
});
