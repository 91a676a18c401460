/**
 * What the author did in a note's snippets dialog (lines edited, checked or unchecked), kept when the dialog
 * closes, so Escape or a click outside does not throw the work away: the next dialog for that note starts from it.
 * Kept in memory while the plugin runs, for the most recent notes only. An edit is tied to the key line it was
 * made on (the text as found), so it comes back on that line even if the note changed and the lines moved, and is
 * dropped once its line is no longer among the note's key lines.
 */
import { cached } from "../../core/maps";
import type { SnippetsHost } from "./snippets-host";
import type { SnippetRow } from "./snippet-rows";

/** One row as the author left it, under the text it was found with. */
interface KeptRow {
	found: string;
	text: string;
	checked: boolean;
}

/** Notes whose edits are kept per plugin; the oldest are forgotten first. */
export const KEPT_NOTES = 50;

const kept = new WeakMap<SnippetsHost, Map<string, KeptRow[]>>();

/**
 * Keeps the rows of `path`'s dialog that differ from how the note's key lines came (`found`: each row's text as
 * found; `checkedAtFirst`: whether it came checked), before any earlier edits were put back. Rows all as they came
 * keep nothing, and forget earlier edits.
 */
export const keepEdits = (host: SnippetsHost, path: string, found: readonly string[], checkedAtFirst: readonly boolean[], rows: readonly SnippetRow[]): void => {
	const notes = cached(kept, host, () => new Map<string, KeptRow[]>());
	notes.delete(path);
	// Only the rows the author touched: an untouched row follows the note's ranking next time, as a new one would.
	const touched: KeptRow[] = [];
	rows.forEach((row, i) => {
		if (row.text !== found[i] || row.checked !== checkedAtFirst[i]) touched.push({ found: found[i], text: row.text, checked: row.checked });
	});
	if (touched.length === 0) return;
	notes.set(path, touched);
	for (const oldest of notes.keys()) {
		if (notes.size <= KEPT_NOTES) break;
		notes.delete(oldest);
	}
};

/**
 * Applies the edits kept for `path` to freshly found rows (matched by the text each was found with) and returns
 * how many rows got their earlier state back; 0 when nothing was kept or no kept line is still a key line.
 */
export const restoreEdits = (host: SnippetsHost, path: string, rows: SnippetRow[]): number => {
	const earlier = kept.get(host)?.get(path);
	if (!earlier) return 0;
	const byFound = new Map<string, KeptRow>();
	for (const row of earlier) if (!byFound.has(row.found)) byFound.set(row.found, row);
	let restored = 0;
	for (const row of rows) {
		const was = byFound.get(row.text);
		if (!was) continue;
		byFound.delete(row.text);
		row.text = was.text;
		row.checked = was.checked;
		restored++;
	}
	return restored;
};

/** Forgets the edits kept for `path` ("Start over"). */
export const forgetEdits = (host: SnippetsHost, path: string): void => {
	kept.get(host)?.delete(path);
};
