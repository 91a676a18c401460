/** @jest-environment node */
import fc from "fast-check";
import { parsePubDate } from "../../../src/core/articles/dates";

// ISO-like text is read without date-fns; these check its field ranges and zones against the calendar.
describe("parsePubDate: ISO-like text", () => {
	it.each<[string, string, number]>([
		["2024-02-29", "2024-02-29", Date.UTC(2024, 1, 29)],
		["2000-02-29", "2000-02-29", Date.UTC(2000, 1, 29)],
		["2024-12-31T23:59:59.999", "2024-12-31", Date.UTC(2024, 11, 31, 23, 59, 59, 999)],
		["2024-01-01 00:00:00", "2024-01-01", Date.UTC(2024, 0, 1)],
		["2024-01-01T00:30+01:00", "2024-01-01", Date.UTC(2024, 0, 1, 0, 30)],
		["2024-01-01T10:00 Z", "2024-01-01", Date.UTC(2024, 0, 1, 10)],
		["2024-01-01T10:00z", "2024-01-01", Date.UTC(2024, 0, 1, 10)],
		["2024-01-01T10:00-0530", "2024-01-01", Date.UTC(2024, 0, 1, 10)],
		["2024-01-01T10:00+05", "2024-01-01", Date.UTC(2024, 0, 1, 10)],
		// Not ISO-like: left to the written-out formats.
		["2024/01/02 10:00", "2024-01-02", Date.UTC(2024, 0, 2, 10)],
		["Jan 2, 2024", "2024-01-02", Date.UTC(2024, 0, 2)],
		["2 January 2024", "2024-01-02", Date.UTC(2024, 0, 2)],
	])("%j → %s", (text, date, time) => {
		expect(parsePubDate(text)).toEqual({ date, time });
	});

	it.each([
		["2023-02-29"], // not a leap year
		["1900-02-29"], // divisible by 100, not by 400
		["2024-04-31"],
		["2024-00-10"],
		["2024-01-00"],
		["2024-02-06T24:00"],
		["2024-02-06T23:60"],
		["2024-02-06T23:59:60"],
		["2024-02-06T10:00+19:00"], // offsets stop at ±18 h
		["0999-01-01"], // years before 1000 are refused
		["2024-02-06t10:00"], // date-fns reads only an upper-case T
	])("%j → null", (text) => {
		expect(parsePubDate(text)).toBeNull();
	});
});

// Other shapes go through the written-out format list; the zone, if any, is cut off first and only checked.
describe("parsePubDate: written-out formats", () => {
	it.each<[string | number, string, number]>([
		["2024-1-5", "2024-01-05", Date.UTC(2024, 0, 5)],
		["2024-01-02T10:20:30.5", "2024-01-02", Date.UTC(2024, 0, 2, 10, 20, 30, 5)],
		["2024-01-02 10:00:00.5 +01:00", "2024-01-02", Date.UTC(2024, 0, 2, 10, 0, 0, 5)],
		["2024/01/02 10:00+02:00", "2024-01-02", Date.UTC(2024, 0, 2, 10)],
		["2024/02/06 10:00 -0530", "2024-02-06", Date.UTC(2024, 1, 6, 10)],
		["2024/01/02 10:00 Z", "2024-01-02", Date.UTC(2024, 0, 2, 10)],
		["2024/01/02 23:30-02", "2024-01-02", Date.UTC(2024, 0, 2, 23, 30)], // the written day and clock, not the UTC ones
		["2024.02.06", "2024-02-06", Date.UTC(2024, 1, 6)],
		["20240206", "2024-02-06", Date.UTC(2024, 1, 6)],
		["2024-03", "2024-03-01", Date.UTC(2024, 2, 1)],
		["2024", "2024-01-01", Date.UTC(2024, 0, 1)],
		["september 5, 2024", "2024-09-05", Date.UTC(2024, 8, 5)],
		["29 Feb 2024", "2024-02-29", Date.UTC(2024, 1, 29)],
		[20240206, "2024-02-06", Date.UTC(2024, 1, 6)],
		[2024, "2024-01-01", Date.UTC(2024, 0, 1)],
	])("%j → %s", (value, date, time) => {
		expect(parsePubDate(value)).toEqual({ date, time });
	});

	it.each<[string | number]>([
		["2023/02/29"],
		["31 Apr 2024"],
		["02/03/2024"],
		["Sept 5, 2024"],
		["0999"], // a year before 1000
		[999],
		["3 Jan 24"],
		["2024/01/02 10:00+19:00"],
		["12 May 2024 +02:00"], // a zone only after a time
		["2024/01/02+02:00"],
		["someday soon"],
	])("%j → null", (value) => {
		expect(parsePubDate(value)).toBeNull();
	});
});

