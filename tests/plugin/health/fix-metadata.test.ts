// Metadata fixes from the explorer's context menu and the commands: previewed, confirmed, written on the note's
// current content with processFrontMatter / vault.process (issue: metadata health).
import { bodyOffset } from "../../../src/core/health/encoding-repair";
import { MarkdownView } from "../../obsidian/file-views";
import { FixModal } from "../../../src/plugin/health/fix-modal";
import { flushAll } from "../../obsidian/app-factory";
import type { TFile } from "../../obsidian/files";
import { lastMenu, resetMenus } from "../../obsidian/menu";
import { openModals } from "../../obsidian/modal";
import { clearNotices, noticeMessages } from "../../obsidian/notice";
import { contextMenuEvent } from "../../obsidian/user-events";
import { BEST_PROSPECTS, BEST_PROSPECTS_REPAIRED } from "../../core/health/best-prospects-repaired";
import { EXAMPLE_VAULT, NOTE, openExplorer, type Explorer } from "../explorer/harness";

const FIX = "article-desk:fix-metadata";
const REPAIR = "article-desk:repair-text-encoding";

let ex: Explorer;

beforeEach(async () => {
	resetMenus();
	clearNotices();
	ex = await openExplorer();
});

afterEach(async () => {
	for (const modal of openModals()) modal.close();
	await ex.app.dispose();
});

const file = (path: string) => ex.app.vault.getFileByPath(path) as TFile;
const text = (path: string) => ex.app.vault.read(file(path));
/** The original body of an example note (everything after its frontmatter), which no metadata fix may touch. */
const bodyOf = (path: string) => EXAMPLE_VAULT[path].slice(bodyOffset(EXAMPLE_VAULT[path]));

function fixModals(): FixModal[] {
	return openModals().filter((m) => m instanceof FixModal);
}

/** What the dialog previews: each fix's description and its `before → after` pairs, as drawn. */
function preview(modal: FixModal): { description: string; diffs: string[] }[] {
	return Array.from(modal.contentEl.querySelectorAll(".article-desk-fix")).map((el) => ({
		description: el.querySelector(".article-desk-fix-description")!.textContent,
		diffs: Array.from(el.querySelectorAll(".article-desk-fix-diff")).map((d) => {
			const line = d.querySelector(".article-desk-fix-line")?.textContent;
			const pair = `${d.querySelector(".article-desk-fix-before")!.textContent} → ${d.querySelector(".article-desk-fix-after")!.textContent}`;
			return line ? `${line}: ${pair}` : pair;
		}),
	}));
}

function button(modal: FixModal, label: string): HTMLButtonElement {
	const found = Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent === label);
	if (!found) throw new Error(`no "${label}" button`);
	return found;
}

/** Right-clicks the note's row inside "Metadata problems" and picks "Fix metadata…". */
async function fixFromMenu(path: string): Promise<FixModal> {
	ex.ui.expand("Metadata problems");
	const row = ex.ui.note(path);
	if (!row) throw new Error(`${path} is not listed`);
	row.querySelector(".tree-item-self")!.dispatchEvent(contextMenuEvent());
	lastMenu()!.clickItem("Fix metadata…");
	await flushAll(ex.app);
	const [modal] = fixModals();
	if (!modal) throw new Error("no dialog opened");
	return modal;
}

async function confirm(modal: FixModal): Promise<void> {
	const apply = Array.from(modal.contentEl.querySelectorAll("button")).find((b) => b.textContent?.startsWith("Apply"))!;
	apply.click();
	await modal.apply();
	await flushAll(ex.app);
}

async function openNote(path: string): Promise<void> {
	await ex.app.workspace.getLeaf(false).openFile(file(path));
	await flushAll(ex.app);
}

