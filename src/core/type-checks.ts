/**
 * Whether a value (from frontmatter, settings data or an input of unknown shape) is a string, or a number: one
 * spelling of each `typeof` test that main.js would otherwise repeat at each of its sites.
 */

export const isString = (value: unknown): value is string => typeof value === "string";

export const isNumber = (value: unknown): value is number => typeof value === "number";
