/** Headless counterpart of the plugin's metadata-cache wiring: a note's Markdown text becomes the core's NoteInput. */
import { parseNote } from "../metadata/parse-note";
import { getAllTags, parseFrontMatterTags } from "../metadata/tags";
import { bodyHasMojibake } from "../health/encoding-repair";
import type { NoteInput } from "./types";

/** Parses a note the way Obsidian would index it and returns what buildArticle needs. */
export function noteInputFromMarkdown(path: string, text: string, mtime = 0): NoteInput {
	const { metadata, yamlError } = parseNote(text);
	return {
		path,
		frontmatter: metadata.frontmatter ?? null,
		tags: getAllTags(metadata),
		frontmatterTags: metadata.frontmatter ? parseFrontMatterTags(metadata.frontmatter) : null,
		yamlError,
		mtime,
		// The whole text is at hand here, so the body is checked at once (the plugin does it lazily).
		bodyMojibake: bodyHasMojibake(text),
	};
}
