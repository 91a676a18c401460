/**
 * How Obsidian turns link text into a file and a file into link text, with its default settings (wikilinks,
 * "shortest path when possible"). Matching is case-insensitive; a relative link (`./`, `../`) resolves from the
 * source note's folder; among several files of the same name, one in the source's folder wins, then the shortest path.
 */
import type { TFile } from "./files";
import { parentPath } from "./files";
import type { Vault } from "./vault";
import { getLinkpath } from "./paths";

function joinRelative(folder: string, rel: string): string {
	const parts = folder === "" ? [] : folder.split("/");
	for (const seg of rel.split("/")) {
		if (seg === "..") parts.pop();
		else if (seg !== "." && seg !== "") parts.push(seg);
	}
	return parts.join("/");
}

/** The file a link points to from `sourcePath`, or null when it is unresolved. */
export function resolveLinkpath(vault: Vault, linkpath: string, sourcePath: string): TFile | null {
	const path = getLinkpath(linkpath);
	if (path === "") return vault.getFileByPath(sourcePath);
	const files = vault.getFiles();
	const byLowerPath = (p: string): TFile | null => {
		const lower = p.toLowerCase();
		return files.find((f) => f.path.toLowerCase() === lower) ?? null;
	};
	if (path.startsWith("./") || path.startsWith("../")) {
		const target = joinRelative(parentPath(sourcePath), path);
		return byLowerPath(target) ?? byLowerPath(target + ".md");
	}
	const exact = byLowerPath(path) ?? byLowerPath(path + ".md");
	if (exact) return exact;
	const lower = path.toLowerCase();
	const matches = files.filter((f) => {
		const p = f.path.toLowerCase();
		return p.endsWith("/" + lower) || p.endsWith("/" + lower + ".md");
	});
	if (matches.length === 0) return null;
	const sourceFolder = parentPath(sourcePath);
	const sameFolder = matches.find((f) => parentPath(f.path) === sourceFolder);
	if (sameFolder) return sameFolder;
	return matches.slice().sort((a, b) => a.path.length - b.path.length)[0];
}

/** The shortest link text that still resolves to `file`: its name when unique in the vault, else its full path. */
export function linktextFor(vault: Vault, file: TFile, omitMdExtension = true): string {
	const strip = (s: string): string => (omitMdExtension && file.extension === "md" ? s.slice(0, -3) : s);
	const lowerName = file.name.toLowerCase();
	const sameName = vault.getFiles().filter((f) => f.name.toLowerCase() === lowerName);
	return strip(sameName.length === 1 ? file.name : file.path);
}
