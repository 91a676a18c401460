/**
 * Which characters end an Obsidian tag. Shared by the body scanner and the frontmatter rules so that
 * `#a.b` in the text and `tags: a.b` in YAML are judged the same way.
 */
const ASCII_TERMINATORS = "'!\"#$%&()*+,.:;<=>?@^`{|}~[]\\";

const terminatorTable: boolean[] = (() => {
	const t: boolean[] = [];
	for (let i = 0; i < 128; i++) t.push(false);
	for (const ch of ASCII_TERMINATORS) t[ch.charCodeAt(0)] = true;
	return t;
})();

/** Whitespace as JavaScript's `\s` sees it (Obsidian's tag rule uses `\s`). */
function isJsWhitespace(code: number): boolean {
	if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
	if (code < 0x80) return false;
	return (
		code === 0xa0 ||
		code === 0x1680 ||
		(code >= 0x2000 && code <= 0x200a) ||
		code === 0x2028 ||
		code === 0x2029 ||
		code === 0x202f ||
		code === 0x205f ||
		code === 0x3000 ||
		code === 0xfeff
	);
}

/** True when this UTF-16 code unit cannot be part of a tag name (whitespace, listed punctuation, or the
 * General Punctuation / Supplemental Punctuation blocks). Surrogates (emoji) are allowed. */
export function endsTag(code: number): boolean {
	if (code < 128) return code <= 32 ? isJsWhitespace(code) : terminatorTable[code];
	if ((code >= 0x2000 && code <= 0x206f) || (code >= 0x2e00 && code <= 0x2e7f)) return true;
	return isJsWhitespace(code);
}

/** True for the ASCII digits, which alone cannot make a tag (`#1984` is not a tag). */
export function isDigit(code: number): boolean {
	return code >= 48 && code <= 57;
}
