/**
 * End to end: code written against the real obsidian.d.ts (imports from "obsidian", as the plugin's shell does)
 * type-checks with tsc and runs on the double through jest's module mapping.
 */
import { getAllTags, ItemView, Keymap, Menu, Notice, Plugin, TFile, type WorkspaceLeaf } from "obsidian";
import { createApp, flushAll, loadPlugin, startApp } from "../obsidian/app-factory";
import { lastMenu } from "../obsidian/menu";
import { noticeMessages } from "../obsidian/notice";
import { paneClick } from "../obsidian/user-events";

const VIEW_TYPE = "mini-explorer";

class MiniExplorer extends ItemView {
	getViewType(): string {
		return VIEW_TYPE;
	}

	getDisplayText(): string {
		return "Mini explorer";
	}

	protected override async onOpen(): Promise<void> {
		this.render();
		this.registerEvent(this.app.metadataCache.on("resolved", () => this.render()));
	}

	private render(): void {
		const root = this.containerEl.children[1] as HTMLElement;
		root.empty();
		for (const file of this.app.vault.getMarkdownFiles()) {
			const cache = this.app.metadataCache.getFileCache(file);
			const row = root.createDiv({ cls: "row", text: `${file.basename} ${(cache ? getAllTags(cache) ?? [] : []).join(" ")}` });
			row.addEventListener("click", (evt) => void this.app.workspace.getLeaf(Keymap.isModEvent(evt)).openFile(file));
			row.addEventListener("contextmenu", (evt) => {
				const menu = new Menu();
				menu.addItem((item) => item.setTitle("Announce").onClick(() => new Notice(`Picked ${file.path}`)));
				this.app.workspace.trigger("file-menu", menu, file, VIEW_TYPE);
				menu.showAtMouseEvent(evt);
			});
		}
	}
}

class MiniPlugin extends Plugin {
	override async onload(): Promise<void> {
		this.registerView(VIEW_TYPE, (leaf: WorkspaceLeaf) => new MiniExplorer(leaf));
		this.app.workspace.onLayoutReady(async () => {
			const leaf = this.app.workspace.getRightLeaf(false);
			if (!leaf) return;
			await leaf.setViewState({ type: VIEW_TYPE, active: true });
			await this.app.workspace.revealLeaf(leaf);
		});
	}
}

describe("plugin code typed against obsidian.d.ts", () => {
	it("renders, reacts to the metadata cache, opens files by modifier and shows menus", async () => {
		const app = createApp({ files: { "a.md": "#one" }, layoutReady: false });
		await loadPlugin(app, MiniPlugin);
		await startApp(app);
		const leaf = app.workspace.getLeavesOfType(VIEW_TYPE)[0];
		expect(leaf.view).toBeInstanceOf(MiniExplorer);
		expect(leaf.view.containerEl.findAll(".row").map((r) => r.getText())).toEqual(["a #one"]);

		await app.vault.create("b.md", "#two");
		await flushAll(app);
		const rows = leaf.view.containerEl.findAll(".row");
		expect(rows.map((r) => r.getText())).toEqual(["a #one", "b #two"]);

		rows[1].dispatchEvent(paneClick("split"));
		await flushAll(app);
		const request = app.workspace.leafRequests.at(-1);
		expect(request?.newLeaf).toBe("split");
		expect(app.workspace.getActiveFile()?.path).toBe("b.md");
		expect(app.workspace.getActiveFile()).toBeInstanceOf(TFile);

		const fromOthers: string[] = [];
		app.workspace.on("file-menu", (menu: Menu, file: TFile, source: string) => {
			fromOthers.push(`${file.path}@${source}`);
			menu.addItem((item) => item.setTitle("Core item"));
		});
		rows[0].dispatchEvent(new MouseEvent("contextmenu", { bubbles: true, clientX: 1, clientY: 2 }));
		expect(fromOthers).toEqual([`a.md@${VIEW_TYPE}`]);
		expect(lastMenu()?.titles()).toEqual(["Announce", "Core item"]);
		lastMenu()?.clickItem("Announce");
		expect(noticeMessages()).toContain("Picked a.md");
	});
});
