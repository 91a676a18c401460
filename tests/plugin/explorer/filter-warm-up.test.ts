import * as articleKeys from "../../../src/core/explorer/article-keys";
import ArticleDeskPlugin from "../../../src/main";
import { TreeView } from "../../../src/plugin/explorer/explorer-view";
import { createApp, flushAll, loadPlugin } from "../../obsidian/app-factory";
import type { App } from "../../obsidian/app";
import { ExplorerUi } from "./harness";

/*
 * Once the articles are loaded, the open explorer fills the filter's note table in slices between pauses, so the
 * first keystroke in the filter box finds it made. Each note's haystack is made once, when it is filed: counting the
 * calls shows how far the filling got.
 */

const NOTES = 600;

let app: App;

function vault(): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < NOTES; i++) files[`Notes/n${i}.md`] = `---\ntitle: Note ${i}\ntags: [topic${i % 9}/sub]\n---\nBody ${i}.\n`;
	return files;
}

async function open(): Promise<{ plugin: ArticleDeskPlugin; ui: ExplorerUi; hays: jest.SpyInstance }> {
	app = createApp({ files: vault() });
	const plugin = await loadPlugin(app, ArticleDeskPlugin);
	await flushAll(app);
	await plugin.store.bodiesChecked();
	const hays = jest.spyOn(articleKeys, "haystack");
	jest.useFakeTimers({ doNotFake: ["Date", "nextTick", "setImmediate", "queueMicrotask"] });
	const view = await plugin.activateExplorer();
	return { plugin, ui: new ExplorerUi(view!), hays };
}

afterEach(async () => {
	jest.useRealTimers();
	jest.restoreAllMocks();
	await app.dispose();
});

it("fills the filter's table in slices after a pause, so the first keystroke makes no haystack", async () => {
	const { ui, hays } = await open();
	expect(ui.count()).toBe(`${NOTES} articles`);
	expect(hays).not.toHaveBeenCalled();
	// A clock that moves 10 ms each time it is read: a 16 ms slice is asked to go on once, after 256 notes, then stops at 512.
	let now = 0;
	jest.spyOn(performance, "now").mockImplementation(() => (now += 10));
	jest.advanceTimersByTime(TreeView.warmPauseMs);
	expect(hays).toHaveBeenCalledTimes(512);
	jest.advanceTimersByTime(TreeView.warmPauseMs);
	expect(hays).toHaveBeenCalledTimes(NOTES);
	hays.mockClear();
	ui.filter("note 12");
	expect(hays).not.toHaveBeenCalled();
	expect(ui.count()).toBe("16 matching");
	// Full: later slices find nothing to do, and none is booked until the tree is drawn again.
	jest.advanceTimersByTime(10 * TreeView.warmPauseMs);
	expect(hays).not.toHaveBeenCalled();
});

it("without the pause, the first keystroke makes every note's haystack", async () => {
	const { ui, hays } = await open();
	ui.filter("note 12");
	expect(hays).toHaveBeenCalledTimes(NOTES);
	expect(ui.count()).toBe("16 matching");
});