describe("Fix metadata… in the explorer's context menu", () => {
	it.each<[string, string, string[], string]>([
		[
			NOTE.listening,
			'Turn the text "sales, mindset" into a list of 2 tags',
			['tags: "sales, mindset" → tags: ["sales", "mindset"]'],
			"---\ntitle: 📄 Listening is a closing skill\npubDate: 2024-04-22\ntags:\n  - sales\n  - mindset\ntype: sfcContent\n---\n",
		],
		[
			NOTE.coach,
			'Rename "tag:" to "tags:", the only key Obsidian reads tags from',
			['tag: "coaching" → tags: "coaching"'],
			"---\ntitle: 📄 Coach the person, not the script\npubDate: 2023-11-06\ntags: coaching\ntype: sfcContent\n---\n",
		],
		[
			NOTE.secondMeeting,
			'Rename "Type:" to "type:", the type property\'s exact spelling',
			['Type: "sfcContent" → type: "sfcContent"'],
			"---\ntitle: 📄 The second meeting matters more\npubDate: 2025-08-25\ntags:\n  - Articles\n  - sales/discovery\ntype: sfcContent\n---\n",
		],
	])("%s: previews the fix, then rewrites the frontmatter and keeps the body byte for byte", async (path, description, diffs, frontmatter) => {
		const modal = await fixFromMenu(path);
		expect(preview(modal)).toEqual([{ description, diffs }]);
		expect(await text(path)).toBe(EXAMPLE_VAULT[path]); // nothing written before Apply
		await confirm(modal);
		expect(await text(path)).toBe(frontmatter + bodyOf(path));
		expect(fixModals()).toHaveLength(0);
		expect(noticeMessages()).toContain(`Fixed 1 problem in ${file(path).basename}.`);
		// Fixed: the note leaves the problems group.
		expect(ex.plugin.store.index.get(path)!.problems).toEqual([]);
	});

	it("repairs a garbled title in place with vault.process, leaving every other byte as it was", async () => {
		const path = NOTE.price;
		const modal = await fixFromMenu(path);
		expect(preview(modal)).toEqual([
			{
				description: "Repair 1 line garbled by a wrong text encoding",
				diffs: ['Line 2: title: "ðŸ“„ Price is never the real objection" → title: "📄 Price is never the real objection"'],
			},
		]);
		await confirm(modal);
		expect(await text(path)).toBe(
			EXAMPLE_VAULT[path].replace('title: "ðŸ“„ Price is never the real objection"', 'title: "📄 Price is never the real objection"'),
		);
		expect(ex.plugin.store.index.get(path)!.problems).toEqual([]);
	});

	it.each([
		[NOTE.askOrder, "a date that does not parse", "Metadata problems"],
		[NOTE.maybe, "invalid YAML", "Metadata problems"],
		[NOTE.referrals, "a numeric tag", "Metadata problems"],
		[NOTE.rejection, "no problem at all", "Articles"],
	])("is not offered for %s (%s): no fix is certain", async (path, _why, group) => {
		ex.ui.expand(group);
		ex.ui.note(path)!.querySelector(".tree-item-self")!.dispatchEvent(contextMenuEvent());
		expect(lastMenu()!.titles()).toContain("Open in new tab");
		expect(lastMenu()!.titles()).not.toContain("Fix metadata…");
	});

	it("is offered on the note's rows in the other groups too", async () => {
		ex.ui.expand("Untagged");
		ex.ui.note(NOTE.listening)!.querySelector(".tree-item-self")!.dispatchEvent(contextMenuEvent());
		expect(lastMenu()!.titles()).toContain("Fix metadata…");
	});

	it("changes nothing when cancelled", async () => {
		const modal = await fixFromMenu(NOTE.listening);
		const writes = jest.spyOn(ex.app.vault, "process");
		button(modal, "Cancel").click();
		await flushAll(ex.app);
		expect(fixModals()).toHaveLength(0);
		expect(writes).not.toHaveBeenCalled();
		expect(await text(NOTE.listening)).toBe(EXAMPLE_VAULT[NOTE.listening]);
	});

	it("keeps an edit made between preview and confirm, and fixes the note as it is now", async () => {
		const path = NOTE.listening;
		const modal = await fixFromMenu(path);
		const edited = EXAMPLE_VAULT[path].replace("tags: sales, mindset\n", "tags: sales, mindset, closing\nstatus: draft\n") + "\nA line written meanwhile.\n";
		await ex.app.vault.modify(file(path), edited);
		await confirm(modal);
		expect(await text(path)).toBe(
			"---\ntitle: 📄 Listening is a closing skill\npubDate: 2024-04-22\ntags:\n  - sales\n  - mindset\n  - closing\nstatus: draft\ntype: sfcContent\n---\n" +
				bodyOf(path) +
				"\nA line written meanwhile.\n",
		);
	});

	it("writes nothing when the problem was fixed by hand meanwhile", async () => {
		const path = NOTE.listening;
		const modal = await fixFromMenu(path);
		const byHand = EXAMPLE_VAULT[path].replace("tags: sales, mindset\n", "tags: [sales, mindset]\n");
		await ex.app.vault.modify(file(path), byHand);
		const modified = jest.fn();
		ex.app.vault.on("modify", modified);
		await confirm(modal);
		expect(modified).not.toHaveBeenCalled();
		expect(await text(path)).toBe(byHand);
		expect(noticeMessages()).toContain("Nothing changed: Listening is a closing skill no longer has these problems.");
	});
});

describe("the Fix metadata of this note command", () => {
	it.each([
		[NOTE.listening, true],
		[NOTE.coach, true],
		[NOTE.secondMeeting, true],
		[NOTE.price, true],
		[BEST_PROSPECTS, true],
		[NOTE.askOrder, false],
		[NOTE.maybe, false],
		[NOTE.rejection, false],
	])("%s: available %s", async (path, available) => {
		expect(ex.app.commands.isAvailable(FIX)).toBe(false); // no note open
		await openNote(path);
		expect(ex.app.commands.isAvailable(FIX)).toBe(available);
	});

	it("opens the confirm dialog for the open note", async () => {
		await openNote(NOTE.secondMeeting);
		expect(ex.app.commands.executeCommandById(FIX)).toBe(true);
		await flushAll(ex.app);
		const [modal] = fixModals();
		expect(modal.titleEl.textContent).toBe("Fix metadata of The second meeting matters more");
		expect(modal.plan.map((f) => f.code)).toEqual(["type-key-case"]);
	});

	it("has the names the review expects and no default hotkeys", () => {
		const commands = [FIX, REPAIR].map((id) => ex.app.commands.commands[id]);
		expect(commands.map((c) => c?.name)).toEqual(["Article Desk: Fix metadata of this note", "Article Desk: Repair text encoding of this note"]);
		expect(commands.every((c) => c?.hotkeys === undefined)).toBe(true);
	});
});

