/**
 * Whether a value (from frontmatter, settings data or an input of unknown shape) is a string, a number, a list or a
 * record: one spelling of each test that main.js would otherwise repeat at each of its sites.
 */

export const isString = (value: unknown): value is string => typeof value === "string";

export const isNumber = (value: unknown): value is number => typeof value === "number";

/** `Array.isArray`, named once: main.js then calls it by a short local name at its many sites. */
export const isArray = Array.isArray;

/** An object that is not a list (and not null): a mapping of keys, as saved settings or frontmatter are. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === "object" && value !== null && !isArray(value);
