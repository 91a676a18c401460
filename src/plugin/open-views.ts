import type { App, View } from "obsidian";
import { MarkdownView } from "./obsidian-api";

/**
 * The views of the open leaves of `type` that are `kind`: a leaf not shown yet holds a placeholder view. Found
 * through the workspace each time; the plugin never keeps view references.
 */
export const openViews = <V extends View>(app: App, type: string, kind: abstract new (...args: never[]) => V): V[] =>
	app.workspace
		.getLeavesOfType(type)
		.map((leaf) => leaf.view)
		.filter((view): view is V => view instanceof kind);

/** The open Markdown editors and previews. */
export const markdownViews = (app: App): MarkdownView[] => openViews(app, "markdown", MarkdownView);
