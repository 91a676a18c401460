import { liveRegistrations } from "../../obsidian/component";
import { installDomHelpers } from "../../obsidian/dom";
import { noticeMessages } from "../../obsidian/notice";
import { findKeyLines } from "../../../src/core/snippets/key-lines";
import { openSnippetsModal } from "../../../src/plugin/snippets/snippet-commands";
import {
	cleanUp,
	clickButton,
	counters,
	fileAt,
	GOOD_EGG,
	GOOD_EGG_HASHTAGS,
	GOOD_EGG_URL,
	type Loaded,
	loadVault,
	mockClipboard,
	openFor,
	postsOf,
	postTexts,
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

/** What the core ranks for the note, with the article's title and tags as the modal passes them. */
function expectedKeyLines(count = 5) {
	return findKeyLines(VAULT[GOOD_EGG], { count, title: "📄 The good-egg problem", tags: ["Articles", "sales/prospecting", "mindset"] });
}

/** An X post as compose lays it out when everything fits: line, link, hashtags, each its own paragraph. */
const fullPost = (line: string) => `${line}\n\n${GOOD_EGG_URL}\n\n${GOOD_EGG_HASHTAGS}`;

describe("the snippets modal", () => {
	it("shows the note's title and its ranked key lines, the top three checked", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG);
		expect(modal.titleEl.textContent).toBe("📄 The good-egg problem");
		const keyLines = expectedKeyLines();
		expect(keyLines).toHaveLength(5);
		const rows = rowsOf(modal);
		expect(rows.map((r) => r.querySelector("textarea")!.value)).toEqual(keyLines.map((k) => k.text));
		expect(rows.map((r) => r.querySelector<HTMLInputElement>("input[type=checkbox]")!.checked)).toEqual([true, true, true, false, false]);
		rows.forEach((row, i) => {
			const score = row.querySelector(".article-desk-snippet-score")!;
			expect(score.textContent).toBe(keyLines[i].score.toFixed(2));
			const strongest = Object.entries(keyLines[i].features).sort((a, b) => b[1] - a[1])[0];
			expect(score.getAttribute("title")).toContain(`${strongest[1].toFixed(2)}`);
			// a screen reader hears what the number is, then why
			expect(score.getAttribute("aria-label")).toBe(`Score ${keyLines[i].score.toFixed(2)}. ${score.getAttribute("title")}`);
			expect(row.querySelector("input")!.getAttribute("aria-label")).toBe(`Use line ${i + 1}`);
			expect(row.querySelector("textarea")!.getAttribute("aria-label")).toBe(`Text of line ${i + 1}`);
			expect(row.querySelector("textarea")!.getAttribute("dir")).toBe("auto");
		});
		// the author's highlight is forced, and the hover text says so
		expect(rows[0].querySelector(".article-desk-snippet-score")!.getAttribute("title")).toMatch(/^Marked by the author \(highlight\)/);
		// the keyboard starts on the first line's checkbox
		expect(activeDocument.activeElement).toBe(rows[0].querySelector("input"));
	});

	it("lists as many lines as the key-line count setting asks for", async () => {
		loaded = await loadVault();
		await loaded.plugin.updateSettings({ keyLineCount: 2 });
		const modal = await openFor(loaded, GOOD_EGG);
		expect(rowsOf(modal)).toHaveLength(2);
	});

	it("composes one post per checked line, and follows the checkboxes", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG);
		const lines = expectedKeyLines().map((k) => k.text);
		expect(postTexts(modal)).toEqual(lines.slice(0, 3).map(fullPost));
		const rows = rowsOf(modal);
		toggleRow(rows[0]);
		toggleRow(rows[4]);
		expect(postTexts(modal)).toEqual([lines[1], lines[2], lines[4]].map(fullPost));
		for (const row of rows) if (row.querySelector<HTMLInputElement>("input")!.checked) toggleRow(row);
		expect(postsOf(modal)).toHaveLength(0);
		expect(modal.contentEl.querySelector(".article-desk-snippets-posts")!.textContent).toBe("Check a line above to compose posts.");
	});

	// "Short line." (11) + 2 + link + 2 + hashtags. The link weighs 23 on X and Mastodon, 27 on Bluesky (its app posts it
	// as example.com/articles/the-g...), its full 49 characters elsewhere; Threads takes one hashtag (12), the others
	// both (21).
	it.each([
		["X", GOOD_EGG_HASHTAGS, "59 / 280"],
		["Bluesky", GOOD_EGG_HASHTAGS, "63 / 300"],
		["Threads", "#Prospecting", "76 / 500"],
		["Mastodon", GOOD_EGG_HASHTAGS, "59 / 500"],
		["LinkedIn", GOOD_EGG_HASHTAGS, "85 / 3000"],
	])("editing a line updates the %s post and counter live", async (tab, hashtags, counter) => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG);
		selectTab(modal, tab);
		typeInto(rowsOf(modal)[1], "Short line.");
		expect(postTexts(modal)[1]).toBe(`Short line.\n\n${GOOD_EGG_URL}\n\n${hashtags}`);
		expect(counters(modal)[1].textContent).toBe(counter);
		expect(counters(modal)[1].classList.contains("mod-over")).toBe(false);
	});

	it("flags a line too long for the platform with mod-over, and moves the link to a reply where that helps", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG);
		const long = "a".repeat(281);
		typeInto(rowsOf(modal)[0], long);
		expect(postTexts(modal)[0]).toBe(long);
		expect(counters(modal)[0].textContent).toBe("281 / 280 · 1 over");
		expect(counters(modal)[0].classList.contains("mod-over")).toBe(true);
		expect(counters(modal)[1].classList.contains("mod-over")).toBe(false);
		// the link is not lost while the line is too long: it waits as the first reply
		expect(postsOf(modal)[0].querySelector(".article-desk-snippet-reply")!.firstChild!.textContent).toBe(`Link for the first reply: ${GOOD_EGG_URL} `);

		// Bluesky allows 300: with the link (2 + 27 as Bluesky shortens it) nothing fits, so the link moves to a reply; then 281 + 2 + 12
		// leaves room for exactly one hashtag (281 + 2 + 21 would be 304)
		selectTab(modal, "Bluesky");
		expect(postTexts(modal)[0]).toBe(`${long}\n\n#Prospecting`);
		expect(counters(modal)[0].textContent).toBe("295 / 300");
		expect(counters(modal)[0].classList.contains("mod-over")).toBe(false);
		expect(postsOf(modal)[0].querySelector(".article-desk-snippet-reply")!.firstChild!.textContent).toBe(`Link for the first reply: ${GOOD_EGG_URL} `);
	});

	it("says when the checked lines are empty, and when posts have no link", async () => {
		loaded = await loadVault({ "Bare.md": "---\ntags: [sales]\n---\nSay the number. Then stop talking.\n" });
		const modal = await openFor(loaded, "Bare.md");
		const posts = () => modal.contentEl.querySelector(".article-desk-snippets-posts")!;
		expect(posts().querySelector(".article-desk-snippets-hint")!.textContent).toBe(
			"No link: give the note a url property, or set a base address for links in settings.",
		);
		typeInto(rowsOf(modal)[0], "   ");
		expect(posts().textContent).toBe("The checked lines are empty.");
		const good = await openFor(loaded, GOOD_EGG);
		expect(good.contentEl.querySelector(".article-desk-snippets-hint")).toBeNull();
	});

	it("says when the note's url property is not a web address, and leaves it out of the posts", async () => {
		loaded = await loadVault({
			"Wiki link.md": '---\nurl: "[[Some note]]"\ntags: [sales]\n---\nSay the number. Then stop talking.\n',
			"Spaced.md": "---\ncanonical: https://example.com/my article\n---\nSay the number. Then stop talking.\n",
		});
		for (const path of ["Wiki link.md", "Spaced.md"]) {
			const modal = await openFor(loaded, path);
			expect(modal.contentEl.querySelector(".article-desk-snippets-hint")!.textContent).toBe(
				"No link: make the url property a web address (https://…), or set a base address for links in settings.",
			);
			expect(postTexts(modal).length).toBeGreaterThan(0);
			for (const text of postTexts(modal)) expect(text).not.toMatch(/Some note|example\.com/);
		}
	});

	it("marks a line used by its text as it stands: an edit to saved text marks it, an edit away unmarks it", async () => {
		loaded = await loadVault({ "Snippets/📄 The good-egg problem snippets.md": "```text\nKindness is the floor.\n```\n" });
		const modal = await openFor(loaded, GOOD_EGG);
		const used = () => rowsOf(modal).map((r) => r.classList.contains("is-used") && r.querySelector(".article-desk-snippet-used") !== null);
		expect(used()).toEqual([false, false, false, false, false]);
		typeInto(rowsOf(modal)[1], "kindness is the  floor.");
		expect(used()).toEqual([false, true, false, false, false]);
		expect(rowsOf(modal)[1].querySelectorAll(".article-desk-snippet-used")).toHaveLength(1);
		typeInto(rowsOf(modal)[1], "Kindness is the ceiling.");
		expect(used()).toEqual([false, false, false, false, false]);
		// saving marks what was saved, as edited, and keeps the text box (and its focus) in place
		const box = rowsOf(modal)[2].querySelector("textarea")!;
		typeInto(rowsOf(modal)[2], "An edited line.");
		clickButton(modal.contentEl, "Save to snippets note");
		await modal.settled();
		expect(used()).toEqual([true, true, true, false, false]);
		expect(rowsOf(modal)[2].querySelector("textarea")).toBe(box);
	});

	it("opens on the platform and thread choice of the plugin's last dialog", async () => {
		loaded = await loadVault();
		const first = await openFor(loaded, GOOD_EGG);
		selectTab(first, "LinkedIn");
		first.contentEl.querySelector<HTMLInputElement>(".article-desk-snippets-thread input")!.click();
		first.close();
		const next = await openFor(loaded, GOOD_EGG);
		expect(next.contentEl.querySelector(".article-desk-snippets-tab.is-active")!.textContent).toBe("LinkedIn");
		expect(next.contentEl.querySelector<HTMLInputElement>(".article-desk-snippets-thread input")!.checked).toBe(true);
		expect(counters(next)[0].textContent).toMatch(/ \/ 3000$/);
	});

	it("keeps the author's edits when the dialog closes, and opens the note's next dialog with them", async () => {
		loaded = await loadVault();
		const lines = expectedKeyLines().map((k) => k.text);
		const first = await openFor(loaded, GOOD_EGG);
		expect(first.contentEl.querySelector(".article-desk-snippets-restored")).toBeNull();
		typeInto(rowsOf(first)[1], "My own words.");
		toggleRow(rowsOf(first)[0]);
		toggleRow(rowsOf(first)[4]);
		first.close();

		const next = await openFor(loaded, GOOD_EGG);
		const texts = () => rowsOf(next).map((r) => r.querySelector("textarea")!.value);
		const checks = () => rowsOf(next).map((r) => r.querySelector<HTMLInputElement>("input")!.checked);
		expect(texts()).toEqual([lines[0], "My own words.", lines[2], lines[3], lines[4]]);
		expect(checks()).toEqual([false, true, true, false, true]);
		expect(postTexts(next)[0]).toBe(fullPost("My own words."));
		expect(next.contentEl.querySelector(".article-desk-snippets-restored")!.textContent).toBe("Your edits from last time are back (3 lines). Start over");

		// Closing again untouched keeps them; another note's dialog starts fresh.
		next.close();
		const again = await openFor(loaded, GOOD_EGG);
		expect(rowsOf(again)[1].querySelector("textarea")!.value).toBe("My own words.");
		again.close();
		const other = Object.keys(VAULT).find((p) => p.startsWith("Articles/") && p !== GOOD_EGG)!;
		const otherModal = await openFor(loaded, other);
		expect(otherModal.contentEl.querySelector(".article-desk-snippets-restored")).toBeNull();
		otherModal.close();
	});

	it("starts over from the note's key lines, and then forgets the earlier edits", async () => {
		loaded = await loadVault();
		const lines = expectedKeyLines().map((k) => k.text);
		const first = await openFor(loaded, GOOD_EGG);
		typeInto(rowsOf(first)[0], "Changed.");
		first.close();
		const next = await openFor(loaded, GOOD_EGG);
		expect(rowsOf(next)[0].querySelector("textarea")!.value).toBe("Changed.");
		clickButton(next.contentEl, "Start over");
		expect(next.contentEl.querySelector(".article-desk-snippets-restored")).toBeNull();
		expect(rowsOf(next).map((r) => r.querySelector("textarea")!.value)).toEqual(lines);
		expect(rowsOf(next).map((r) => r.querySelector<HTMLInputElement>("input")!.checked)).toEqual([true, true, true, false, false]);
		expect(postTexts(next)[0]).toBe(fullPost(lines[0]));
		next.close();
		const third = await openFor(loaded, GOOD_EGG);
		expect(rowsOf(third)[0].querySelector("textarea")!.value).toBe(lines[0]);
		expect(third.contentEl.querySelector(".article-desk-snippets-restored")).toBeNull();
	});

	it("puts an edit back on its key line after the note changed, and drops it once that line is gone", async () => {
		loaded = await loadVault();
		const lines = expectedKeyLines().map((k) => k.text);
		const first = await openFor(loaded, GOOD_EGG);
		typeInto(rowsOf(first)[2], "Edited third.");
		first.close();
		const file = loaded.app.vault.getFileByPath(GOOD_EGG)!;
		// A new paragraph that does not displace the third line keeps its edit on it, wherever it now ranks.
		await loaded.app.vault.process(file, (text) => text + "\n\nA short closing line.\n");
		const moved = await openFor(loaded, GOOD_EGG);
		const at = rowsOf(moved).findIndex((r) => r.querySelector("textarea")!.value === "Edited third.");
		expect(at).toBeGreaterThanOrEqual(0);
		moved.close();
		// With that line deleted from the note, its edit has nowhere to go.
		await loaded.app.vault.process(file, (text) => text.split(lines[2]).join(""));
		const gone = await openFor(loaded, GOOD_EGG);
		expect(rowsOf(gone).map((r) => r.querySelector("textarea")!.value)).not.toContain("Edited third.");
		expect(gone.contentEl.querySelector(".article-desk-snippets-restored")).toBeNull();
	});

	it("keeps nothing for a selection", async () => {
		loaded = await loadVault();
		const first = await openFor(loaded, GOOD_EGG, { selection: "A chosen sentence." });
		typeInto(rowsOf(first)[0], "Edited selection.");
		first.close();
		const next = await openFor(loaded, GOOD_EGG);
		expect(next.contentEl.querySelector(".article-desk-snippets-restored")).toBeNull();
		expect(rowsOf(next).map((r) => r.querySelector("textarea")!.value)).toEqual(expectedKeyLines().map((k) => k.text));
	});

	it("marks the active platform tab", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG);
		const active = () => Array.from(modal.contentEl.querySelectorAll(".article-desk-snippets-tab.is-active")).map((t) => t.textContent);
		expect(Array.from(modal.contentEl.querySelectorAll(".article-desk-snippets-tab")).map((t) => t.textContent)).toEqual(["X", "Bluesky", "Threads", "Mastodon", "LinkedIn"]);
		expect(active()).toEqual(["X"]);
		selectTab(modal, "Mastodon");
		expect(active()).toEqual(["Mastodon"]);
	});

	it("moves between platforms with the arrow keys, Home and End, as a tab list with one tab stop", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG);
		const list = modal.contentEl.querySelector<HTMLElement>("[role=tablist]")!;
		const tabs = Array.from(list.querySelectorAll<HTMLElement>("[role=tab]"));
		const panel = modal.contentEl.querySelector<HTMLElement>("[role=tabpanel]")!;
		const state = () => ({
			active: list.querySelector(".is-active")!.textContent,
			focused: document.activeElement?.textContent,
			stops: tabs.filter((t) => t.getAttribute("tabindex") === "0").map((t) => t.textContent),
			labelledBy: document.getElementById(panel.getAttribute("aria-labelledby")!)?.textContent,
			counter: counters(modal)[0].textContent!.split(" / ")[1],
		});
		expect(tabs.every((t) => t.getAttribute("aria-controls") === panel.id)).toBe(true);
		expect(state()).toMatchObject({ active: "X", stops: ["X"], labelledBy: "X" });
		const press = (key: string) => document.activeElement!.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true }));
		tabs[0].focus();
		press("ArrowRight");
		expect(state()).toEqual({ active: "Bluesky", focused: "Bluesky", stops: ["Bluesky"], labelledBy: "Bluesky", counter: "300" });
		press("End");
		expect(state()).toEqual({ active: "LinkedIn", focused: "LinkedIn", stops: ["LinkedIn"], labelledBy: "LinkedIn", counter: "3000" });
		press("ArrowRight");
		expect(state()).toMatchObject({ active: "X", focused: "X" });
		press("ArrowLeft");
		expect(state()).toMatchObject({ active: "LinkedIn", focused: "LinkedIn" });
		press("Home");
		expect(state()).toMatchObject({ active: "X", focused: "X", counter: "280" });
		// Other keys are left alone (Tab moves on as usual).
		expect(press("a")).toBe(true);
	});

	it("makes one thread of the checked lines in document order when Thread is on", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG);
		const checked = expectedKeyLines().slice(0, 3);
		const thread = modal.contentEl.querySelector<HTMLInputElement>(".article-desk-snippets-thread input")!;
		thread.click();
		const inOrder = [...checked].sort((a, b) => a.line - b.line).map((k) => k.text);
		// three short lines, the link (23 on X) and the hashtags fit one X post: the thread is that single post,
		// its parts joined by blank lines
		const text = [...inOrder, GOOD_EGG_URL, GOOD_EGG_HASHTAGS].join("\n\n");
		const length = text.length - GOOD_EGG_URL.length + 23;
		expect(length).toBeLessThan(280);
		expect(postTexts(modal)).toEqual([text]);
		expect(counters(modal)[0].textContent).toBe(`${length} / 280`);
	});
});

