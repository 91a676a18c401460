/**
 * The snippets feature's entry points: the commands, the file-menu item and the editor's key-line highlights, all
 * registered on the plugin so they end with it.
 */
import type { MarkdownView } from "obsidian";
import { Notice, TFile } from "../obsidian-api";
import type { EditorView } from "@codemirror/view";

import { activeNoteCommand, isMarkdownFile } from "../markdown-file";
import { markdownViews } from "../open-views";
import { keyLineHighlightExtension, refreshEditor } from "./key-line-highlighter";
import { articleFor, rankedKeyLines } from "./snippet-source";
import type { SnippetsHost } from "./snippets-host";
import { SnippetsModal, type SnippetsModalOptions } from "./snippets-modal";

/** Opens the snippets dialog for a note (the explorer's context menu and the commands call it). */
export const openSnippetsModal = (host: SnippetsHost, file: TFile, options: SnippetsModalOptions = {}): SnippetsModal => {
	const modal = new SnippetsModal(host, file, options);
	modal.open();
	return modal;
};

/** The snippets action's name and icon, shared by its command and its file-menu item. */
const MAKE_SNIPPETS = "Make social snippets";
const SNIPPETS_ICON = "megaphone";

/** Registers the commands, the file-menu item and the highlight extension; call once from `onload`. */
export const registerSnippetCommands = (host: SnippetsHost): void => {
	const { app } = host;
	host.addCommand({
		id: "make-social-snippets",
		name: MAKE_SNIPPETS,
		icon: SNIPPETS_ICON,
		checkCallback: activeNoteCommand(app, (file) => openSnippetsModal(host, file)),
	});
	host.addCommand({
		id: "snippet-from-selection",
		name: "Make snippet from selection",
		icon: SNIPPETS_ICON,
		editorCheckCallback: (checking, editor, ctx) => {
			const selection = editor.getSelection();
			const file = ctx.file;
			if (!selection.trim() || !isMarkdownFile(file)) return false;
			if (!checking) openSnippetsModal(host, file, { selection });
			return true;
		},
	});
	host.addCommand({
		id: "toggle-key-line-highlights",
		name: "Toggle key-line highlights",
		icon: "highlighter",
		callback: () => void toggleHighlights(host),
	});
	host.registerEvent(
		app.workspace.on("file-menu", (menu, file) => {
			if (!isMarkdownFile(file)) return;
			menu.addItem((item) =>
				item
					.setTitle(MAKE_SNIPPETS)
					.setIcon(SNIPPETS_ICON)
					.onClick(() => openSnippetsModal(host, file)),
			);
		}),
	);
	host.registerEditorExtension(highlightExtension(host));
};

/** The highlight extension wired to the plugin: on/off is the `highlightKeyLines` setting, ranks as in the modal. */
const highlightExtension = (host: SnippetsHost) =>
	keyLineHighlightExtension({
		enabled: () => host.getSettings().highlightKeyLines,
		keyLines: (text, view) => {
			const file = fileOfEditor(host, view);
			const article = file ? articleFor(host, file) : { title: "", tags: [] };
			return rankedKeyLines(text, article, host.getSettings());
		},
	}).extension;

/** Flips the setting, saves it, and redraws every open editor at once. */
export const toggleHighlights = async (host: SnippetsHost): Promise<void> => {
	const on = !host.getSettings().highlightKeyLines;
	await host.updateSettings({ highlightKeyLines: on });
	for (const view of markdownViews(host.app)) refreshEditor(editorViewOf(view));
	new Notice(`Key-line highlights ${on ? "on" : "off"}`);
};

/** Obsidian's editor keeps its CodeMirror view as `cm` (not in the public typings). */
const editorViewOf = (view: MarkdownView): unknown => (view.editor as unknown as { cm?: unknown }).cm;

/** The note an editor shows, found through the open Markdown views. */
const fileOfEditor = (host: SnippetsHost, cm: EditorView): TFile | null =>
	markdownViews(host.app).find((view) => editorViewOf(view) === cm)?.file ?? null;
