import type { App, View } from "obsidian";
import { MarkdownView } from "./obsidian-api";

/**
 * The views of the open leaves of `type` that are `kind`: a leaf not shown yet holds a placeholder view. Found
 * through the workspace each time; the plugin never keeps view references.
 */
export function openViews<V extends View>(app: App, type: string, kind: abstract new (...args: never[]) => V): V[] {
	return app.workspace
		.getLeavesOfType(type)
		.map((leaf) => leaf.view)
		.filter((view): view is V => view instanceof kind);
}

/** The open Markdown editors and previews. */
export function markdownViews(app: App): MarkdownView[] {
	return openViews(app, "markdown", MarkdownView);
}
