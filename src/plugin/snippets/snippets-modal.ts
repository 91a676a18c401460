/**
 * The social snippets dialog: pick and edit a note's key lines, see them as posts for each platform with live
 * counts, copy them, or save them to the note's snippets note. It only wires the DOM to the pure core.
 */
import { Component, Modal, Notice, TFile } from "../obsidian-api";

import type { Article } from "../../core/articles/types";
import type { ComposeOptions } from "../../core/publish/compose";
import { PLATFORMS, ownAddress, rulesFor } from "../../core/publish/compose";
import { FIRST_REPLY, renderSnippetSection, usedIn } from "../../core/publish/snippets-note";
import type { PlatformId } from "../../core/social/count";
import { cached } from "../../core/maps";
import { counted } from "../../core/text/counted";
import { formatDate } from "../../core/text/date-format";
import { CSS_PREFIX } from "../css-prefix";
import { frontmatterOf } from "../markdown-file";
import { targetElement } from "../event-target";
import { noticeFailure } from "../failure-notice";
import { copyToClipboard } from "./clipboard";
import { forgetEdits, keepEdits, restoreEdits } from "./kept-edits";
import { type DraftPost, draftPosts } from "./snippet-drafts";
import { SNIPPET_CLASS, listenToRows, renderRows, rowsFromKeyLines, showUsed, type SnippetRow } from "./snippet-rows";
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
const DIALOG_CLASS = `${CSS_PREFIX}-snippets`;

/** How copied posts are separated by "Copy all". */
const COPY_ALL_SEPARATOR = "\n\n---\n\n";

/** Dialogs opened so far, so each one's tab and panel ids are unique in the document. */
let dialogs = 0;

/**
 * The platform and thread choice of the plugin's last dialog, which its next one opens with (an author mostly posts to
 * the same place); kept while the plugin runs.
 */
const lastChoice = new WeakMap<SnippetsHost, { platform: PlatformId; thread: boolean }>();

export class SnippetsModal extends Modal {
	readonly #events = new Component();
	#rows: SnippetRow[] = [];
	/** The key lines as found and whether each came checked, before earlier edits were put back; null for a selection. */
	#found: { texts: string[]; checked: boolean[] } | null = null;
	/** How many rows came back as the author left them last time. */
	#restored = 0;
	readonly #choice: { platform: PlatformId; thread: boolean };
	/** Whether a line's text is in the snippets note, as last read. */
	#used: (line: string) => boolean = () => false;
	#drafts: DraftPost[] = [];
	#article: Article;
	#compose!: ComposeOptions;
	#rowsEl!: HTMLElement;
	#tabsEl!: HTMLElement;
	#postsEl!: HTMLElement;
	#saveEl!: HTMLButtonElement;
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
		this.#choice = cached(lastChoice, host, () => ({ platform: "x", thread: false }));
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
		if (this.#found) keepEdits(this.#host, this.#file.path, this.#found.texts, this.#found.checked, this.#rows);
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
		this.#work = this.#work.then(() => handled);
		return handled;
	}

	async #load(): Promise<void> {
		const settings = this.#host.getSettings();
		this.#compose = composeOptionsFor(this.app, this.#file, this.#article, settings);
		if (this.#options.selection !== undefined) {
			const text = selectionLine(this.#options.selection);
			this.#rows = [{ text, checked: true, score: null, features: {}, line: null, used: false }];
		} else {
			const markdown = await this.app.vault.cachedRead(this.#file);
			this.#rows = rowsFromKeyLines(rankedKeyLines(markdown, this.#article, settings));
			this.#found = { texts: this.#rows.map((r) => r.text), checked: this.#rows.map((r) => r.checked) };
			this.#restored = restoreEdits(this.#host, this.#file.path, this.#rows);
		}
		await this.#refreshUsed();
		// Closed while the note was read: nothing to draw, and no listener to leave behind.
		if (this.contentEl.isConnected) this.#build();
	}

	#path(): string {
		return snippetsPath(this.#host.getSettings().snippetsFolder, this.#article.title, this.#file.basename);
	}

	/** Reads the snippets note again and marks the rows whose text it holds. */
	async #refreshUsed(): Promise<void> {
		this.#used = usedIn(await readSnippetsNote(this.app, this.#path()));
		this.#markUsed();
	}

