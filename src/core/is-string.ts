/**
 * Whether a value (from frontmatter, settings data or an input of unknown shape) is a string: one spelling of the
 * `typeof` test that main.js would otherwise repeat at each of its two dozen sites.
 */
export const isString = (value: unknown): value is string => typeof value === "string";
