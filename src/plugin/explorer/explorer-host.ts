/** What the explorer view needs from the plugin; an interface so the view never holds the plugin class itself. */
import type { ArticleDeskSettings } from "../../core/settings";
import type { ArticleStore } from "../article-store";

export const EXPLORER_VIEW_TYPE = "article-desk-explorer";

export interface ExplorerHost {
	readonly store: ArticleStore;
	getSettings(): ArticleDeskSettings;
	updateSettings(patch: Partial<ArticleDeskSettings>): Promise<void>;
}