	#markUsed(): void {
		for (const row of this.#rows) row.used = this.#used(row.text);
		if (this.#rowsEl) showUsed(this.#rowsEl, this.#rows);
	}

	#build(): void {
		const el = this.contentEl;
		el.empty();
		if (this.#rows.length === 0) {
			el.createDiv({ cls: `${DIALOG_CLASS}-empty`, text: "This note has no lines to share yet." });
			return;
		}
		if (this.#restored > 0) this.#showRestored(el);
		this.#rowsEl = el.createDiv(`${DIALOG_CLASS}-lines`);
		renderRows(this.#rowsEl, this.#rows);
		listenToRows(this.#events, this.#rowsEl, () => this.#rows, () => {
			this.#markUsed();
			this.#renderPosts();
		});

		const on = <K extends keyof HTMLElementEventMap>(target: HTMLElement, type: K, run: (evt: HTMLElementEventMap[K]) => unknown) =>
			this.#events.registerDomEvent(target, type, (evt) => void run(evt));
		const bar = el.createDiv(`${DIALOG_CLASS}-bar`);
		this.#tabsEl = bar.createDiv({ cls: `${DIALOG_CLASS}-tabs`, attr: { role: "tablist", "aria-label": "Platform" } });
		const panelId = `${DIALOG_CLASS}-posts-${++dialogs}`;
		for (const id of PLATFORMS) {
			const tab = this.#tabsEl.createEl("button", {
				cls: `${DIALOG_CLASS}-tab`,
				text: rulesFor(id).name,
				attr: { role: "tab", "data-platform": id, "aria-controls": panelId, id: `${panelId}-${id}` },
			});
			on(tab, "click", () => this.#selectPlatform(id));
		}
		// The tab list is one stop for Tab; arrows, Home and End move between platforms, as in any tab list.
		on(this.#tabsEl, "keydown", (evt) => this.#onTabKey(evt));
		const threadLabel = bar.createEl("label", `${DIALOG_CLASS}-thread`);
		const threadToggle = threadLabel.createEl("input", { type: "checkbox" });
		threadToggle.checked = this.#choice.thread;
		threadLabel.appendText("Thread");
		on(threadToggle, "change", () => {
			this.#choice.thread = threadToggle.checked;
			this.#renderPosts();
		});

		this.#postsEl = el.createDiv({ cls: `${DIALOG_CLASS}-posts`, attr: { role: "tabpanel", id: panelId } });
		on(this.#postsEl, "click", (evt) => this.#onPostClick(evt));

		const buttons = el.createDiv("modal-button-container");
		const copyAll = buttons.createEl("button", { text: "Copy all" });
		on(copyAll, "click", () => this.#track(this.#copyAll()));
		// Off from the click until the posts change: a double click, or a second click on the same posts, appends nothing.
		this.#saveEl = buttons.createEl("button", { cls: "mod-cta" });
		on(this.#saveEl, "click", () => {
			// A disabled button drops its focus to the page; keep the keyboard in the dialog, on its neighbour.
			if (this.#saveEl.doc.activeElement === this.#saveEl) copyAll.focus();
			this.#saveEl.disabled = true;
			return this.#track(this.#save());
		});
		this.#selectPlatform(this.#choice.platform);
		this.#focusRows();
	}

	/** Says that earlier edits are back, with a way to drop them. */
	#showRestored(el: HTMLElement): void {
		const hint = el.createDiv({ cls: `${DIALOG_CLASS}-restored`, text: `Your edits from last time are back (${counted(this.#restored, "line")}). ` });
		const reset = hint.createEl("button", { text: "Start over" });
		this.#events.registerDomEvent(reset, "click", () => {
			const found = this.#found!;
			this.#rows.forEach((row, i) => {
				row.text = found.texts[i];
				row.checked = found.checked[i];
			});
			forgetEdits(this.#host, this.#file.path);
			this.#restored = 0;
			hint.remove();
			renderRows(this.#rowsEl, this.#rows);
			this.#markUsed();
			this.#renderPosts();
			this.#focusRows();
		});
	}

