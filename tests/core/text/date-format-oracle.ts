/**
 * The property that formatDate writes exactly what date-fns's `format` writes (or throws when it throws), shared by
 * the jest test (in the test zone) and by date-format-zone-run.ts (bundled and run by node in other zones, since
 * jest pins TZ=UTC in its global setup and a test cannot change the zone of its own process).
 */
import { format } from "date-fns";
import fc from "fast-check";

import { formatDate } from "../../../src/core/text/date-format";

/** The tokens formatDate supports, at every length it treats differently (and one longer). */
const TOKENS = [
	"y", "yy", "yyy", "yyyy", "yyyyy", "yo",
	"Q", "QQ", "QQQ", "QQQQ", "QQQQQ", "QQQQQQ", "Qo", "q", "qq", "qqq", "qqqq", "qqqqq", "qo",
	"M", "MM", "MMM", "MMMM", "MMMMM", "MMMMMM", "Mo", "L", "LL", "LLL", "LLLL", "LLLLL", "LLLLLL", "Lo",
	"w", "ww", "wo", "d", "dd", "ddd", "do", "DDD", "DDDD", "Do",
	"E", "EE", "EEE", "EEEE", "EEEEE", "EEEEEE", "EEEEEEE",
	"a", "aa", "aaa", "aaaa", "aaaaa", "aaaaaa",
	"h", "hh", "ho", "H", "HH", "Ho", "k", "kk", "ko", "K", "KK", "Ko", "m", "mm", "mo", "s", "ss", "so",
	"S", "SS", "SSS", "SSSS", "P", "PP", "PPP", "PPPP", "PPPPP",
];
/** Lone quotes are left to `soup`: here they would unquote letters (`x`) that date-fns knows and formatDate does not. */
const SEPARATORS = [" ", "-", "/", ":", ", ", ".", "", "''", "\n", "0", "12", "_", "é", "→", "(", ")"];
const quoted = fc
	.string({ unit: fc.constantFrom("a", "Y", "D", "x", " ", "'", "\n", "é", "y"), maxLength: 8 })
	.map((text) => `'${text.replace(/'/g, "''")}'`);
const piece = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
	{ weight: 2, arbitrary: fc.constantFrom(...SEPARATORS) },
	{ weight: 1, arbitrary: quoted },
);
/** Patterns built from supported tokens, quoted text and separators (neighbours may merge, e.g. `M` + `Mo`). */
const pattern = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => pieces.join(""));
/** Anything made of the supported letters, `o`, quotes and separators, so tokens also merge and break up. */
const soup = fc.string({ unit: fc.constantFrom(..."yQqMLwdDEahHkKmsSPo' -/:,.\n0é"), minLength: 1, maxLength: 12 });
/** Dates from 1900 to 2100: any instant, and any local wall-clock fields (rolled over as Date does). */
const date = fc.oneof(
	fc.date({ min: new Date(1900, 0, 1), max: new Date(2100, 11, 31, 23, 59, 59, 999), noInvalidDate: true }),
	fc
		.record({
			y: fc.integer({ min: 1900, max: 2100 }),
			mo: fc.integer({ min: 0, max: 11 }),
			d: fc.integer({ min: 1, max: 31 }),
			h: fc.integer({ min: 0, max: 23 }),
			mi: fc.integer({ min: 0, max: 59 }),
			s: fc.integer({ min: 0, max: 59 }),
			ms: fc.integer({ min: 0, max: 999 }),
		})
		.map((f) => new Date(f.y, f.mo, f.d, f.h, f.mi, f.s, f.ms)),
);

/** A formatter's text, or the kind of error it threw. */
function outcome(formatter: (d: Date, p: string) => string, d: Date, p: string): string {
	try {
		return formatter(d, p);
	} catch (error) {
		return error instanceof RangeError ? "RangeError" : `other error: ${String(error)}`;
	}
}

/** Asserts (throwing fast-check's report with a counterexample) that formatDate and date-fns agree. */
export function checkAgainstDateFns(numRuns: number): void {
	fc.assert(
		fc.property(date, pattern, (d, p) => {
			fc.pre(/[^\n]/.test(p)); // date-fns fails with a TypeError on an empty pattern or one of line breaks only
			const expected = outcome(format, d, p);
			return !expected.startsWith("other") && outcome(formatDate, d, p) === expected;
		}),
		{ numRuns },
	);
	fc.assert(
		fc.property(date, soup, (d, p) => {
			fc.pre(/[^\n]/.test(p));
			const expected = outcome(format, d, p);
			return !expected.startsWith("other") && outcome(formatDate, d, p) === expected;
		}),
		{ numRuns },
	);
	// Week numbers and days of the year, on every day around each new year.
	for (let year = 1900; year <= 2100; year++) {
		for (let day = -7; day <= 7; day++) {
			const d = new Date(year, 0, 1 + day, 12);
			if (formatDate(d, "yyyy w DDD") !== format(d, "yyyy w DDD")) throw new Error(`week or day of year differs on ${d.toString()}`);
		}
	}
}
