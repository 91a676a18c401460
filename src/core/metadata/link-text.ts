/**
 * How Obsidian turns the inside of a link into `link` and `displayText`, shared by body links, embeds and
 * frontmatter links so all three agree.
 */

/** `link` and `displayText` of a wikilink from the text between `[[` and `]]`; null when Obsidian ignores it (`[[]]`).
 * The alias starts at the first `|` unless that `|` is the first character (`[[|a]]` links to "|a"). */
export function readWikilink(inner: string): { link: string; displayText: string } | null {
	if (inner.length === 0) return null;
	const bar = inner.indexOf("|");
	if (bar > 0) return { link: inner.slice(0, bar), displayText: inner.slice(bar + 1) };
	return { link: inner, displayText: subpathDisplay(inner) };
}

/** Obsidian shows `a#b#c` as "a > b > c" and `#b` as "b". */
export function subpathDisplay(link: string): string {
	const body = link.startsWith("#") ? link.slice(1) : link;
	return body.split("#").join(" > ");
}

/** True when a Markdown link destination points outside the vault (`https:`, `mailto:`, `obsidian:`…). */
export function isExternalUrl(dest: string): boolean {
	return /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(dest);
}

/** The vault path a Markdown link destination names: `%20` and friends decoded, as Obsidian stores it. */
export function decodeLinkPath(dest: string): string {
	try {
		return decodeURIComponent(dest);
	} catch {
		return dest;
	}
}

/** Every wikilink in a frontmatter string, in order, as `[original, inner]` pairs (no nesting, one line each). */
export function findWikilinks(text: string): Array<{ original: string; inner: string }> {
	const found: Array<{ original: string; inner: string }> = [];
	let from = 0;
	for (;;) {
		const open = text.indexOf("[[", from);
		if (open === -1) break;
		const close = text.indexOf("]]", open + 2);
		if (close === -1) break;
		const inner = text.slice(open + 2, close);
		const lastOpen = inner.lastIndexOf("[[");
		const start = lastOpen === -1 ? open : open + 2 + lastOpen;
		const realInner = text.slice(start + 2, close);
		if (realInner.length > 0 && realInner.indexOf("\n") === -1) {
			found.push({ original: text.slice(start, close + 2), inner: realInner });
		}
		from = close + 2;
	}
	return found;
}