	/** Puts the keyboard on the first row's checkbox. */
	#focusRows(): void {
		this.#rowsEl.querySelector("input")?.focus();
	}

	#onTabKey(evt: KeyboardEvent): void {
		const at = PLATFORMS.indexOf(this.#choice.platform);
		const n = PLATFORMS.length;
		// where each key moves the selection (no key is named like an Object member, so the lookup finds only these)
		const moves: Partial<Record<string, number>> = { ArrowRight: (at + 1) % n, ArrowLeft: (at + n - 1) % n, Home: 0, End: n - 1 };
		const to = moves[evt.key];
		if (to === undefined) return;
		evt.preventDefault();
		this.#selectPlatform(PLATFORMS[to]);
		this.#tabsEl.querySelector<HTMLElement>(".is-active")?.focus();
	}

	#selectPlatform(id: PlatformId): void {
		this.#choice.platform = id;
		for (const tab of this.#tabsEl.children) {
			const active = tab.getAttribute("data-platform") === id;
			tab.toggleClass("is-active", active);
			tab.setAttrs({ "aria-selected": String(active), tabindex: active ? "0" : "-1" });
			if (active) this.#postsEl.setAttr("aria-labelledby", tab.id);
		}
		this.#renderPosts();
	}

	#renderPosts(): void {
		const settings = this.#host.getSettings();
		// A row is a draft line as it stands: its edited text and its place in the note.
		const lines = this.#rows.filter((r) => r.checked);
		this.#drafts = draftPosts(this.#choice.platform, lines, this.#choice.thread, this.#compose, settings.threadNumbering);
		this.#saveEl.disabled = false;
		this.#saveEl.setText("Save to snippets note");
		const el = this.#postsEl;
		el.empty();
		if (this.#drafts.length === 0) {
			el.createDiv({ cls: `${DIALOG_CLASS}-empty`, text: lines.length > 0 ? "The checked lines are empty." : "Check a line above to compose posts." });
			return;
		}
		if (!this.#compose.link) {
			// No link while the note has an address of its own: that address is not a web address.
			const fix = ownAddress(frontmatterOf(this.app, this.#file)) ? "make the url property a web address (https://…)" : "give the note a url property";
			el.createDiv({ cls: `${DIALOG_CLASS}-hint`, text: `No link: ${fix}, or set a base address for links in settings.` });
		}
		this.#drafts.forEach((draft, index) => {
			const post = el.createDiv({ cls: `${SNIPPET_CLASS}-post`, attr: { "data-post": String(index) } });
			post.createDiv({ cls: `${SNIPPET_CLASS}-post-text`, text: draft.text, attr: { dir: "auto" } });
			if (draft.reply) {
				const reply = post.createDiv({ cls: `${SNIPPET_CLASS}-reply`, text: `${FIRST_REPLY} ${draft.reply} ` });
				reply.createEl("button", { cls: `${SNIPPET_CLASS}-copy`, text: "Copy link", attr: { "data-reply": "" } });
			}
			const footer = post.createDiv(`${SNIPPET_CLASS}-post-footer`);
			const over = draft.length - draft.limit;
			const counter = footer.createSpan({
				cls: `${SNIPPET_CLASS}-counter`,
				text: `${draft.length} / ${draft.limit}${over > 0 ? ` · ${over} over` : ""}`,
				attr: draft.over ? { title: "Too long for this platform" } : {},
			});
			counter.toggleClass("mod-over", draft.over);
			footer.createEl("button", { cls: `${SNIPPET_CLASS}-copy`, text: "Copy", attr: { "aria-label": `Copy post ${index + 1}` } });
		});
	}

	#onPostClick(evt: Event): void {
		const button = targetElement(evt)?.closest(`.${SNIPPET_CLASS}-copy`);
		const post = button?.closest("[data-post]");
		const draft = post ? this.#drafts[Number(post.getAttribute("data-post"))] : undefined;
		if (!draft) return;
		if (button!.hasAttribute("data-reply")) void this.#track(copyToClipboard(draft.reply!));
		else void this.#track(copyToClipboard(draft.text, this.#overNote([draft])));
	}

	/** The posts to copy or save; none (and a notice saying why) while no line is checked. */
	#checkedDrafts(): DraftPost[] | null {
		if (this.#drafts.length > 0) return this.#drafts;
		new Notice("Check at least one line first.");
		return null;
	}

	/** What a notice adds when posts are over the platform's limit, so a red counter is not the only warning. */
	#overNote(drafts: readonly DraftPost[]): string {
		const n = drafts.filter((d) => d.over).length;
		return n === 0 ? "" : `, but ${counted(n, "post")} ${n === 1 ? "is" : "are"} too long for ${rulesFor(this.#choice.platform).name}`;
	}

	async #copyAll(): Promise<void> {
		const drafts = this.#checkedDrafts();
		// A link that moved out of its post follows it, as the snippets note writes it.
		const texts = drafts?.map((d) => (d.reply ? `${d.text}\n\n${FIRST_REPLY} ${d.reply}` : d.text));
		if (drafts) await copyToClipboard(texts!.join(COPY_ALL_SEPARATOR), this.#overNote(drafts));
	}

	async #save(): Promise<void> {
		const drafts = this.#checkedDrafts();
		if (!drafts) return void (this.#saveEl.disabled = false);
		const path = this.#path();
		const section = renderSnippetSection({
			when: formatDate(this.#options.now?.() ?? new Date(), "yyyy-MM-dd HH:mm"),
			articleLink: this.app.fileManager.generateMarkdownLink(this.#file, path),
			platform: rulesFor(this.#choice.platform).name,
			thread: this.#choice.thread,
			posts: drafts,
		});
		let note: TFile;
		try {
			note = await appendToSnippetsNote(this.app, path, section);
		} catch (error) {
			this.#saveEl.disabled = false;
			noticeFailure(`Could not save to ${path}`, error);
			return;
		}
		new Notice(`Saved to ${note.path}${this.#overNote(drafts)}`);
		this.#saveEl.setText("Saved");
		await this.#refreshUsed();
	}
}
