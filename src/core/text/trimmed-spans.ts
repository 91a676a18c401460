/** A `[start, end)` slice of a text, in UTF-16 offsets. */
export interface Span {
	start: number;
	end: number;
}

/** A span object; one maker, so the bundle spells `{ start, end }` once for the many places that make one. */
export const span = (start: number, end: number): Span => ({ start, end });

/** Whether two spans share at least one offset. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && a.end > b.start;

const SPACE = /\s/;

/**
 * Adds `text[start, end)` to `spans` with the whitespace at both ends dropped (as `trim` would), unless nothing is
 * left: sentence splitting and thread splitting keep offsets into the text instead of trimmed copies.
 */
export const pushTrimmed = (spans: Span[], text: string, start: number, end: number): void => {
	while (start < end && SPACE.test(text[start])) start++;
	while (end > start && SPACE.test(text[end - 1])) end--;
	if (end > start) spans.push(span(start, end));
};
