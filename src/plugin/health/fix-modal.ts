/**
 * The confirm dialog of the metadata fixes: each fix with its before → after, then Apply or Cancel. Nothing is
 * written until Apply; the write recomputes each fix on the note's content at that moment (see apply-fixes.ts).
 */
import type { App } from "obsidian";
import { Modal, Notice, Setting, TFile } from "../obsidian-api";

import { hasCertainFix, planEncodingFix, planFixes, type FixCode, type PlannedFix } from "../../core/health/fixes";
import type { ArticleStore } from "../article-store";
import { CSS_PREFIX } from "../css-prefix";
import { noticeFailure } from "../failure-notice";
import { frontmatterOf } from "../markdown-file";
import { markdownViews } from "../open-views";
import { applyFixes } from "./apply-fixes";
import { counted } from "../../core/text/counted";

/** The prefix of the dialog's classes (`-list`, `-diff`, `-before`…), styled in styles.css. */
const FIX_CLASS = `${CSS_PREFIX}-fix`;

/**
 * What the dialog offers: every certain metadata fix, or only the text-encoding repair (an enum, so the bundler
 * writes each as a plain number).
 */
export enum FixScope {
	metadata = 1,
	encoding,
}

export interface FixModalOptions {
	typeKey: string;
	scope: FixScope;
}

/** Whether "Fix metadata…" applies to a listed note (no file read: the explorer's menu and the command ask it). */
export const canFixMetadata = (app: App, store: ArticleStore, file: TFile, typeKey: string): boolean => {
	const article = store.index.get(file.path);
	if (!article || article.problems.length === 0) return false;
	return hasCertainFix(article, frontmatterOf(app, file), store.hasBodyMojibake(file.path), { typeKey });
};

/**
 * Reads the note, plans its fixes and opens the dialog; when nothing is certain to fix, says so in a notice and
 * returns null. The note is read with `vault.read` (not the cache) so the preview shows what is on disk now.
 */
export const openFixModal = async (app: App, file: TFile, options: FixModalOptions): Promise<FixModal | null> => {
	let text: string;
	try {
		// Obsidian saves typing only after a pause: what an editor holds of the note goes to disk first, so the preview
		// shows it, and the write (which loads its result back into the editor) keeps it.
		for (const view of markdownViews(app)) {
			if (view.file === file) await view.save();
		}
		text = await app.vault.read(file);
	} catch (e) {
		noticeFailure(`Could not read ${file.basename}`, e);
		return null;
	}
	const encoding = options.scope === FixScope.encoding;
	const plan = encoding
		? [planEncodingFix(text)].filter((fix): fix is PlannedFix => fix !== null)
		: planFixes({ frontmatter: frontmatterOf(app, file), text }, options);
	if (plan.length === 0) {
		new Notice(encoding ? "No garbled characters found in this note." : "Nothing in this note's metadata can be fixed automatically.");
		return null;
	}
	const modal = new FixModal(app, file, plan, options);
	modal.open();
	return modal;
};

export class FixModal extends Modal {
	#applying: Promise<FixCode[]> | null = null;

	readonly #file: TFile;
	readonly #options: FixModalOptions;

	constructor(
		app: App,
		file: TFile,
		readonly plan: readonly PlannedFix[],
		options: FixModalOptions,
	) {
		super(app);
		this.#file = file;
		this.#options = options;
	}

	override onOpen(): void {
		this.setTitle(`${this.#options.scope === FixScope.encoding ? "Repair text encoding" : "Fix metadata"} of ${this.#file.basename}`);
		this.modalEl.addClass(`${FIX_CLASS}-modal`);
		const { contentEl: el, plan } = this;
		const list = el.createDiv(`${FIX_CLASS}-list`);
		for (const fix of plan) renderFix(list, fix);
		if (plan.some((fix) => fix.code !== "mojibake")) {
			// processFrontMatter writes the whole block back in Obsidian's own YAML style: say so before it happens.
			el.createDiv({
				cls: `setting-item-description ${FIX_CLASS}-note`,
				text: "Properties are written back in Obsidian's format; their values stay as they are.",
			});
		}
		new Setting(el)
			.addButton((button) => button.setButtonText("Cancel").onClick(() => this.close()))
			.addButton((button) =>
				button
					.setButtonText(plan.length === 1 ? "Apply fix" : `Apply ${plan.length} fixes`)
					.setCta()
					.onClick(() => {
						button.setDisabled(true);
						void this.apply();
					}),
			);
	}

	override onClose(): void {
		this.contentEl.empty();
	}

	/** Writes the fixes (once, however often Apply is clicked), closes, and reports what was done. */
	apply(): Promise<FixCode[]> {
		if (!this.#applying) this.#applying = this.#write();
		return this.#applying;
	}

	async #write(): Promise<FixCode[]> {
		let applied: FixCode[] = [];
		const name = this.#file.basename;
		try {
			// the options hold the type key the fixes read (and the scope, which they ignore)
			applied = await applyFixes(this.app, this.#file, this.plan.map((fix) => fix.code), this.#options);
			const n = applied.length;
			new Notice(n === 0 ? `Nothing changed: ${name} no longer has these problems.` : `Fixed ${counted(n, "problem")} in ${name}.`);
		} catch (e) {
			noticeFailure(`Could not fix ${name}`, e);
		}
		this.close();
		return applied;
	}
}

/** One fix: its description, then before → after (line by line for the encoding repair). */
const renderFix = (parent: HTMLElement, fix: PlannedFix): void => {
	const item = parent.createDiv({ cls: FIX_CLASS, attr: { "data-code": fix.code } });
	item.createDiv({ cls: `${FIX_CLASS}-description`, text: fix.description });
	// A fix of lines shows each changed line under its number (from 1); any other fix, its one change.
	const changes: readonly { line?: number; before: string; after: string }[] = fix.lines ?? [fix];
	for (const change of changes) {
		const diff = item.createDiv(`${FIX_CLASS}-diff`);
		// Each part of the diff is a `${FIX_CLASS}-name` element.
		const part = (tag: keyof HTMLElementTagNameMap, name: string, text: string) => diff.createEl(tag, { cls: `${FIX_CLASS}-${name}`, text });
		if (change.line) part("div", "line", `Line ${change.line}`);
		part("code", "before", change.before);
		part("span", "arrow", "→").setAttr("aria-label", "becomes");
		part("code", "after", change.after);
	}
};
