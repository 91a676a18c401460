/** Shared set-up for the snippets shell tests: the example vault with the plugin loaded, and DOM shortcuts. */
import * as path from "path";
import { EditorView } from "@codemirror/view";
import type { TFile } from "obsidian";

import { createApp, loadPlugin, readFolder } from "../../obsidian/app-factory";
import type { App } from "../../obsidian/app";
import { openModals } from "../../obsidian/modal";
import { clearNotices } from "../../obsidian/notice";
import ArticleDeskPlugin from "../../../src/main";
import { openSnippetsModal } from "../../../src/plugin/snippets/snippet-commands";
import type { SnippetsModal, SnippetsModalOptions } from "../../../src/plugin/snippets/snippets-modal";

export const VAULT = readFolder(path.join(__dirname, "../../../examples/vault"));
export const GOOD_EGG = "Articles/The good-egg problem.md";
/** Its frontmatter `url`, the link every post carries. */
export const GOOD_EGG_URL = "https://example.com/articles/the-good-egg-problem";
/** Its tags `Articles` (excluded by default), `sales/prospecting`, `mindset` as hashtags. */
export const GOOD_EGG_HASHTAGS = "#Prospecting #Mindset";

export interface Loaded {
	app: App;
	plugin: ArticleDeskPlugin;
}

/** The example vault (plus `extra` files) with the plugin loaded. */
export async function loadVault(extra: Record<string, string> = {}): Promise<Loaded> {
	const app = createApp({ files: { ...VAULT, ...extra } });
	const plugin = await loadPlugin(app, ArticleDeskPlugin);
	return { app, plugin };
}

export function fileAt(app: App, p: string): TFile {
	const file = app.vault.getFileByPath(p);
	if (!file) throw new Error(`no file ${p}`);
	return file as unknown as TFile;
}

/** Opens the dialog for a note and waits until it has drawn its lines. */
export async function openFor(loaded: Loaded, p: string, options: SnippetsModalOptions = {}): Promise<SnippetsModal> {
	const modal = openSnippetsModal(loaded.plugin, fileAt(loaded.app, p), options);
	await modal.settled();
	return modal;
}

/** Closes what a test left open and forgets its notices. */
export async function cleanUp(app: App | null): Promise<void> {
	for (const modal of openModals()) modal.close();
	clearNotices();
	if (app) await app.dispose();
}

export const rowsOf = (modal: SnippetsModal) => Array.from(modal.contentEl.querySelectorAll<HTMLElement>(".article-desk-snippet-line"));
export const postsOf = (modal: SnippetsModal) => Array.from(modal.contentEl.querySelectorAll<HTMLElement>(".article-desk-snippet-post"));
export const postTexts = (modal: SnippetsModal) => postsOf(modal).map((p) => p.querySelector(".article-desk-snippet-post-text")!.textContent);
export const counters = (modal: SnippetsModal) => postsOf(modal).map((p) => p.querySelector(".article-desk-snippet-counter") as HTMLElement);

/** Types into a row's text area as a user would (value, then an `input` event). */
export function typeInto(row: HTMLElement, text: string): void {
	const area = row.querySelector("textarea")!;
	area.value = text;
	area.dispatchEvent(new Event("input", { bubbles: true }));
}

/** Clicks a row's checkbox (jsdom flips it and fires `change`). */
export function toggleRow(row: HTMLElement): void {
	row.querySelector<HTMLInputElement>("input[type=checkbox]")!.click();
}

export function clickButton(root: HTMLElement, text: string): void {
	const button = Array.from(root.querySelectorAll("button")).find((b) => b.textContent === text);
	if (!button) throw new Error(`no button "${text}"`);
	button.click();
}

export function selectTab(modal: SnippetsModal, name: string): void {
	clickButton(modal.contentEl.querySelector(".article-desk-snippets-tabs")!, name);
}

/** A clipboard stand-in for jsdom, which has none. */
export function mockClipboard(writeText: (text: string) => Promise<void>): jest.Mock {
	const fn = jest.fn(writeText);
	Object.defineProperty(window.navigator, "clipboard", { value: { writeText: fn }, configurable: true });
	return fn;
}

/** Every mark decoration an editor currently has (from all view plugins), as text and hover title, in document order. */
export function markedRanges(cm: EditorView): Array<{ text: string; title: string | null; cls: string | null }> {
	const out: Array<{ from: number; text: string; title: string | null; cls: string | null }> = [];
	for (const source of cm.state.facet(EditorView.decorations)) {
		const set = typeof source === "function" ? source(cm) : source;
		for (const iter = set.iter(); iter.value; iter.next()) {
			const spec = iter.value.spec as { class?: string; attributes?: Record<string, string> };
			out.push({ from: iter.from, text: cm.state.sliceDoc(iter.from, iter.to), title: spec.attributes?.title ?? null, cls: spec.class ?? null });
		}
	}
	return out.sort((a, b) => a.from - b.from).map(({ text, title, cls }) => ({ text, title, cls }));
}
