/** The start of the plugin's own CSS class and custom property names (see styles.css): `${CSS_PREFIX}-row`. */
export const CSS_PREFIX = "article-desk";
