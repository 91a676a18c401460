/**
 * Types shared by the plugin, workspace and command parts of the double, typed against the double's own classes
 * (the real d.ts types reference the full app, which the double models only in part).
 */
import type { Editor } from "./editor";
import type { MarkdownView } from "./file-views";
import type { View } from "./views";
import type { WorkspaceLeaf } from "./workspace-leaf";

/** Builds a plugin's view for a leaf; what `registerView` stores. */
export type ViewCreator = (leaf: WorkspaceLeaf) => View;

/** A command as Obsidian stores it after `addCommand` (id and name prefixed with the plugin's). */
export interface Command {
	id: string;
	name: string;
	icon?: string;
	mobileOnly?: boolean;
	repeatable?: boolean;
	callback?: () => unknown;
	checkCallback?: (checking: boolean) => boolean | void;
	editorCallback?: (editor: Editor, ctx: MarkdownView) => unknown;
	editorCheckCallback?: (checking: boolean, editor: Editor, ctx: MarkdownView) => boolean | void;
	hotkeys?: { modifiers: string[]; key: string }[];
}
