/**
 * Mojibake at the level of a note's lines: finding it in the body (for the metadata-health report) and repairing
 * it line by line (for the "Repair text encoding" fix). Repair works per line so the preview can show exactly the
 * lines that change; a line without mojibake is copied byte for byte, line endings (`\n` or `\r\n`) included.
 * Lines are independent for the repair: mojibake runs are non-ASCII, so a line break always ends a run.
 */
import { hasMojibake, repairMojibake } from "../text/mojibake";

/** One line a repair changes: its 1-based number, and its text before and after (without the line ending). */
export interface LineChange {
	line: number;
	before: string;
	after: string;
}

/** A frontmatter block: `---` as the first line, then any lines up to the first `---` line (`\r\n` endings too). */
const FRONTMATTER = /^---\r?\n(?:[^\n]*\n)*?---\r?(?:\n|$)/;

/**
 * Where the body starts: just after a frontmatter block (`---` on the first line, closed by a `---` line), or 0.
 * Read from the text alone, so a block whose YAML does not parse still counts as frontmatter, as in Obsidian.
 */
export const bodyOffset = (text: string): number => FRONTMATTER.exec(text)?.[0].length ?? 0;

/** True when the text after the frontmatter has mojibake; the title is judged on its own, so it is not counted twice. */
export const bodyHasMojibake = (text: string): boolean => hasMojibake(text.slice(bodyOffset(text)));

/** The lines that repairMojibake would change, in order; empty for a note without mojibake. */
export const mojibakeLineChanges = (text: string): LineChange[] => {
	const changes: LineChange[] = [];
	if (!hasMojibake(text)) return changes;
	const lines = text.split("\n");
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i].replace(/\r$/, "");
		const repaired = repairMojibake(line);
		if (repaired !== line) changes.push({ line: i + 1, before: line, after: repaired });
	}
	return changes;
};

/** The text with every mojibake line repaired and every other character kept; an equal string when nothing changes. */
export const repairMojibakeLines = (text: string): string =>
	hasMojibake(text) ? text.split("\n").map(repairMojibake).join("\n") : text;
