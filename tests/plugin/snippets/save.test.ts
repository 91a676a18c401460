import { getAllTags } from "obsidian";

import { flushAll } from "../../obsidian/app-factory";
import { noticeMessages } from "../../obsidian/notice";
import { findKeyLines } from "../../../src/core/snippets/key-lines";
import {
	cleanUp,
	clickButton,
	GOOD_EGG,
	GOOD_EGG_HASHTAGS,
	GOOD_EGG_URL,
	type Loaded,
	loadVault,
	openFor,
	rowsOf,
	selectTab,
	toggleRow,
	typeInto,
	VAULT,
} from "./fixtures";

let loaded: Loaded | null = null;
afterEach(async () => {
	await cleanUp(loaded?.app ?? null);
	loaded = null;
});

const NOTE = "Snippets/📄 The good-egg problem snippets.md";
const FIRST = new Date(2026, 10, 22, 14, 5);
const SECOND = new Date(2026, 10, 22, 14, 7);

/** A clock that returns each time in turn (one per save). */
function clock(...times: Date[]): () => Date {
	let i = 0;
	return () => times[Math.min(i++, times.length - 1)];
}

const keyLines = () =>
	findKeyLines(VAULT[GOOD_EGG], { count: 5, title: "📄 The good-egg problem", tags: ["Articles", "sales/prospecting", "mindset"] }).map((k) => k.text);

/** One post in the note, as written by hand here: a `text` code block. */
const block = (text: string) => ["```text", ...text.split("\n"), "```"].join("\n");

function section(when: string, heading: string, posts: string[]): string {
	return [`## ${when}`, "", heading, ...posts.flatMap((p) => ["", block(p)])].join("\n") + "\n";
}

async function save(modal: { contentEl: HTMLElement; settled(): Promise<void> }): Promise<void> {
	clickButton(modal.contentEl, "Save to snippets note");
	await modal.settled();
}

const read = (l: Loaded, p: string) => l.app.vault._readNow(l.app.vault.getFileByPath(p)!);

