/**
 * Views that show a file: `FileView` (loads the file named by its state), `TextFileView` (reads it into `data`,
 * saves with `save()`, loads it again when another writer changes it), and `MarkdownView` with an `Editor` double
 * over the note's text. Edits through the editor fire the workspace's `editor-change` and schedule a save, like the
 * app's autosave.
 */
import type { ViewStateResult } from "obsidian";
import { debounce } from "./debounce";
import { Editor } from "./editor";
import type { TFile } from "./files";
import { ItemView } from "./views";
import type { WorkspaceLeaf } from "./workspace-leaf";

/** A view bound to one file; the workspace calls `onRename` when that file moves. */
export abstract class FileView extends ItemView {
	allowNoFile = false;
	file: TFile | null = null;
	override navigation = true;

	getDisplayText(): string {
		return this.file ? this.file.basename : "No file";
	}

	override getState(): Record<string, unknown> {
		return this.file ? { file: this.file.path } : {};
	}

	override async setState(state: unknown, result: ViewStateResult): Promise<void> {
		const path = (state as { file?: unknown } | null)?.file;
		const next = typeof path === "string" ? this.app.vault.getFileByPath(path) : null;
		if (next && next !== this.file) {
			if (this.file) await this.onUnloadFile(this.file);
			this.file = next;
			await this.onLoadFile(next);
		}
		await super.setState(state, result);
		this.titleEl.setText(this.getDisplayText());
	}

	async onLoadFile(_file: TFile): Promise<void> {
		// Overridden by subclasses.
	}

	async onUnloadFile(_file: TFile): Promise<void> {
		// Overridden by subclasses.
	}

	async onRename(_file: TFile): Promise<void> {
		this.titleEl.setText(this.getDisplayText());
	}

	canAcceptExtension(_extension: string): boolean {
		return false;
	}
}

/** A FileView whose file can be edited. */
export abstract class EditableFileView extends FileView {}

/** A view over a text file: `data` holds the text, `save()` writes it back when it changed. */
export abstract class TextFileView extends EditableFileView {
	data = "";
	requestSave: () => void;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		const save = debounce(() => void this.save(), 2000, true);
		this.requestSave = () => void save();
		// As Obsidian does, a file changed on disk by someone else (vault.process, sync) is loaded into the view: the
		// text on disk replaces what the view holds, including typing not saved yet.
		this.registerEvent(this.app.vault.on("modify", (file) => void this.#reload(file as TFile)));
	}

	async #reload(file: TFile): Promise<void> {
		if (file !== this.file) return;
		const text = await this.app.vault.read(file);
		if (file !== this.file || text === this.data) return;
		this.data = text;
		this.setViewData(text, false);
	}

	override async onLoadFile(file: TFile): Promise<void> {
		this.data = await this.app.vault.read(file);
		this.setViewData(this.data, true);
	}

	override async onUnloadFile(_file: TFile): Promise<void> {
		await this.save();
		this.clear();
	}

	async save(_clear?: boolean): Promise<void> {
		const file = this.file;
		if (!file || this.app.vault.getFileByPath(file.path) !== file) return;
		const data = this.getViewData();
		this.data = data;
		if (data !== (await this.app.vault.read(file))) await this.app.vault.modify(file, data);
	}

	abstract getViewData(): string;

	abstract setViewData(data: string, clear: boolean): void;

	abstract clear(): void;
}

/** The note editor; tests reach its text through `view.editor`. */
export class MarkdownView extends TextFileView {
	editor: Editor;
	hoverPopover = null;

	constructor(leaf: WorkspaceLeaf) {
		super(leaf);
		this.icon = "document";
		this.editor = new Editor();
		this.editor.onDidChange = (editor) => {
			this.requestSave();
			this.app.workspace.trigger("editor-change", editor, this);
		};
	}

	getViewType(): string {
		return "markdown";
	}

	getMode(): "source" | "preview" {
		return "source";
	}

	getViewData(): string {
		return this.editor.getValue();
	}

	setViewData(data: string, _clear: boolean): void {
		const listener = this.editor.onDidChange;
		this.editor.onDidChange = null;
		this.editor.setValue(data);
		this.editor.onDidChange = listener;
	}

	clear(): void {
		this.setViewData("", true);
	}

	showSearch(_replace?: boolean): void {
		// No search UI in the double.
	}

	override canAcceptExtension(extension: string): boolean {
		return extension === "md";
	}
}