describe("the Repair text encoding of this note command", () => {
	it("previews the changed lines only, then repairs them and nothing else", async () => {
		await openNote(BEST_PROSPECTS);
		expect(ex.app.commands.executeCommandById(REPAIR)).toBe(true);
		await flushAll(ex.app);
		const [modal] = fixModals();
		expect(modal.titleEl.textContent).toBe("Repair text encoding of Why your best prospects say no");
		const [fix] = preview(modal);
		expect(fix.description).toBe(`Repair ${BEST_PROSPECTS_REPAIRED.length} lines garbled by a wrong text encoding`);
		const original = EXAMPLE_VAULT[BEST_PROSPECTS].split("\n");
		expect(fix.diffs).toEqual(BEST_PROSPECTS_REPAIRED.map(([line, after]) => `Line ${line}: ${original[line - 1]} → ${after}`));

		await confirm(modal);
		const expected = original.slice();
		for (const [line, after] of BEST_PROSPECTS_REPAIRED) expected[line - 1] = after;
		expect(await text(BEST_PROSPECTS)).toBe(expected.join("\n"));
		// The body was checked again after the write: the note has no problem left.
		expect(ex.plugin.store.hasBodyMojibake(BEST_PROSPECTS)).toBe(false);
		expect(ex.plugin.store.index.get(BEST_PROSPECTS)!.problems).toEqual([]);
	});

	it("leaves a correct note byte-identical and says there is nothing to repair", async () => {
		await openNote(NOTE.writeItDown);
		const modified = jest.fn();
		ex.app.vault.on("modify", modified);
		expect(ex.app.commands.executeCommandById(REPAIR)).toBe(true);
		await flushAll(ex.app);
		expect(fixModals()).toHaveLength(0);
		expect(noticeMessages()).toContain("No garbled characters found in this note.");
		expect(modified).not.toHaveBeenCalled();
		expect(await text(NOTE.writeItDown)).toBe(EXAMPLE_VAULT[NOTE.writeItDown]);
	});

	it("keeps a paragraph written between preview and confirm", async () => {
		await openNote(BEST_PROSPECTS);
		ex.app.commands.executeCommandById(REPAIR);
		await flushAll(ex.app);
		const [modal] = fixModals();
		const meanwhile = EXAMPLE_VAULT[BEST_PROSPECTS].replace("Make it safe to say yes.", "Make it safe to say yes. Itâ€™s that simple.") + "\nP.S. Written meanwhile.\n";
		await ex.app.vault.modify(file(BEST_PROSPECTS), meanwhile);
		await confirm(modal);
		const expected = EXAMPLE_VAULT[BEST_PROSPECTS].split("\n");
		for (const [line, repaired] of BEST_PROSPECTS_REPAIRED) expected[line - 1] = repaired;
		// The new garbled sentence is repaired too: the repair ran on the text as it was at confirm time.
		const want = expected.join("\n").replace("Make it safe to say yes.", "Make it safe to say yes. It’s that simple.") + "\nP.S. Written meanwhile.\n";
		expect(await text(BEST_PROSPECTS)).toBe(want);
	});

	it("keeps what was typed in the editor just before, not yet saved", async () => {
		await openNote(BEST_PROSPECTS);
		const view = ex.app.workspace.getActiveViewOfType(MarkdownView)!;
		// Typed a moment ago: Obsidian's autosave has not written it yet.
		view.editor.replaceRange("Typed just now.\n", { line: view.editor.lastLine(), ch: 0 });
		expect(await text(BEST_PROSPECTS)).toBe(EXAMPLE_VAULT[BEST_PROSPECTS]);
		ex.app.commands.executeCommandById(REPAIR);
		await flushAll(ex.app);
		await confirm(fixModals()[0]);
		const expected = EXAMPLE_VAULT[BEST_PROSPECTS].split("\n");
		for (const [line, repaired] of BEST_PROSPECTS_REPAIRED) expected[line - 1] = repaired;
		expected.splice(expected.length - 1, 0, "Typed just now.");
		expect(await text(BEST_PROSPECTS)).toBe(expected.join("\n"));
		// The editor shows the repaired note with the typing, and a later autosave writes nothing else.
		expect(view.editor.getValue()).toBe(expected.join("\n"));
		await view.save();
		expect(await text(BEST_PROSPECTS)).toBe(expected.join("\n"));
	});

	it("is offered for any open Markdown note, and for none when no note is open", async () => {
		expect(ex.app.commands.isAvailable(REPAIR)).toBe(false);
		await openNote(NOTE.rejection);
		expect(ex.app.commands.isAvailable(REPAIR)).toBe(true);
	});
});