describe("saving to the snippets note", () => {
	it("creates the note in the snippets folder, then appends a second section", async () => {
		loaded = await loadVault();
		expect(loaded.app.vault.getFolderByPath("Snippets")).toBeNull();
		const modal = await openFor(loaded, GOOD_EGG, { now: clock(FIRST, SECOND) });
		const lines = keyLines();
		await save(modal);
		const first = section(
			"2026-11-22 14:05",
			"X posts from [[The good-egg problem]]",
			lines.slice(0, 3).map((l) => `${l}\n\n${GOOD_EGG_URL}\n\n${GOOD_EGG_HASHTAGS}`),
		);
		expect(read(loaded, NOTE)).toBe(first);
		expect(noticeMessages()).toEqual([`Saved to ${NOTE}`]);

		selectTab(modal, "LinkedIn");
		toggleRow(rowsOf(modal)[0]);
		toggleRow(rowsOf(modal)[1]);
		await save(modal);
		const second = section("2026-11-22 14:07", "LinkedIn post from [[The good-egg problem]]", [`${lines[2]}\n\n${GOOD_EGG_URL}\n\n${GOOD_EGG_HASHTAGS}`]);
		expect(read(loaded, NOTE)).toBe(first + "\n" + second);
	});

	it("saves once for a double click, and the same posts once, until they change", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG, { now: clock(FIRST, SECOND) });
		const button = () => modal.contentEl.querySelector<HTMLButtonElement>(".modal-button-container .mod-cta")!;
		clickButton(modal.contentEl, "Save to snippets note");
		button().click();
		await modal.settled();
		expect(read(loaded, NOTE).match(/^## /gm)).toHaveLength(1);
		expect(noticeMessages()).toEqual([`Saved to ${NOTE}`]);
		// The landed save leaves the button saying so, off: a later click on the same posts appends nothing either.
		expect([button().textContent, button().disabled]).toEqual(["Saved", true]);
		button().click();
		await modal.settled();
		expect(read(loaded, NOTE).match(/^## /gm)).toHaveLength(1);
		// Any change to the posts (here another platform) turns it back on.
		selectTab(modal, "Mastodon");
		expect([button().textContent, button().disabled]).toEqual(["Save to snippets note", false]);
		await save(modal);
		expect(read(loaded, NOTE).match(/^## /gm)).toHaveLength(2);
	});

	it("keeps keyboard focus inside the dialog when the focused save button turns itself off", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG, { now: clock(FIRST) });
		const button = modal.contentEl.querySelector<HTMLButtonElement>(".modal-button-container .mod-cta")!;
		button.focus();
		expect(document.activeElement).toBe(button);
		button.click();
		await modal.settled();
		expect(button.disabled).toBe(true);
		expect(document.activeElement?.textContent).toBe("Copy all");
		expect(modal.contentEl.contains(document.activeElement)).toBe(true);
	});

	it("turns the button back on when a save fails, and says when a saved post is too long", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG, { now: clock(FIRST, SECOND) });
		const button = () => modal.contentEl.querySelector<HTMLButtonElement>(".modal-button-container .mod-cta")!;
		const append = jest.spyOn(loaded.app.vault, "create").mockRejectedValueOnce(new Error("disk full"));
		await save(modal);
		append.mockRestore();
		expect(noticeMessages()).toEqual([`Could not save to ${NOTE}: disk full`]);
		expect([button().textContent, button().disabled]).toEqual(["Save to snippets note", false]);
		typeInto(rowsOf(modal)[0], "d".repeat(300));
		await save(modal);
		expect(noticeMessages()[1]).toBe(`Saved to ${NOTE}, but 1 post is too long for X`);
	});

	it("keeps everything the author wrote between two saves, byte for byte", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG, { now: clock(FIRST, SECOND) });
		await save(modal);
		const file = loaded.app.vault.getFileByPath(NOTE)!;
		const edited = "Notes: post the first one on Monday.\r\n\n" + read(loaded, NOTE).replace("X posts", "X posts (sent!)") + "\nDone — no trailing newline";
		await loaded.app.vault.modify(file, edited);
		toggleRow(rowsOf(modal)[0]);
		toggleRow(rowsOf(modal)[0]);
		await save(modal);
		const after = read(loaded, NOTE);
		expect(after.startsWith(edited)).toBe(true);
		expect(after.slice(edited.length)).toMatch(/^\n\n## 2026-11-22 14:07\n\nX posts from \[\[The good-egg problem\]\]\n/);
	});

	it("appends to a note that exists before the first save", async () => {
		loaded = await loadVault({ [NOTE]: "# My snippets\n\nHand-written intro." });
		const modal = await openFor(loaded, GOOD_EGG, { now: clock(FIRST) });
		await save(modal);
		expect(read(loaded, NOTE)).toMatch(/^# My snippets\n\nHand-written intro\.\n\n## 2026-11-22 14:05\n/);
	});

	it("writes hashtags where Obsidian's tag index does not see them", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG, { now: clock(FIRST) });
		await save(modal);
		await flushAll(loaded.app);
		const file = loaded.app.vault.getFileByPath(NOTE)!;
		expect(read(loaded, NOTE)).toContain(GOOD_EGG_HASHTAGS);
		const cache = loaded.app.metadataCache.getFileCache(file);
		expect(cache).not.toBeNull();
		expect(getAllTags(cache as never) ?? []).toEqual([]);
		// the link back to the article is a real link
		expect(loaded.app.metadataCache.resolvedLinks[NOTE]).toEqual({ [GOOD_EGG]: 1 });
	});

	it.each([
		["Out//Social/", "Out/Social/📄 The good-egg problem snippets.md"],
		["", "📄 The good-egg problem snippets.md"],
		["/", "📄 The good-egg problem snippets.md"],
	])("folder setting %j saves to %j, creating folders as needed", async (folder, expected) => {
		loaded = await loadVault();
		await loaded.plugin.updateSettings({ snippetsFolder: folder });
		const modal = await openFor(loaded, GOOD_EGG, { now: clock(FIRST) });
		await save(modal);
		expect(loaded.app.vault.getFileByPath(expected)).not.toBeNull();
	});

	it("sanitises the title for the file name", async () => {
		loaded = await loadVault({ "Articles/q.md": '---\ntitle: "Why: a <b> [c]? #d"\n---\nLine one is here. Line two follows.\n' });
		const modal = await openFor(loaded, "Articles/q.md", { now: clock(FIRST) });
		await save(modal);
		expect(loaded.app.vault.getFileByPath("Snippets/Why a b c d snippets.md")).not.toBeNull();
	});

	it("reports a save that fails instead of throwing", async () => {
		// the configured folder is a note, so the folder cannot be created
		loaded = await loadVault();
		await loaded.plugin.updateSettings({ snippetsFolder: "Articles/Rejection is data.md" });
		const modal = await openFor(loaded, GOOD_EGG, { now: clock(FIRST) });
		await save(modal);
		expect(noticeMessages()).toHaveLength(1);
		expect(noticeMessages()[0]).toMatch(/^Could not save to Articles\/Rejection is data\.md\/📄 The good-egg problem snippets\.md: /);
		expect(read(loaded, "Articles/Rejection is data.md")).toBe(VAULT["Articles/Rejection is data.md"]);
	});

	it("says so instead of saving when no line is checked", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG, { now: clock(FIRST) });
		for (const row of rowsOf(modal).slice(0, 3)) toggleRow(row);
		await save(modal);
		expect(loaded.app.vault.getFileByPath(NOTE)).toBeNull();
		expect(noticeMessages()).toEqual(["Check at least one line first."]);
	});
});

describe("used lines", () => {
	const usedFlags = (modal: { contentEl: HTMLElement }) =>
		rowsOf(modal as never).map((r) => [r.classList.contains("is-used"), r.querySelector(".article-desk-snippet-used")?.textContent ?? null]);

	it("marks the saved lines as used, in this dialog and the next one", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG, { now: clock(FIRST) });
		const none = [false, null];
		const used = [true, "Used"];
		expect(usedFlags(modal)).toEqual([none, none, none, none, none]);
		toggleRow(rowsOf(modal)[1]);
		await save(modal);
		expect(usedFlags(modal)).toEqual([used, none, used, none, none]);
		modal.close();
		const next = await openFor(loaded, GOOD_EGG);
		expect(usedFlags(next)).toEqual([used, none, used, none, none]);
	});

	it("recognises a line saved by hand with other spacing and casing", async () => {
		const third = keyLines()[3];
		loaded = await loadVault({ [NOTE]: `Posted: ${third.toUpperCase().replace(/ /g, "\n")}\n` });
		const modal = await openFor(loaded, GOOD_EGG);
		expect(usedFlags(modal).map(([flag]) => flag)).toEqual([false, false, false, true, false]);
	});
});
