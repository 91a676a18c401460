import type { App } from "../obsidian/app";
import { createApp, flushAll } from "../obsidian/app-factory";
import { MarkdownView } from "../obsidian/file-views";
import type { TFile } from "../obsidian/files";
import { ItemView } from "../obsidian/views";
import type { WorkspaceLeaf } from "../obsidian/workspace-leaf";

const TEST_VIEW = "test-view";

/** A view that logs its lifecycle, to check the order the workspace drives it in. */
class LoggingView extends ItemView {
	static log: string[] = [];

	getViewType(): string {
		return TEST_VIEW;
	}

	getDisplayText(): string {
		return "Logging view";
	}

	override onload(): void {
		LoggingView.log.push("onload");
	}

	protected override async onOpen(): Promise<void> {
		LoggingView.log.push(`onOpen attached=${this.containerEl.isConnected}`);
		this.contentEl.createDiv({ text: "hello" });
	}

	protected override async onClose(): Promise<void> {
		LoggingView.log.push("onClose");
	}

	override onunload(): void {
		LoggingView.log.push("onunload");
	}
}

function appWithView(files: Record<string, string> = {}): App {
	const app = createApp({ files });
	app.viewRegistry.registerView(TEST_VIEW, (leaf) => new LoggingView(leaf));
	LoggingView.log = [];
	return app;
}

describe("onLayoutReady", () => {
	it("queues callbacks until triggerLayoutReady, then runs new ones at once", () => {
		const app = createApp({ layoutReady: false });
		const log: string[] = [];
		app.workspace.onLayoutReady(() => log.push("first"));
		app.workspace.onLayoutReady(() => log.push("second"));
		expect(log).toEqual([]);
		expect(app.workspace.layoutReady).toBe(false);
		app.workspace.triggerLayoutReady();
		expect(log).toEqual(["first", "second"]);
		app.workspace.onLayoutReady(() => log.push("late"));
		expect(log).toEqual(["first", "second", "late"]);
		expect(app.workspace.layoutReady).toBe(true);
	});
});

describe("getLeaf", () => {
	it.each([
		[undefined, false, "main"],
		[false, false, "main"],
		[true, "tab", "main"],
		["tab", "tab", "main"],
		["split", "split", "main"],
		["window", "window", "window"],
	] as const)("getLeaf(%j) records the request and creates a leaf opened as %j in %s", (arg, openedAs, location) => {
		const app = createApp();
		const leaf = app.workspace.getLeaf(arg);
		expect(leaf.openedAs).toBe(openedAs);
		expect(leaf.location).toBe(location);
		expect(app.workspace.leafRequests).toEqual([{ newLeaf: arg, leaf }]);
	});

	it("getLeaf(false) reuses the active main leaf unless it is pinned", async () => {
		const app = createApp({ files: { "a.md": "" } });
		const first = app.workspace.getLeaf(false);
		await first.openFile(app.vault.getFileByPath("a.md") as TFile);
		expect(app.workspace.getLeaf(false)).toBe(first);
		first.setPinned(true);
		expect(app.workspace.getLeaf(false)).not.toBe(first);
		expect(app.workspace.getLeaf(true)).not.toBe(first);
	});
});

describe("views in leaves", () => {
	it("constructs the registered view, loads it, then awaits onOpen with the view attached", async () => {
		const app = appWithView();
		const leaf = app.workspace.getRightLeaf(false) as WorkspaceLeaf;
		await leaf.setViewState({ type: TEST_VIEW, active: true });
		expect(leaf.view).toBeInstanceOf(LoggingView);
		expect(LoggingView.log).toEqual(["onload", "onOpen attached=true"]);
		const view = leaf.view as LoggingView;
		expect(view.containerEl.children[1]).toBe(view.contentEl);
		expect(view.contentEl.getText()).toBe("hello");
		expect(leaf.getDisplayText()).toBe("Logging view");
		expect(leaf.getViewState()).toEqual({ type: TEST_VIEW, state: {}, active: true, pinned: false });
		expect(app.workspace.getLeavesOfType(TEST_VIEW)).toEqual([leaf]);
	});

	it("detach calls onClose, then unloads, and removes the leaf", async () => {
		const app = appWithView();
		const leaf = app.workspace.getRightLeaf(false) as WorkspaceLeaf;
		await leaf.setViewState({ type: TEST_VIEW });
		LoggingView.log = [];
		app.workspace.detachLeavesOfType(TEST_VIEW);
		await flushAll(app);
		expect(LoggingView.log).toEqual(["onClose", "onunload"]);
		expect(app.workspace.getLeavesOfType(TEST_VIEW)).toEqual([]);
		expect(leaf.view.containerEl.isConnected).toBe(false);
	});

	it("a deferred leaf holds a placeholder until revealLeaf loads the real view", async () => {
		const app = appWithView();
		const leaf = await app.workspace.addDeferredLeaf(TEST_VIEW, { some: "state" });
		expect(app.workspace.getLeavesOfType(TEST_VIEW)).toEqual([leaf]);
		expect(leaf.isDeferred).toBe(true);
		expect(leaf.view).not.toBeInstanceOf(LoggingView);
		await app.workspace.revealLeaf(leaf);
		expect(leaf.isDeferred).toBe(false);
		expect(leaf.view).toBeInstanceOf(LoggingView);
		expect(app.workspace.rightSplit.collapsed).toBe(false);
		expect(app.workspace.revealedLeaves).toEqual([leaf]);
	});
});

