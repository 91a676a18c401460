/** @jest-environment node */
import fc from "fast-check";
import { isRealDate, readWrittenDate, utcTime, type DateFields } from "../../../src/core/articles/date-formats";

// The reader stands in for date-fns's `parse` over the same format list: every token reads greedily and never gives
// characters back, so some shapes read in surprising but date-fns-identical ways (checked against date-fns 4.4).
describe("readWrittenDate", () => {
	it.each<[string, DateFields]>([
		// yyyy-MM-dd and its times: numbers of one or two digits, `SSS` as up to three digits of milliseconds
		["2024-01-02", [2024, 0, 2, 0, 0, 0, 0]],
		["2024-1-5", [2024, 0, 5, 0, 0, 0, 0]],
		["2024-01-02T10:20:30.123", [2024, 0, 2, 10, 20, 30, 123]],
		["2024-01-02T10:20:30.5", [2024, 0, 2, 10, 20, 30, 5]], // `.5` is 5 ms in date-fns, not 500
		["2024-01-02T10:20:30", [2024, 0, 2, 10, 20, 30, 0]],
		["2024-01-02T1:2", [2024, 0, 2, 1, 2, 0, 0]],
		["2024-01-02 3:04:05.006", [2024, 0, 2, 3, 4, 5, 6]],
		["2024-01-02 10:20:30", [2024, 0, 2, 10, 20, 30, 0]],
		["2024-01-02 10:20", [2024, 0, 2, 10, 20, 0, 0]],
		// slashes, dots, compact
		["2024/01/02", [2024, 0, 2, 0, 0, 0, 0]],
		["2024/1/2 3:04:05", [2024, 0, 2, 3, 4, 5, 0]],
		["2024/01/02 10:00", [2024, 0, 2, 10, 0, 0, 0]],
		["2024.2.6", [2024, 1, 6, 0, 0, 0, 0]],
		["20240206", [2024, 1, 6, 0, 0, 0, 0]],
		["2024026", [2024, 1, 6, 0, 0, 0, 0]], // yyyy takes 2024, MM takes 02, dd what is left
		// year and month only
		["2024-03", [2024, 2, 1, 0, 0, 0, 0]],
		["2024-3", [2024, 2, 1, 0, 0, 0, 0]],
		["2024", [2024, 0, 1, 0, 0, 0, 0]],
		["0999", [999, 0, 1, 0, 0, 0, 0]], // read; the caller refuses years before 1000
		// month names: full, three letters or one (the first month with that letter), any case
		["January 2, 2024", [2024, 0, 2, 0, 0, 0, 0]],
		["september 5, 2024", [2024, 8, 5, 0, 0, 0, 0]],
		["JAN 2, 2024", [2024, 0, 2, 0, 0, 0, 0]],
		["May 31, 2024", [2024, 4, 31, 0, 0, 0, 0]],
		["J 2, 2024", [2024, 0, 2, 0, 0, 0, 0]],
		["M 2, 2024", [2024, 2, 2, 0, 0, 0, 0]],
		["A 2, 2024", [2024, 3, 2, 0, 0, 0, 0]],
		["2 January 2024", [2024, 0, 2, 0, 0, 0, 0]],
		["02 Jan 2024", [2024, 0, 2, 0, 0, 0, 0]],
		["2 j 2024", [2024, 0, 2, 0, 0, 0, 0]],
		// leap days
		["29 Feb 2024", [2024, 1, 29, 0, 0, 0, 0]],
		["2024/2/29", [2024, 1, 29, 0, 0, 0, 0]],
		["2000/02/29", [2000, 1, 29, 0, 0, 0, 0]],
	])("%j → %j", (text, fields) => {
		expect(readWrittenDate(text)).toEqual(fields);
	});

	it.each([
		["2023-02-30"], // impossible day
		["2023/02/29"], // not a leap year
		["1900/02/29"], // divisible by 100, not by 400
		["29 Feb 2023"],
		["31 Apr 2024"],
		["June 31, 2024"],
		["32 Jan 2024"],
		["2024-13"], // month 13, and `yyyy` cannot read the rest
		["20241301"],
		["202426"], // MM takes 26: no month
		["20241"],
		["0000"], // year 0
		["2024/02/06 24:00"],
		["2024/02/06 10:60"],
		["2024-01-02 10:20:61"],
		["2024-01-02T10:20:30.1234"], // SSS reads three digits; the fourth is left over
		["2024-02-06t10:00"], // only an upper-case T
		["02/03/2024"], // day-first or month-first: ambiguous, not a format read here
		["03-02-2024"],
		["Sept 5, 2024"], // `Sep` is read, `t` is left over
		["Janu 2, 2024"],
		["Jan 2,2024"], // the space after the comma is required
		["Jan  2, 2024"],
		["Jan 2, 2024 10:00"],
		["2024-01-02Z"], // zones are the caller's business
		[" 2024-01-02"],
		[""],
	])("%j → null", (text) => {
		expect(readWrittenDate(text)).toBeNull();
	});
});

describe("isRealDate", () => {
	it.each<[number[], boolean]>([
		[[2024, 1, 29, 23, 59, 59], true],
		[[2000, 1, 29], true], // divisible by 400
		[[1900, 1, 29], false], // divisible by 100 only
		[[2023, 1, 29], false],
		[[2024, 11, 31], true],
		[[2024, 12, 1], false],
		[[2024, -1, 1], false],
		[[2024, 0, 0], false],
		[[0, 0, 1], false],
		[[2024, 0, 1, 24], false],
		[[2024, 0, 1, 0, 60], false],
		[[2024, 0, 1, 0, 0, 60], false],
	])("%j → %s", ([year, month, day, hour, minute, second], real) => {
		expect(isRealDate(year, month, day, hour, minute, second)).toBe(real);
	});
});

describe("utcTime", () => {
	it("equals Date.UTC for any real date from year 1000", () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1000, max: 9999 }),
				fc.integer({ min: 0, max: 11 }),
				fc.integer({ min: 1, max: 31 }),
				fc.integer({ min: 0, max: 23 }),
				fc.integer({ min: 0, max: 59 }),
				fc.integer({ min: 0, max: 59 }),
				fc.integer({ min: 0, max: 999 }),
				(year, month, day, hour, minute, second, ms) => {
					if (!isRealDate(year, month, day)) return;
					expect(utcTime(year, month, day, hour, minute, second, ms)).toBe(Date.UTC(year, month, day, hour, minute, second, ms));
				},
			),
			{ numRuns: 5000 },
		);
	});

	it.each([
		[1970, 0, 1],
		[2000, 1, 29],
		[1900, 2, 1],
		[1600, 1, 29],
		[9999, 11, 31],
		[1000, 0, 1],
	])("%i-%i-%i", (year, month, day) => {
		expect(utcTime(year, month, day, 0, 0, 0, 0)).toBe(Date.UTC(year, month, day));
	});
});
