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
		if (state.percent) {
			const end = line.indexOf("%%", i);
			if (end < 0) return out;
			state.percent = false;
			i = end + 2;
			continue;
		}
		if (state.html) {
			const end = line.indexOf("-->", i);
			if (end < 0) return out;
			state.html = false;
			i = end + 3;
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
