import { TFile } from "obsidian";

/** Whether a file the workspace hands over is a Markdown note: the only files the plugin reads or writes. */
export function isMarkdownFile(file: unknown): file is TFile {
	return file instanceof TFile && file.extension === "md";
}
