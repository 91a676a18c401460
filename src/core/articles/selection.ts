/**
 * Which notes are articles. Users keep articles in a folder, under a tag, or mark them with a type; this module
 * turns that setting into one yes/no per note, so the index can hold the whole vault and the view filters.
 */
import { tagKey } from "./tags";
import type { Article } from "./types";

export interface ArticleSelection {
	mode: "all" | "folders" | "tag" | "type";
	folders: string[];
	tag: string;
	excludedFolders: string[];
}

/** `Notes/` and `/Notes` are the folder `Notes`; `` and `/` are the vault root. */
const normaliseFolder = (folder: string): string => folder.trim().replace(/^\/+|\/+$/g, "");

/** True when `path` lies in `folder` or below, matching whole segments (`Notes` does not hold `Notes2/a.md`). */
const inFolder = (path: string, folder: string): boolean => {
	const f = normaliseFolder(folder);
	return f === "" || path.startsWith(`${f}/`);
};

/** Decides whether a note counts as an article under the user's settings. */
export const isArticle = (article: Article, selection: ArticleSelection): boolean => {
	if (selection.excludedFolders.some((folder) => normaliseFolder(folder) !== "" && inFolder(article.path, folder))) {
		return false;
	}
	switch (selection.mode) {
		case "all":
			return true;
		case "folders":
			return selection.folders.some((folder) => inFolder(article.path, folder));
		case "tag": {
			const wanted = tagKey(selection.tag.trim());
			if (wanted === "") return false;
			return article.tags.some((tag) => {
				const key = tagKey(tag);
				return key === wanted || key.startsWith(`${wanted}/`);
			});
		}
		case "type":
			return article.types.length > 0;
		default:
			return false;
	}
};
