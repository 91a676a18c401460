import { codeSpans } from "./code-spans";

/** Whether the scan is inside an Obsidian `%%` comment or an HTML `<!-- -->` comment that spans lines. */
export interface CommentState {
	percent: boolean;
	html: boolean;
}

/**
 * Removes `%%…%%` and `<!-- … -->` comments from one line, carrying open comments over to the next line. Comment marks
 * inside inline code (`` `<!--` ``) are code, not comments.
 */
export const stripComments = (line: string, state: CommentState): string => {
	let out = "";
	let i = 0;
	let spans: number[] | null = null;
	let sp = 0; // the first span not wholly before the scan (comment marks are found in order)
	let pct = line.indexOf("%%");
	let html = line.indexOf("<!--");
	while (i < line.length) {
		if (state.percent || state.html) {
			// inside a comment (only ever one kind at a time): skip to its end, or drop the rest of the line
			const closer = state.percent ? "%%" : "-->";
			const end = line.indexOf(closer, i);
			if (end < 0) return out;
			state.percent = state.html = false;
			i = end + closer.length;
			continue;
		}
		// each mark's next place, looked for again only once the scan has passed it (a line of marks stays linear)
		if (pct >= 0 && pct < i) pct = line.indexOf("%%", i);
		if (html >= 0 && html < i) html = line.indexOf("<!--", i);
		if (pct < 0 && html < 0) return out + line.slice(i);
		const at = html < 0 || (pct >= 0 && pct < html) ? pct : html;
		spans ??= line.includes("`") ? codeSpans(line) : [];
		while (sp < spans.length && spans[sp + 1] <= at) sp += 3;
		if (sp < spans.length && spans[sp] <= at) {
			// a mark inside inline code: the code is kept, and the scan goes on after it
			out += line.slice(i, spans[sp + 1]);
			i = spans[sp + 1];
			continue;
		}
		out += line.slice(i, at);
		if (at === pct) state.percent = true;
		else state.html = true;
		i = at + (at === pct ? 2 : 4);
	}
	return out;
};