describe("copying", () => {
	it("copies one post, then all posts, and says so", async () => {
		loaded = await loadVault();
		const writeText = mockClipboard(async () => undefined);
		const modal = await openFor(loaded, GOOD_EGG);
		const texts = postTexts(modal);
		clickButton(postsOf(modal)[1], "Copy");
		await modal.settled();
		expect(writeText).toHaveBeenLastCalledWith(texts[1]);
		clickButton(modal.contentEl, "Copy all");
		await modal.settled();
		expect(writeText).toHaveBeenLastCalledWith(texts.join("\n\n---\n\n"));
		expect(noticeMessages()).toEqual(["Copied", "Copied"]);
	});

	it("copies a link moved to a reply with its own button, and with its post in Copy all; warns of posts over the limit", async () => {
		loaded = await loadVault();
		const writeText = mockClipboard(async () => undefined);
		const modal = await openFor(loaded, GOOD_EGG);
		const long = "b".repeat(270); // 270 + 2 + 23 > 280: the link moves to a reply
		typeInto(rowsOf(modal)[0], long);
		typeInto(rowsOf(modal)[1], "c".repeat(290)); // over X's 280 even bare
		clickButton(postsOf(modal)[0], "Copy link");
		await modal.settled();
		expect(writeText).toHaveBeenLastCalledWith(GOOD_EGG_URL);
		clickButton(postsOf(modal)[0], "Copy");
		await modal.settled();
		expect(writeText).toHaveBeenLastCalledWith(postTexts(modal)[0]);
		clickButton(postsOf(modal)[1], "Copy");
		await modal.settled();
		clickButton(modal.contentEl, "Copy all");
		await modal.settled();
		const texts = postTexts(modal);
		const withLink = (text: string) => `${text}\n\nLink for the first reply: ${GOOD_EGG_URL}`;
		expect(writeText).toHaveBeenLastCalledWith([withLink(texts[0]), withLink(texts[1]), texts[2]].join("\n\n---\n\n"));
		expect(noticeMessages()).toEqual(["Copied", "Copied", "Copied, but 1 post is too long for X", "Copied, but 1 post is too long for X"]);
	});

	it("shows a notice, never a throw, when the clipboard refuses", async () => {
		loaded = await loadVault();
		mockClipboard(async () => {
			throw new Error("Document is not focused.");
		});
		const modal = await openFor(loaded, GOOD_EGG);
		const unhandled = jest.fn();
		process.on("unhandledRejection", unhandled);
		try {
			clickButton(postsOf(modal)[0], "Copy");
			await modal.settled();
			await new Promise((r) => setTimeout(r, 0));
		} finally {
			process.off("unhandledRejection", unhandled);
		}
		expect(noticeMessages()).toEqual(["Could not copy to the clipboard: Document is not focused."]);
		expect(unhandled).not.toHaveBeenCalled();
	});
});

