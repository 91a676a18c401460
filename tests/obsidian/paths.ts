/**
 * Obsidian's path helpers. `normalizePath` matches the app: slashes and backslashes collapse to one `/`, leading and
 * trailing slashes go, an empty result is the root `/`, non-breaking spaces become spaces, and the text is NFC.
 */

/** Makes a user- or code-built path safe to use as a vault path, exactly as Obsidian does. */
export function normalizePath(path: string): string {
	let p = path.replace(/[\\/]+/g, "/").replace(/^\/+|\/+$/g, "");
	if (p === "") p = "/";
	return p.replace(/[\u00A0\u202F]/g, " ").normalize("NFC");
}

/** Splits `note#Heading` into its path and subpath (`#Heading`), as Obsidian's `parseLinktext`. */
export function parseLinktext(linktext: string): { path: string; subpath: string } {
	const hash = linktext.indexOf("#");
	if (hash < 0) return { path: linktext, subpath: "" };
	return { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
}

/** The file part of a link, without its `#subpath`. */
export function getLinkpath(linktext: string): string {
	return parseLinktext(linktext).path;
}
