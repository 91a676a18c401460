/**
 * The inline code spans of one line, as CommonMark reads them: a run of backticks opens a span that the next run of
 * exactly as many closes; a run with no such partner is a literal backtick. Returned flat as `[start, end, ticks, …]`
 * (end exclusive, the backticks included; `ticks` the length of each fence), in order. Linear in the line: each run learns its next partner in one
 * backward pass, where a regular expression would backtrack over long runs of backticks.
 */
export const codeSpans = (line: string): number[] => {
	const runs: number[] = [];
	for (const m of line.matchAll(/`+/g)) runs.push(m.index, m[0].length);
	const partner: number[] = [];
	const last = new Map<number, number>();
	for (let r = runs.length - 2; r >= 0; r -= 2) {
		partner[r] = last.get(runs[r + 1]) ?? -1;
		last.set(runs[r + 1], r);
	}
	const spans: number[] = [];
	for (let r = 0; r < runs.length; r += 2) {
		const p = partner[r];
		if (p < 0) continue;
		spans.push(runs[r], runs[p] + runs[p + 1], runs[p + 1]);
		r = p;
	}
	return spans;
};
