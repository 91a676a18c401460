/** What may follow a sentence's final stop: closing quotes and brackets. */
const CLOSERS = `"'”’)`;

/** Where `s[0, end)` ends once the closing quotes and brackets at its end are dropped: before the final stop, if any. */
export const endBeforeClosers = (s: string, end: number): number => {
	while (end > 0 && CLOSERS.includes(s[end - 1])) end--;
	return end;
};