describe("files in leaves", () => {
	it("openFile shows the note in a MarkdownView, activates the leaf and fires file-open once", async () => {
		const app = createApp({ files: { "a.md": "Hello" } });
		const file = app.vault.getFileByPath("a.md") as TFile;
		const opened: (string | null)[] = [];
		app.workspace.on("file-open", (f: TFile | null) => opened.push(f?.path ?? null));
		const leaf = app.workspace.getLeaf("tab");
		await leaf.openFile(file);
		const view = app.workspace.getActiveViewOfType(MarkdownView);
		expect(view?.file).toBe(file);
		expect(view?.editor.getValue()).toBe("Hello");
		expect(app.workspace.activeLeaf).toBe(leaf);
		expect(app.workspace.getActiveFile()).toBe(file);
		expect(opened).toEqual(["a.md"]);
		expect(leaf.getDisplayText()).toBe("a");
	});

	it("focusing a sidebar view keeps the last note as the active file", async () => {
		const app = appWithView({ "a.md": "" });
		const file = app.vault.getFileByPath("a.md") as TFile;
		await app.workspace.getLeaf(false).openFile(file);
		const side = app.workspace.getRightLeaf(false) as WorkspaceLeaf;
		await side.setViewState({ type: TEST_VIEW, active: true });
		expect(app.workspace.activeLeaf).toBe(side);
		expect(app.workspace.getActiveViewOfType(MarkdownView)).toBeNull();
		expect(app.workspace.getActiveFile()).toBe(file);
	});

	it("renaming an open note updates its view title without reopening it", async () => {
		const app = createApp({ files: { "a.md": "" } });
		const file = app.vault.getFileByPath("a.md") as TFile;
		const leaf = app.workspace.getLeaf(false);
		await leaf.openFile(file);
		const opened: unknown[] = [];
		app.workspace.on("file-open", (f: unknown) => opened.push(f));
		await app.vault.rename(file, "b.md");
		await flushAll(app);
		expect((leaf.view as MarkdownView).titleEl.getText()).toBe("b");
		expect(opened).toEqual([]);
	});

	it("editing through the editor fires editor-change and save() writes the note", async () => {
		const app = createApp({ files: { "a.md": "one" } });
		const file = app.vault.getFileByPath("a.md") as TFile;
		await app.workspace.getLeaf(false).openFile(file);
		const view = app.workspace.getActiveViewOfType(MarkdownView) as MarkdownView;
		const changes: unknown[] = [];
		app.workspace.on("editor-change", (editor: unknown) => changes.push(editor));
		view.editor.replaceRange(" two", { line: 0, ch: 3 });
		expect(changes).toEqual([view.editor]);
		await view.save();
		expect(await app.vault.read(file)).toBe("one two");
	});

	it("active-leaf-change fires with the new leaf", async () => {
		const app = createApp();
		const seen: unknown[] = [];
		app.workspace.on("active-leaf-change", (leaf: unknown) => seen.push(leaf));
		const a = app.workspace.getLeaf(true);
		const b = app.workspace.getLeaf(true);
		app.workspace.setActiveLeaf(a);
		app.workspace.setActiveLeaf(a);
		app.workspace.setActiveLeaf(b);
		expect(seen).toEqual([a, b]);
	});
});
