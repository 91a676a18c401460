/**
 * The snippets dialog on every hostile note (plugin on the test double): it opens, ranks, composes and saves without
 * a throw or an error notice, and shows titles and lines as text, never as markup.
 */
import ArticleDeskPlugin from "../../src/main";
import { openSnippetsModal } from "../../src/plugin/snippets/snippet-commands";
import type { App } from "../obsidian/app";
import { createApp, flushAll, loadPlugin } from "../obsidian/app-factory";
import { listenerErrors } from "../obsidian/events";
import { openModals } from "../obsidian/modal";
import { clearNotices, noticeMessages } from "../obsidian/notice";
import { clickButton, fileAt, rowsOf } from "../plugin/snippets/fixtures";
import { EXPECTED_TITLES, hostileTexts } from "./hostile-corpus";

const TEXTS = hostileTexts();
const PATHS = Object.keys(TEXTS).sort();
const NOW = new Date(2026, 0, 2, 3, 4);

let app: App;
let plugin: ArticleDeskPlugin;
const errors: unknown[] = [];

beforeAll(async () => {
	jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args));
	app = createApp({ files: TEXTS });
	plugin = await loadPlugin(app, ArticleDeskPlugin);
	await flushAll(app);
});

afterAll(async () => {
	await app.dispose();
	jest.restoreAllMocks();
});

beforeEach(() => {
	clearNotices();
	listenerErrors.splice(0);
});

afterEach(() => {
	for (const modal of openModals()) modal.close();
});

/** True when a string has no unpaired surrogate (it can be written to disk as UTF-8 unchanged). */
function wellFormed(text: string): boolean {
	return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

describe.each(PATHS.map((p) => [p]))("%s", (path) => {
	it("opens, composes and saves without an error, showing everything as text", async () => {
		const modal = openSnippetsModal(plugin, fileAt(app, path), { now: () => NOW });
		await modal.settled();
		const title = plugin.store.index.get(path)!.title;
		expect(modal.titleEl.textContent).toBe(title);
		if (EXPECTED_TITLES[path] !== undefined) expect(title).toBe(EXPECTED_TITLES[path]);
		expect(modal.titleEl.childElementCount).toBe(0);

		const rows = rowsOf(modal);
		const empty = modal.contentEl.querySelector(".article-desk-snippets-empty");
		expect(rows.length > 0 || empty !== null).toBe(true);
		for (const row of rows) expect(row.querySelector("textarea")!.value.length).toBeGreaterThan(0);
		expect(document.querySelectorAll("script, img, iframe")).toHaveLength(0);

		if (rows.length > 0) {
			clickButton(modal.contentEl, "Save to snippets note");
			await modal.settled();
			const saved = noticeMessages().find((m) => m.startsWith("Saved to "));
			expect(noticeMessages()).toEqual([saved]);
			const notePath = saved!.slice("Saved to ".length);
			const note = app.vault.getFileByPath(notePath);
			expect(note).not.toBeNull();
			expect(app.vault._readNow(note!)).toContain("## 2026-01-02 03:04");
			// A name any desktop or mobile file system accepts: no control characters, well-formed, at most 255 bytes.
			const name = notePath.slice(notePath.lastIndexOf("/") + 1);
			expect(name).not.toMatch(/\p{Cc}/u);
			expect(wellFormed(name)).toBe(true);
			expect(Buffer.byteLength(name, "utf8")).toBeLessThanOrEqual(255);
		}
		modal.close();
		expect(noticeMessages().filter((m) => /wrong|Could not/.test(m))).toEqual([]);
		expect(listenerErrors).toEqual([]);
		expect(errors).toEqual([]);
	});
});
