/**
 * Reading and writing the snippets note through the vault: created when missing (folder too), otherwise appended to
 * atomically with `vault.process`, so text the author added in between is never lost.
 */
import type { App } from "obsidian";
import { TFile, normalizePath } from "../obsidian-api";

import { appendSection, snippetsFileName } from "../../core/publish/snippets-note";
import { fileByPath } from "../markdown-file";

/** The vault path of an article's snippets note, in the configured folder (the vault root when empty). */
export const snippetsPath = (folder: string, title: string, fallback: string): string => {
	const name = snippetsFileName(title, fallback);
	const dir = folder.trim() ? normalizePath(folder) : "";
	return normalizePath(dir && dir !== "/" ? `${dir}/${name}` : name);
};

/** The snippets note's current text, or "" when there is none yet. */
export const readSnippetsNote = async (app: App, path: string): Promise<string> => {
	const file = fileByPath(app, path);
	return file ? app.vault.cachedRead(file) : "";
};

/** Adds a section to the snippets note, creating note and folder as needed; returns the note. */
export const appendToSnippetsNote = async (app: App, path: string, section: string): Promise<TFile> => {
	const { vault } = app;
	const append = async (file: TFile) => {
		await vault.process(file, (text) => appendSection(text, section));
		return file;
	};
	const existing = fileByPath(app, path);
	if (existing) return append(existing);
	await ensureFolder(app, path);
	try {
		return await vault.create(path, section);
	} catch (error) {
		// Created meanwhile (another save, a sync): append instead of failing.
		const raced = fileByPath(app, path);
		if (!raced) throw error;
		return append(raced);
	}
};

const ensureFolder = async ({ vault }: App, path: string): Promise<void> => {
	const slash = path.lastIndexOf("/");
	if (slash <= 0) return;
	const folder = path.slice(0, slash);
	if (vault.getFolderByPath(folder)) return;
	try {
		await vault.createFolder(folder);
	} catch (error) {
		if (!vault.getFolderByPath(folder)) throw error;
	}
};
