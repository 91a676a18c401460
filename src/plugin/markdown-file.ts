import type { App, CachedMetadata, FrontMatterCache } from "obsidian";
import { TFile } from "./obsidian-api";

/** Whether a file the workspace hands over is a Markdown note: the only files the plugin reads or writes. */
export const isMarkdownFile = (file: unknown): file is TFile => file instanceof TFile && file.extension === "md";

/** The file at a vault path, or null when there is none. */
export const fileByPath = (app: App, path: string): TFile | null => app.vault.getFileByPath(path);

/** What the metadata cache holds for a note now; null until Obsidian has read it. */
export const fileCache = (app: App, file: TFile): CachedMetadata | null => app.metadataCache.getFileCache(file);

/** A note's properties as the metadata cache holds them; null when it has none (or is not read yet). */
export const frontmatterOf = (app: App, file: TFile): FrontMatterCache | null => fileCache(app, file)?.frontmatter ?? null;

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
