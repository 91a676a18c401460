/**
 * The social snippets dialog: pick and edit a note's key lines, see them as posts for each platform with live
 * counts, copy them, or save them to the note's snippets note. It only wires the DOM to the pure core.
 */
import { Component, Modal, Notice, TFile } from "../obsidian-api";

import type { Article } from "../../core/articles/types";
import type { ComposeOptions } from "../../core/publish/compose";
import { PLATFORMS, rulesFor } from "../../core/publish/compose";
import { renderSnippetSection, usedLines } from "../../core/publish/snippets-note";
import type { PlatformId } from "../../core/social/count";
import { formatDate } from "../../core/text/date-format";
import { targetElement } from "../event-target";
import { noticeFailure } from "../failure-notice";
import { copyToClipboard } from "./clipboard";
import { type DraftPost, draftPosts } from "./snippet-drafts";
import { SNIPPET_CLASS, listenToRows, renderRows, rowsFromKeyLines, type SnippetRow } from "./snippet-rows";
import { articleFor, composeOptionsFor, rankedKeyLines, selectionLine } from "./snippet-source";
import { appendToSnippetsNote, readSnippetsNote, snippetsPath } from "./snippets-file";
import type { SnippetsHost } from "./snippets-host";

/** Options for one opening of the dialog. */
export interface SnippetsModalOptions {
	/** Use this text as the only line instead of the note's key lines. */
	selection?: string;
	/** The clock for section headings (tests fix it). */
	now?: () => Date;
}

/** The dialog's class, and the prefix of its parts' classes (`-tabs`, `-posts`…), styled in styles.css. */
const DIALOG_CLASS = "article-desk-snippets";

/** How copied posts are separated by "Copy all". */
const COPY_ALL_SEPARATOR = "\n\n---\n\n";

export class SnippetsModal extends Modal {
	readonly #events = new Component();
	#rows: SnippetRow[] = [];
	#platform: PlatformId = "x";
	#thread = false;
	#drafts: DraftPost[] = [];
	#article: Article;
	#compose!: ComposeOptions;
	#rowsEl!: HTMLElement;
	#tabsEl!: HTMLElement;
	#postsEl!: HTMLElement;
	#work: Promise<void> = Promise.resolve();

	readonly #host: SnippetsHost;
	readonly #file: TFile;
	readonly #options: SnippetsModalOptions;

	constructor(
		host: SnippetsHost,
		file: TFile,
		options: SnippetsModalOptions = {},
	) {
		super(host.app);
		this.#host = host;
		this.#file = file;
		this.#options = options;
		this.#article = articleFor(host, file);
	}

	/** Resolves when the dialog's last started work (loading, saving, copying) has finished. */
	async settled(): Promise<void> {
		let seen: Promise<void> | null = null;
		while (seen !== this.#work) {
			seen = this.#work;
			await seen;
		}
	}

	override onOpen(): Promise<void> {
		this.#events.load();
		this.setTitle(this.#article.title);
		this.modalEl.addClass(DIALOG_CLASS);
		this.contentEl.createDiv({ cls: `${DIALOG_CLASS}-loading`, text: "Finding key lines…" });
		return this.#track(this.#load());
	}

	override onClose(): void {
		this.#events.unload();
		this.contentEl.empty();
	}

	/** Runs async work so that a failure becomes a notice, never an unhandled rejection; `settled()` waits for it. */
	#track(promise: Promise<unknown>): Promise<void> {
		const handled = promise.then(
			() => undefined,
			(error: unknown) => {
				console.error("Article Desk: snippets", error);
				noticeFailure("Something went wrong", error);
			},
		);
		this.#work = Promise.all([this.#work, handled]).then(() => undefined);
		return handled;
	}

