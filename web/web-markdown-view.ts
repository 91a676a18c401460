/**
 * The demo's note editor: the double's MarkdownView with a real CodeMirror 6 view inside, configured with every
 * editor extension the plugin registered (`registerEditorExtension`), as Obsidian's own editor is.
 */
import { Compartment, type Extension } from "@codemirror/state";
import { EditorView, drawSelection, highlightActiveLine } from "@codemirror/view";

import type { App } from "../tests/obsidian/app";
import { MarkdownView } from "../tests/obsidian/file-views";
import type { WorkspaceLeaf } from "../tests/obsidian/workspace-leaf";
import { CmEditor, fromView } from "./cm-editor";

const pluginExtensions = new Compartment();

/** The editor's look, from the theme's variables (Obsidian styles `.cm-editor` the same way). */
const editorLook = EditorView.theme({
	"&": { height: "100%", fontSize: "var(--font-text-size)", color: "var(--text-normal)", backgroundColor: "var(--background-primary)" },
	".cm-scroller": { fontFamily: "var(--font-text)", lineHeight: "var(--line-height-normal)" },
	".cm-content": { maxWidth: "var(--file-line-width)", margin: "0 auto", padding: "var(--size-4-8) var(--size-4-8) 40vh", caretColor: "var(--caret-color)" },
	".cm-activeLine": { backgroundColor: "transparent" },
	"&.cm-focused": { outline: "none" },
});

function registered(app: App): Extension[] {
	return app.workspace.editorExtensions.slice() as Extension[];
}

/** Registered as the "markdown" view, so every opened note gets a live CodeMirror editor. */
export class WebMarkdownView extends MarkdownView {
	readonly cm: EditorView;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		const host = this.contentEl.createDiv({ cls: "markdown-source-view mod-cm6 is-live-preview" });
		this.cm = new EditorView({
			parent: host,
			extensions: [
				EditorView.lineWrapping,
				drawSelection(),
				highlightActiveLine(),
				editorLook,
				EditorView.contentAttributes.of({ "aria-label": "Note text", spellcheck: "false" }),
				pluginExtensions.of(registered(this.app)),
				EditorView.updateListener.of((update) => {
					const byView = update.transactions.some((tr) => tr.annotation(fromView) === true);
					if (update.docChanged && !byView) this.editor.onDidChange?.(this.editor);
				}),
			],
		});
		const editor = new CmEditor(this.cm);
		editor.onDidChange = this.editor.onDidChange;
		this.editor = editor;
	}

	override async onClose(): Promise<void> {
		this.cm.destroy();
	}
}

/** Re-reads the registered extensions into every open editor (what `workspace.updateOptions()` does in Obsidian). */
export function reconfigureEditors(app: App): void {
	app.workspace.iterateAllLeaves((leaf) => {
		if (leaf.view instanceof WebMarkdownView) leaf.view.cm.dispatch({ effects: pluginExtensions.reconfigure(registered(app)) });
	});
}
