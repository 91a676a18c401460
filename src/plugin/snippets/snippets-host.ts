/** What the snippets feature needs from the plugin; an interface so its files never import the plugin class. */
import type { Plugin } from "obsidian";

import type { ArticleDeskSettings } from "../../core/settings";
import type { ArticleStore } from "../article-store";

export interface SnippetsHost extends Plugin {
	readonly store: ArticleStore;
	getSettings(): ArticleDeskSettings;
	updateSettings(patch: Partial<ArticleDeskSettings>): Promise<void>;
}