describe("parsePubDate: the sort time follows the written clock, not the zone", () => {
	it("orders two notes as the days they show, across midnight in different zones", () => {
		const lateNewYearsEve = parsePubDate("2023-12-31T23:30:00-05:00")!;
		const earlyNewYear = parsePubDate("2024-01-01T00:30:00+02:00")!;
		expect([lateNewYearsEve.date, earlyNewYear.date]).toEqual(["2023-12-31", "2024-01-01"]);
		expect(earlyNewYear.time).toBeGreaterThan(lateNewYearsEve.time);
		expect(parsePubDate(2024)!.time).toBeGreaterThan(lateNewYearsEve.time);
	});

	it("never orders two dates against the days they show, whatever their zones", () => {
		const pad = (n: number) => String(n).padStart(2, "0");
		const zoned = fc
			.tuple(fc.integer({ min: 14, max: 15 }), fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), fc.integer({ min: -18, max: 18 }))
			.map(([d, h, m, z]) => `2024-03-${pad(d)}T${pad(h)}:${pad(m)}${z < 0 ? "-" : "+"}${pad(Math.abs(z))}:00`);
		fc.assert(
			fc.property(zoned, zoned, (a, b) => {
				const [x, y] = [parsePubDate(a)!, parsePubDate(b)!];
				if (x.date < y.date) expect(x.time).toBeLessThan(y.time);
			}),
		);
	});
});

describe("parsePubDate: plain yyyy-MM-dd", () => {
	it("reads every yyyy-MM-dd as the calendar would, and rejects impossible days", () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 }), (y, m, d) => {
				const text = `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
				const instant = new Date(Date.UTC(2000, m - 1, d));
				instant.setUTCFullYear(y);
				const real = m >= 1 && m <= 12 && instant.getUTCMonth() === m - 1 && instant.getUTCDate() === d;
				expect(parsePubDate(text)).toEqual(y >= 1000 && real ? { date: text, time: instant.getTime() } : null);
			}),
			{ numRuns: 3000 },
		);
	});
});

describe("parsePubDate: date-times read without the pattern", () => {
	it.each([
		["2024-02-06T08:30", "2024-02-06", Date.UTC(2024, 1, 6, 8, 30)],
		["2024-02-06 08:30", "2024-02-06", Date.UTC(2024, 1, 6, 8, 30)],
		["2024-02-06T08:30:59", "2024-02-06", Date.UTC(2024, 1, 6, 8, 30, 59)],
		["2024-02-29 23:59:00", "2024-02-29", Date.UTC(2024, 1, 29, 23, 59)],
		["2024-02-06T08:30 +02", "2024-02-06", Date.UTC(2024, 1, 6, 8, 30)],
		["2024-02-06T08:30Z+0", null, null],
		["2023-02-29T08:30", null, null],
		["2024-02-06T24:00", null, null],
		["2024-02-06T08:60:00", null, null],
		["2024-02-06X08:30", null, null],
		["0999-02-06T08:30", null, null],
	])("%j → %s", (text, date, time) => {
		expect(parsePubDate(text)).toEqual(date === null ? null : { date, time });
	});

	it("gives one string per calendar day", () => {
		expect(parsePubDate("2024-03-01T10:00")!.date).toBe(parsePubDate("2024-03-01 11:00:30")!.date);
	});
});
