/**
 * The browser demo's entry: builds the Obsidian double's App over the example vault (or a generated one with
 * `?generate=N`), shows it as Obsidian's workspace, loads the built main.js into it, and opens the article explorer.
 * Query flags: `generate=N`, `theme=dark`, `explorer=closed` (start without the explorer), `open=<vault path>`.
 */
import exampleVault from "virtual:example-vault";

import type { App } from "../tests/obsidian/app";
import { createApp } from "../tests/obsidian/app-factory";
import { installDomHelpers } from "../tests/obsidian/dom";
import { CommandPalette } from "./command-palette";
import { installUiBehaviour } from "./double-behaviour";
import { generateVault } from "./generated-vault";
import { drawIconsAsTheyAppear } from "./icons";
import { loadBuiltPlugin } from "./plugin-loader";
import { WebMarkdownView, reconfigureEditors } from "./web-markdown-view";
import { mountWorkspace, setTheme } from "./workspace-shell";

/**
 * The mtime of every note as the page loads it: the same on each load, as a real vault's files keep theirs between
 * starts, so the plugin's kept body checks (IndexedDB) apply after a reload. Edits made in the page get the time
 * they were made.
 */
const LOADED_MTIME = Date.UTC(2026, 0, 1);

/** Largest vault the `generate` flag builds (a typo should not freeze the tab). */
const MAX_GENERATED = 200000;

/** What the page exposes for the end-to-end tests and for poking at in the console. */
export interface DemoHandle {
	app: App;
	plugin: unknown;
	palette: CommandPalette;
	setDark(dark: boolean): void;
}

declare global {
	interface Window {
		articleDesk?: DemoHandle;
	}
}

function vaultFor(params: URLSearchParams): { files: Record<string, string>; name: string } {
	const generate = Math.min(Math.floor(Number(params.get("generate") ?? 0)), MAX_GENERATED);
	if (generate > 0) return { files: generateVault(generate), name: `Generated vault (${generate} notes)` };
	return { files: exampleVault, name: "Example vault (examples/vault)" };
}

function wireTitleBar(app: App, palette: CommandPalette): void {
	document.querySelector(".demo-palette-button")?.addEventListener("click", () => palette.open());
	document.querySelector(".demo-theme-button")?.addEventListener("click", () => setTheme(app, !app.isDarkMode()));
	document.addEventListener("keydown", (evt) => {
		if ((evt.ctrlKey || evt.metaKey) && !evt.altKey && evt.key.toLowerCase() === "p") {
			evt.preventDefault();
			palette.open();
		}
	});
}

async function start(): Promise<void> {
	installDomHelpers(window);
	drawIconsAsTheyAppear(document.body);
	const params = new URLSearchParams(window.location.search);
	const vault = vaultFor(params);
	const nameEl = document.querySelector(".demo-vault-name");
	if (nameEl) nameEl.textContent = vault.name;

	const app = createApp({ files: vault.files, now: LOADED_MTIME });
	app.vault.clock = () => Date.now();
	app.viewRegistry.unregisterView("markdown");
	app.viewRegistry.registerView("markdown", (leaf) => new WebMarkdownView(leaf));
	installUiBehaviour(app);
	setTheme(app, params.get("theme") === "dark");
	mountWorkspace(app);
	// `?sidebar=280` narrows the right sidebar, as a user dragging its edge would (default 380 px)
	const sidebar = Number(params.get("sidebar"));
	if (sidebar > 0) app.workspace.rightSplit.containerEl.setCssProps({ width: `${sidebar}px` });
	const palette = new CommandPalette(app);
	wireTitleBar(app, palette);

	const plugin = await loadBuiltPlugin(app);
	reconfigureEditors(app);
	const open = params.get("open");
	const file = open ? app.vault.getFileByPath(open) : null;
	if (file) await app.workspace.getLeaf(false).openFile(file);
	if (params.get("explorer") !== "closed") app.commands.executeCommandById("article-desk:open-explorer");
	window.articleDesk = { app, plugin, palette, setDark: (dark) => setTheme(app, dark) };
	document.body.setAttr("data-ready", "true");
}

start().catch((error: unknown) => {
	const message = error instanceof Error ? error.message : String(error);
	console.error("Article Desk demo failed to start", error);
	document.body.createDiv({ cls: "demo-error", text: `The demo could not start: ${message}` });
	document.body.setAttr("data-error", message);
});
