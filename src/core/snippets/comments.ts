/** Whether the scan is inside an Obsidian `%%` comment or an HTML `<!-- -->` comment that spans lines. */
export interface CommentState {
	percent: boolean;
	html: boolean;
}

/** Removes `%%…%%` and `<!-- … -->` comments from one line, carrying open comments over to the next line. */
export function stripComments(line: string, state: CommentState): string {
	let out = "";
	let i = 0;
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
		const pct = line.indexOf("%%", i);
		const html = line.indexOf("<!--", i);
		if (pct < 0 && html < 0) {
			out += line.slice(i);
			break;
		}
		if (html < 0 || (pct >= 0 && pct < html)) {
			out += line.slice(i, pct);
			state.percent = true;
			i = pct + 2;
		} else {
			out += line.slice(i, html);
			state.html = true;
			i = html + 4;
		}
	}
	return out;
}
