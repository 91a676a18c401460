/**
 * The hostile corpus in the explorer, with the plugin on the test double: nothing throws, every note is listed in
 * every grouping mode, and titles, tags and types are drawn as text, never as markup.
 */
import ArticleDeskPlugin from "../../src/main";
import type { Row } from "../../src/core/explorer";
import { GROUP_MODES, type GroupMode } from "../../src/core/settings";
import { TreeView } from "../../src/plugin/explorer/explorer-view";
import type { App } from "../obsidian/app";
import { createApp, flushAll, loadPlugin } from "../obsidian/app-factory";
import { listenerErrors } from "../obsidian/events";
import { ExplorerUi } from "../plugin/explorer/harness";
import { EXPECTED_TITLES, hostileTexts } from "./hostile-corpus";

const ROW_HEIGHT = TreeView.rowHeight;

const TEXTS = hostileTexts();
const PATHS = Object.keys(TEXTS).sort();

let app: App;
let plugin: ArticleDeskPlugin;
let ui: ExplorerUi;
const errors: unknown[] = [];

beforeAll(async () => {
	jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => void errors.push(args));
	listenerErrors.splice(0);
	app = createApp({ files: TEXTS, indexed: false });
	plugin = await loadPlugin(app, ArticleDeskPlugin);
	await flushAll(app);
	const view = await plugin.activateExplorer();
	if (!view) throw new Error("the explorer did not open");
	await flushAll(app);
	ui = new ExplorerUi(view);
});

afterAll(async () => {
	await app.dispose();
	jest.restoreAllMocks();
});

const notePaths = (rows: readonly Row[]) => new Set(rows.flatMap((r) => (r.type === "note" ? [r.path] : [])));

/** Switches the grouping, opens every group with the header's "Expand all", and returns the rows. */
async function expandAllIn(mode: GroupMode): Promise<readonly Row[]> {
	await plugin.updateSettings({ groupMode: mode });
	ui.headerButton("Expand all").click();
	await flushAll(app);
	return ui.view.visibleRows;
}

it("has a corpus of at least 40 committed notes plus the generated giants", () => {
	expect(PATHS.filter((p) => !p.startsWith("generated/")).length).toBeGreaterThanOrEqual(40);
	expect(TEXTS["generated/five-megabytes.md"].length).toBeGreaterThan(5_000_000);
	expect(Math.max(...TEXTS["generated/long-line.md"].split("\n").map((l) => l.length))).toBeGreaterThanOrEqual(100_000);
});

it("indexes every hostile note without an error anywhere", () => {
	expect(plugin.store.ready).toBe(true);
	expect(plugin.store.index.size).toBe(PATHS.length);
	for (const path of PATHS) expect(plugin.store.index.get(path)?.path).toBe(path);
	expect(listenerErrors).toEqual([]);
	expect(errors).toEqual([]);
});

it.each(GROUP_MODES.map((m) => [m]))("lists every note after Expand all when grouped by %s", async (mode) => {
	const rows = await expandAllIn(mode);
	const listed = notePaths(rows);
	expect(PATHS.filter((p) => !listed.has(p))).toEqual([]);
	expect(ui.count()).toBe(`${PATHS.length} articles`);
	expect(listenerErrors).toEqual([]);
});

describe("drawn in a viewport tall enough for every row (grouped by date, one row per note)", () => {
	beforeAll(async () => {
		const rows = await expandAllIn("date");
		ui.setViewportHeight((rows.length + 20) * ROW_HEIGHT);
		ui.scrollTo(0);
	});

	it("draws a row for every note, showing the same title as the index", () => {
		const missing = PATHS.filter((p) => ui.note(p) === null);
		expect(missing).toEqual([]);
		for (const path of PATHS) expect(ui.titleOf(path)).toBe(plugin.store.index.get(path)!.title);
	});

	it.each(Object.entries(EXPECTED_TITLES))("shows %s with the literal title %j", (path, title) => {
		expect(ui.titleOf(path)).toBe(title);
	});

	it("creates no element from markup in a title, tag, type or file name", () => {
		const root = ui.root;
		for (const tag of ["script", "img", "iframe", "b", "a"]) expect(document.querySelectorAll(tag)).toHaveLength(0);
		const handlers = Array.from(root.querySelectorAll("*")).flatMap((el) => el.getAttributeNames().filter((n) => n.startsWith("on")));
		expect(handlers).toEqual([]);
		const html = ui.note("html-title.md")!;
		expect(html.querySelector(".tree-item-inner")!.childElementCount).toBe(0);
	});

	it("shows markup in a type as a group label made of text", async () => {
		await expandAllIn("type");
		ui.setViewportHeight(10_000 * ROW_HEIGHT);
		ui.scrollTo(0);
		expect(ui.groupsAt(0)).toContainEqual(["<iframe src=javascript:alert(3)>", 1]);
		expect(document.querySelectorAll("script, img, iframe")).toHaveLength(0);
	});

	it.each<[string, string]>([
		["a tag with lone surrogates", "x\uD800y"],
		["a Hebrew tag", "עברית"],
		["an emoji tag", "🔥"],
	])("shows %s literally as a group label", async (_name, tag) => {
		ui.setViewportHeight(600);
		await plugin.updateSettings({ groupMode: "tag" });
		ui.filter(`#${tag}`);
		ui.headerButton("Expand all").click();
		ui.setViewportHeight(10_000 * ROW_HEIGHT);
		ui.scrollTo(0);
		expect(ui.groupsAt(0).map(([label]) => label)).toContain(tag);
		ui.setViewportHeight(600);
		ui.filter("");
	});
});
