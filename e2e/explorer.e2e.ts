/**
 * The article explorer in a real browser over the example vault: opening it, every grouping mode (checked against
 * the CLI, which builds its tree with the same model), expanding, filtering, opening notes (click, Mod-click, the
 * context menu) and keyboard navigation. Also writes the explorer screenshots, light and dark.
 */
import { describe, expect, it, jest } from "@jest/globals";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { type CliGroup, ROOT, activeNote, cliJson, explorerRows, pagePerTest, rowByLabel, runCommand, screenshot } from "./harness";

// A browser step takes seconds, not milliseconds; this also holds when run beside the unit tests (--projects).
jest.setTimeout(60000);

const MODES: [string, string][] = [
	["tag", "Tag"],
	["type", "Type"],
	["type-tag", "Type → tag"],
	["tag-type", "Tag → type"],
	["date", "Publication date"],
];

const tree = (mode: string) => cliJson<{ notes: number; groups: CliGroup[] }>(["explore", "examples/vault", "--group", mode]);

const currentPage = pagePerTest("?explorer=closed");

async function openExplorer(): Promise<void> {
	await currentPage().click('.side-dock-ribbon-action[aria-label="Open article explorer"]');
	await currentPage().locator(".article-desk-explorer .article-desk-row").first().waitFor();
}

