/** What the explorer view needs from the plugin; an interface so the view never holds the plugin class itself. */
import type { ArticleDeskSettings } from "../../core/settings";
import type { ArticleStore } from "../article-store";

export const EXPLORER_VIEW_TYPE = "article-desk-explorer";
export { CSS_PREFIX } from "../css-prefix";
/** The view's name (its tab, and the hover-preview setting) and icon (its tab, and the ribbon button). */
export const EXPLORER_NAME = "Article explorer";
export const EXPLORER_ICON = "newspaper";

export interface ExplorerHost {
	readonly store: ArticleStore;
	getSettings(): ArticleDeskSettings;
	updateSettings(patch: Partial<ArticleDeskSettings>): Promise<void>;
}
