import type { App } from "obsidian";
import { TFile } from "./obsidian-api";

/** Whether a file the workspace hands over is a Markdown note: the only files the plugin reads or writes. */
export const isMarkdownFile = (file: unknown): file is TFile => file instanceof TFile && file.extension === "md";

/**
 * A command's `checkCallback` for "this note" commands: offered only while the active file is a note for which `when`
 * holds, and running `run` on it. Every such command shares it, so they all agree on what "this note" is.
 */
export const activeNoteCommand = (app: App, run: (file: TFile) => unknown, when: (file: TFile) => boolean = () => true): (checking: boolean) => boolean =>
	(checking) => {
		const file = app.workspace.getActiveFile();
		if (!isMarkdownFile(file) || !when(file)) return false;
		if (!checking) void run(file);
		return true;
	};