	async #load(): Promise<void> {
		const settings = this.#host.getSettings();
		this.#compose = composeOptionsFor(this.app, this.#file, this.#article, settings);
		if (this.#options.selection !== undefined) {
			const text = selectionLine(this.#options.selection);
			this.#rows = [{ original: text, text, checked: true, score: null, features: {}, line: null, used: false }];
		} else {
			const markdown = await this.app.vault.cachedRead(this.#file);
			this.#rows = rowsFromKeyLines(rankedKeyLines(markdown, this.#article, settings));
		}
		await this.#refreshUsed();
		// Closed while the note was read: nothing to draw, and no listener to leave behind.
		if (this.contentEl.isConnected) this.#build();
	}

	#path(): string {
		return snippetsPath(this.#host.getSettings().snippetsFolder, this.#article.title, this.#file.basename);
	}

	async #refreshUsed(): Promise<void> {
		const used = usedLines(await readSnippetsNote(this.app, this.#path()), this.#rows.map((r) => r.original));
		this.#rows.forEach((row, i) => (row.used = used[i]));
	}

	#build(): void {
		const el = this.contentEl;
		el.empty();
		if (this.#rows.length === 0) {
			el.createDiv({ cls: `${DIALOG_CLASS}-empty`, text: "This note has no lines to share yet." });
			return;
		}
		this.#rowsEl = el.createDiv(`${DIALOG_CLASS}-lines`);
		renderRows(this.#rowsEl, this.#rows);
		listenToRows(this.#events, this.#rowsEl, () => this.#rows, () => this.#renderPosts());

		const on = (target: HTMLElement, type: "click" | "change", run: (evt: MouseEvent | Event) => unknown) =>
			this.#events.registerDomEvent(target, type, (evt) => void run(evt));
		const bar = el.createDiv(`${DIALOG_CLASS}-bar`);
		this.#tabsEl = bar.createDiv({ cls: `${DIALOG_CLASS}-tabs`, attr: { role: "tablist" } });
		for (const id of PLATFORMS) {
			const tab = this.#tabsEl.createEl("button", { cls: `${DIALOG_CLASS}-tab`, text: rulesFor(id, this.#compose).name, attr: { role: "tab", "data-platform": id } });
			on(tab, "click", () => this.#selectPlatform(id));
		}
		const threadLabel = bar.createEl("label", `${DIALOG_CLASS}-thread`);
		const threadToggle = threadLabel.createEl("input", { type: "checkbox" });
		threadLabel.appendText("Thread");
		on(threadToggle, "change", () => {
			this.#thread = threadToggle.checked;
			this.#renderPosts();
		});

		this.#postsEl = el.createDiv(`${DIALOG_CLASS}-posts`);
		on(this.#postsEl, "click", (evt) => this.#onPostClick(evt));

		const buttons = el.createDiv("modal-button-container");
		on(buttons.createEl("button", { text: "Copy all" }), "click", () => this.#track(this.#copyAll()));
		const save = buttons.createEl("button", { cls: "mod-cta", text: "Save to snippets note" });
		on(save, "click", () => {
			// Off while a save is under way: the second click of a double click appends nothing.
			save.disabled = true;
			return this.#track(this.#save().finally(() => (save.disabled = false)));
		});
		this.#selectPlatform(this.#platform);
	}

	#selectPlatform(id: PlatformId): void {
		this.#platform = id;
		for (const tab of Array.from(this.#tabsEl.children)) {
			const active = tab.getAttribute("data-platform") === id;
			tab.toggleClass("is-active", active);
			tab.setAttr("aria-selected", String(active));
		}
		this.#renderPosts();
	}

	#renderPosts(): void {
		const settings = this.#host.getSettings();
		// A row is a draft line as it stands: its edited text and its place in the note.
		const lines = this.#rows.filter((r) => r.checked);
		this.#drafts = draftPosts(this.#platform, lines, this.#thread, this.#compose, settings.threadNumbering);
		const el = this.#postsEl;
		el.empty();
		if (this.#drafts.length === 0) {
			el.createDiv({ cls: `${DIALOG_CLASS}-empty`, text: "Check a line above to compose posts." });
			return;
		}
		this.#drafts.forEach((draft, index) => {
			const post = el.createDiv({ cls: `${SNIPPET_CLASS}-post`, attr: { "data-post": String(index) } });
			post.createDiv({ cls: `${SNIPPET_CLASS}-post-text`, text: draft.text });
			if (draft.reply) post.createDiv({ cls: `${SNIPPET_CLASS}-reply`, text: `Link for the first reply: ${draft.reply}` });
			const footer = post.createDiv(`${SNIPPET_CLASS}-post-footer`);
			const counter = footer.createSpan({ cls: `${SNIPPET_CLASS}-counter`, text: `${draft.length} / ${draft.limit}` });
			counter.toggleClass("mod-over", draft.over);
			if (draft.over) counter.setAttribute("title", "Too long for this platform");
			footer.createEl("button", { cls: `${SNIPPET_CLASS}-copy`, text: "Copy" });
		});
	}

	#onPostClick(evt: Event): void {
		const button = targetElement(evt)?.closest(`.${SNIPPET_CLASS}-copy`);
		const post = button?.closest("[data-post]");
		const draft = post ? this.#drafts[Number(post.getAttribute("data-post"))] : undefined;
		if (draft) void this.#track(copyToClipboard(draft.text));
	}

	/** The posts to copy or save; none (and a notice saying why) while no line is checked. */
	#checkedDrafts(): DraftPost[] | null {
		if (this.#drafts.length > 0) return this.#drafts;
		new Notice("Check at least one line first.");
		return null;
	}

	async #copyAll(): Promise<void> {
		if (this.#checkedDrafts()) await copyToClipboard(this.#drafts.map((d) => d.text).join(COPY_ALL_SEPARATOR));
	}

	async #save(): Promise<void> {
		const drafts = this.#checkedDrafts();
		if (!drafts) return;
		const path = this.#path();
		const section = renderSnippetSection({
			when: formatDate(this.#options.now?.() ?? new Date(), "yyyy-MM-dd HH:mm"),
			articleLink: this.app.fileManager.generateMarkdownLink(this.#file, path),
			platform: rulesFor(this.#platform, this.#compose).name,
			thread: this.#thread,
			posts: drafts,
		});
		let note: TFile;
		try {
			note = await appendToSnippetsNote(this.app, path, section);
		} catch (error) {
			noticeFailure(`Could not save to ${path}`, error);
			return;
		}
		new Notice(`Saved to ${note.path}`);
		await this.#refreshUsed();
		renderRows(this.#rowsEl, this.#rows);
	}
}
