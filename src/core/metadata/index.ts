/** The metadata parser's public face: Obsidian-shaped metadata from Markdown, and Obsidian's tag rules. */
export { parseNote } from "./parse-note";
export type { ParsedNote } from "./parse-note";
export { getAllTags, isValidTagName, parseFrontMatterTags } from "./tags";
export type * from "./types";