describe("article explorer in Chromium", () => {
	it("opens from the ribbon in the right sidebar, listing every article", async () => {
		const page = currentPage();
		expect(await page.locator(".article-desk-explorer").count()).toBe(0);
		await openExplorer();
		expect(await page.locator(".mod-right-split .article-desk-explorer").isVisible()).toBe(true);
		const expected = tree("tag");
		await expect(page.locator(".article-desk-count").textContent()).resolves.toBe(`${expected.notes} articles`);
		// The scroller has a real height, so the virtual list is sized by layout, not by the no-layout fallback.
		const box = await page.locator(".article-desk-scroller").boundingBox();
		expect(box?.height).toBeGreaterThan(400);
	});

	it.each(MODES)("groups by %s with the same top-level groups and counts as the CLI", async (mode, label) => {
		const page = currentPage();
		await openExplorer();
		await page.selectOption("select.article-desk-mode", { label });
		await page.waitForFunction((m) => (document.querySelector("select.article-desk-mode") as HTMLSelectElement).value === m, mode);
		const top = (await explorerRows(page)).filter((r) => r.level === 1);
		// The view may lead with its own "Metadata problems" to-do group, which the CLI's tree does not have.
		const rows = top[0]?.label === "Metadata problems" ? top.slice(1) : top;
		expect(rows.some((r) => r.label === "Metadata problems")).toBe(false);
		const expected = tree(mode).groups.map((g) => ({ label: g.label, count: g.count }));
		expect(rows.map((r) => ({ label: r.label, count: r.count }))).toEqual(expected);
		expect(rows.every((r) => r.kind === "group" && r.expanded === false)).toBe(true);
	});

	it("expands a nested tag into its sub-tags and notes, and collapses it again", async () => {
		const page = currentPage();
		await openExplorer();
		const mindset = tree("tag").groups.find((g) => g.label === "mindset");
		if (!mindset) throw new Error("the example vault has no mindset tag");
		await rowByLabel(page, "mindset").click();
		const rows = await explorerRows(page);
		const at = rows.findIndex((r) => r.label === "mindset");
		expect(rows[at].expanded).toBe(true);
		const inside = rows.slice(at + 1).filter((_, i, all) => all.slice(0, i + 1).every((r) => r.level > 1));
		const expectedChildren = mindset.children.map((c) => ({ kind: "group", label: c.label, count: c.count }));
		const expectedNotes = mindset.notes.map((n) => ({ kind: "note", label: n.title, count: null }));
		expect(inside.map((r) => ({ kind: r.kind, label: r.label, count: r.count }))).toEqual([...expectedChildren, ...expectedNotes]);
		// assistive technology is told each row's place among its siblings: the sub-tags, then the notes
		expect(inside.map((r) => r.set)).toEqual(inside.map((_r, i) => [i + 1, inside.length]));
		const top = rows.filter((r) => r.level === 1);
		expect(top.map((r) => r.set)).toEqual(top.map((_r, i) => [i + 1, top.length]));
		await rowByLabel(page, "mindset").click();
		expect((await explorerRows(page)).filter((r) => r.level > 1)).toEqual([]);
	});

	it("filters by tag, says when nothing matches, and clears", async () => {
		const page = currentPage();
		await openExplorer();
		const filter = page.locator(".article-desk-filter input");
		await filter.fill("#mindset");
		await expect(page.locator(".article-desk-count").textContent()).resolves.toBe("3 matching");
		await page.click('.clickable-icon[aria-label="Expand all"]');
		const notePaths = new Set((await explorerRows(page)).filter((r) => r.kind === "note").map((r) => r.path));
		const mindset = tree("tag").groups.find((g) => g.label === "mindset");
		expect([...notePaths].sort()).toEqual(mindset?.notes.map((n) => n.path).sort());

		await filter.fill("zzz-no-such-words");
		await expect(page.locator(".article-desk-message").textContent()).resolves.toContain("No articles match the filter.");
		expect(await page.locator(".article-desk-row").count()).toBe(0);
		await page.click('.article-desk-message button:has-text("Clear filter")');
		await expect(filter.inputValue()).resolves.toBe("");
		expect(await page.locator(".article-desk-message").isVisible()).toBe(false);
		await expect(page.locator(".article-desk-count").textContent()).resolves.toBe("20 articles");
	});

	it("opens a clicked note in the centre editor, and a Mod-clicked one in a new tab", async () => {
		const page = currentPage();
		await openExplorer();
		await rowByLabel(page, "mindset").click();
		const notes = (await explorerRows(page)).filter((r) => r.kind === "note");
		const [first, second] = notes;
		await page.locator(`.article-desk-row[data-index="${first.index}"]`).click();
		await page.waitForFunction(() => document.querySelectorAll(".workspace-tab-header").length === 1);
		const opened = await activeNote(page);
		const firstText = readFileSync(join(ROOT, "examples/vault", first.path ?? ""), "utf8");
		expect(opened.active).toBe(first.path?.split("/").pop()?.replace(/\.md$/, ""));
		expect(firstText.startsWith(opened.text.split("\n").slice(0, 5).join("\n"))).toBe(true);
		expect(await page.locator(".workspace-leaf.mod-active .cm-editor").isVisible()).toBe(true);

		await page.locator(`.article-desk-row[data-index="${second.index}"]`).click({ modifiers: ["Control"] });
		await page.waitForFunction(() => document.querySelectorAll(".workspace-tab-header").length === 2);
		const after = await activeNote(page);
		expect(after.active).toBe(second.path?.split("/").pop()?.replace(/\.md$/, ""));
		expect(after.tabs).toEqual([opened.active, after.active]);
	});

	it("shows the context menu at the pointer, with the plugin's items, and acts on a choice", async () => {
		const page = currentPage();
		await openExplorer();
		await rowByLabel(page, "mindset").click();
		const note = (await explorerRows(page)).find((r) => r.kind === "note");
		const row = page.locator(`.article-desk-row[data-index="${note?.index}"]`);
		const box = await row.boundingBox();
		if (!box) throw new Error("note row not laid out");
		await row.click({ button: "right", position: { x: 20, y: 10 } });
		const menu = page.locator(".menu");
		await menu.waitFor();
		const titles = await menu.locator(".menu-item-title").allTextContents();
		expect(titles).toEqual(expect.arrayContaining(["Open in new tab", "Open to the right", "Make social snippets"]));
		const menuBox = await menu.boundingBox();
		expect(menuBox).not.toBeNull();
		// Kept inside the window: near the pointer, shifted left when it would overflow the right edge.
		expect((menuBox?.x ?? 0) + (menuBox?.width ?? 0)).toBeLessThanOrEqual(1280);
		expect(Math.abs((menuBox?.y ?? 0) - (box.y + 10))).toBeLessThanOrEqual(2);
		await page.keyboard.press("Escape");
		await menu.waitFor({ state: "detached" });

		await row.click({ button: "right" });
		await page.click('.menu-item:has-text("Open in new tab")');
		await page.waitForFunction(() => document.querySelectorAll(".workspace-tab-header").length === 1);
		expect((await activeNote(page)).active).toBe(note?.path?.split("/").pop()?.replace(/\.md$/, ""));
	});

	it("opens the selected note's menu from the keyboard (Shift+F10, the menu key), below its row", async () => {
		const page = currentPage();
		await openExplorer();
		await rowByLabel(page, "mindset").click();
		const note = (await explorerRows(page)).find((r) => r.kind === "note");
		await page.locator(".article-desk-scroller").focus();
		await page.keyboard.press("Home");
		for (let i = 0; i < (note?.index ?? 0); i++) await page.keyboard.press("ArrowDown");
		expect((await explorerRows(page)).find((r) => r.selected)?.path).toBe(note?.path);
		const rowBox = await page.locator(`.article-desk-row[data-index="${note?.index}"] > .tree-item-self`).boundingBox();
		const menu = page.locator(".menu");
		for (const key of ["Shift+F10", "ContextMenu"]) {
			await page.keyboard.press(key);
			await menu.waitFor();
			expect(await menu.locator(".menu-item-title").allTextContents()).toEqual(expect.arrayContaining(["Open to the right", "Make social snippets"]));
			const menuBox = await menu.boundingBox();
			expect(Math.abs((menuBox?.y ?? 0) - ((rowBox?.y ?? 0) + (rowBox?.height ?? 0)))).toBeLessThanOrEqual(2);
			await page.keyboard.press("Escape");
			await menu.waitFor({ state: "detached" });
		}
	});

	it("opens every group that holds one of a few filter matches, and closes them again when the filter is cleared", async () => {
		const page = currentPage();
		await openExplorer();
		const filter = page.locator(".article-desk-filter input");
		await filter.fill("price");
		await expect(page.locator(".article-desk-count").textContent()).resolves.toBe("2 matching");
		const rows = await explorerRows(page);
		expect(rows.filter((r) => r.kind === "group").every((r) => r.expanded)).toBe(true);
		expect(new Set(rows.filter((r) => r.kind === "note").map((r) => r.path))).toEqual(
			new Set(["Articles/Price is never the real objection.md", "Articles/Stop apologising for your price.md"]),
		);
		await filter.fill("");
		const after = await explorerRows(page);
		expect(after.some((r) => r.kind === "note")).toBe(false);
	});

	it("moves the selection with the keyboard, expands with →, collapses with ←, and opens with Enter", async () => {
		const page = currentPage();
		await openExplorer();
		const scroller = page.locator(".article-desk-scroller");
		await scroller.focus();
		const selected = async () => (await explorerRows(page)).find((r) => r.selected);
		await page.keyboard.press("ArrowDown");
		expect((await selected())?.index).toBe(0);
		await page.keyboard.press("ArrowDown");
		await page.keyboard.press("ArrowDown");
		const third = await selected();
		expect(third?.index).toBe(2);
		expect(await scroller.getAttribute("aria-activedescendant")).toBe("article-desk-row-2");
		await page.keyboard.press("ArrowUp");
		expect((await selected())?.index).toBe(1);

		await page.keyboard.press("ArrowRight");
		const expanded = await selected();
		expect(expanded?.expanded).toBe(true);
		await page.keyboard.press("ArrowRight");
		const child = await selected();
		expect(child?.index).toBe(2);
		expect(child?.level).toBe(2);
		await page.keyboard.press("ArrowLeft");
		expect((await selected())?.index).toBe(1);
		await page.keyboard.press("ArrowLeft");
		expect((await selected())?.expanded).toBe(false);

		// Down into the first group's notes, then Enter opens the selected note.
		await page.keyboard.press("Home");
		await page.keyboard.press("ArrowRight");
		let row = await selected();
		while (row && row.kind !== "note") {
			await page.keyboard.press("ArrowDown");
			row = await selected();
		}
		await page.keyboard.press("Enter");
		await page.waitForFunction(() => document.querySelectorAll(".workspace-tab-header").length === 1);
		expect((await activeNote(page)).active).toBe(row?.path?.split("/").pop()?.replace(/\.md$/, ""));
	});

	it.each([["light"], ["dark"]])("renders readably in the %s theme (screenshot)", async (theme) => {
		const page = currentPage();
		if (theme === "dark") await page.click(".demo-theme-button");
		await page.click('.demo-note-list .nav-file-title:has-text("Price is never the real objection")');
		await openExplorer();
		await page.selectOption("select.article-desk-mode", { label: "Type → tag" });
		await runCommand(page, "Reveal active note in article explorer");
		const revealed = (await explorerRows(page)).find((r) => r.selected);
		expect(revealed?.path).toBe("Articles/Price is never the real objection.md");
		await page.mouse.move(600, 400);
		// The theme's colours reach the plugin's rows: text and background differ enough to read.
		const colours = await page.evaluate(() => {
			const row = document.querySelector(".article-desk-row .tree-item-inner") as HTMLElement;
			const pane = document.querySelector(".mod-right-split") as HTMLElement;
			return { text: getComputedStyle(row).color, background: getComputedStyle(pane).backgroundColor, dark: document.body.classList.contains("theme-dark") };
		});
		expect(colours.dark).toBe(theme === "dark");
		const luminance = (css: string) => {
			const [r, g, b] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
			return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
		};
		expect(Math.abs(luminance(colours.text) - luminance(colours.background))).toBeGreaterThan(0.4);
		await screenshot(page, `explorer-${theme}.png`);
	});
});