describe("the selection", () => {
	it("is the only line, checked, cleaned of Markdown markup", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG, { selection: "**Keep the warmth.**\nAdd the ==spine==." });
		const rows = rowsOf(modal);
		expect(rows).toHaveLength(1);
		expect(rows[0].querySelector("textarea")!.value).toBe("Keep the warmth. Add the spine.");
		expect(rows[0].querySelector(".article-desk-snippet-score")!.textContent).toBe("Selection");
		expect(postTexts(modal)).toEqual([fullPost("Keep the warmth. Add the spine.")]);
	});

	it("keeps the selection's paragraphs apart", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG, { selection: "Keep the\nwarmth.\n\n  \n- Add the **spine**.\n\n" });
		expect(rowsOf(modal)[0].querySelector("textarea")!.value).toBe("Keep the warmth.\n\nAdd the spine.");
		const raw = await openFor(loaded, GOOD_EGG, { selection: "```\ncode only\n```" });
		expect(rowsOf(raw)[0].querySelector("textarea")!.value).toBe("``` code only ```");
	});

	it("leaves inline maths out, as it does code, and no mark where it was", async () => {
		loaded = await loadVault();
		const modal = await openFor(loaded, GOOD_EGG, { selection: "Price it as $v = p \\times q$ says.\n\n$E = mc^2$" });
		expect(rowsOf(modal)[0].querySelector("textarea")!.value).toBe("Price it as says.");
		const raw = await openFor(loaded, GOOD_EGG, { selection: "$E = mc^2$" });
		expect(rowsOf(raw)[0].querySelector("textarea")!.value).toBe("$E = mc^2$");
	});
});

it("draws nothing and listens to nothing when closed before the note was read", async () => {
	loaded = await loadVault();
	const before = { ...liveRegistrations };
	const modal = openSnippetsModal(loaded.plugin, fileAt(loaded.app, GOOD_EGG));
	modal.close();
	await modal.settled();
	expect(liveRegistrations).toEqual(before);
	expect(modal.contentEl.childElementCount).toBe(0);
	expect(noticeMessages()).toEqual([]);
});

it("leaves no listener behind when closed", async () => {
	loaded = await loadVault();
	const before = { ...liveRegistrations };
	const modal = await openFor(loaded, GOOD_EGG);
	expect(liveRegistrations.domEvents).toBeGreaterThan(before.domEvents);
	modal.close();
	expect(liveRegistrations).toEqual(before);
	expect(modal.contentEl.childElementCount).toBe(0);
});

describe("in a popout window", () => {
	it("copies, and follows checkboxes and edits, when what it draws belongs to that window", async () => {
		loaded = await loadVault();
		const writeText = mockClipboard(async () => undefined);
		// A frame's window has its own element classes, as a popout window has in Obsidian.
		const frame = document.body.createEl("iframe");
		const popout = frame.contentWindow as Window & typeof globalThis;
		// Obsidian adds its DOM helpers to every window it opens.
		installDomHelpers(popout);
		const main = { activeWindow, activeDocument };
		Object.assign(globalThis, { activeWindow: popout, activeDocument: popout.document });
		try {
			const modal = await openFor(loaded, GOOD_EGG);
			expect(rowsOf(modal)[0] instanceof HTMLElement).toBe(false);
			const lines = expectedKeyLines().map((k) => k.text);
			toggleRow(rowsOf(modal)[0]);
			expect(postTexts(modal)).toEqual([fullPost(lines[1]), fullPost(lines[2])]);
			typeInto(rowsOf(modal)[1], "Kindness is the floor.");
			expect(postTexts(modal)[0]).toBe(fullPost("Kindness is the floor."));
			clickButton(postsOf(modal)[0], "Copy");
			await modal.settled();
			expect(writeText).toHaveBeenLastCalledWith(fullPost("Kindness is the floor."));
		} finally {
			Object.assign(globalThis, main);
			frame.remove();
		}
	});
});
