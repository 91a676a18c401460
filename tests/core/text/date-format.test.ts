/** @jest-environment node */
import { execFileSync } from "node:child_process";
import path from "node:path";

import { format } from "date-fns";
import { buildSync } from "esbuild";

import { formatDate } from "../../../src/core/text/date-format";
import { checkAgainstDateFns } from "./date-format-oracle";

// formatDate stands in for date-fns's `format` (en-US) in the bundle; date-fns stays here as the oracle.

const MON = new Date(2025, 2, 3, 14, 5, 9, 7); // Monday 3 March 2025, 14:05:09.007
const NYE = new Date(1999, 11, 31, 0, 0, 0, 0); // Friday 31 December 1999, midnight

describe("formatDate tokens", () => {
	it.each<[Date, string, string]>([
		[MON, "y", "2025"],
		[MON, "yy", "25"],
		[MON, "yyy", "2025"],
		[MON, "yyyy", "2025"],
		[MON, "yyyyy", "02025"],
		[MON, "yo", "2025th"],
		[new Date(2021, 0, 1), "yo", "2021st"],
		[new Date(2005, 0, 1), "yy", "05"],
		[MON, "Q", "1"],
		[MON, "QQ", "01"],
		[MON, "Qo", "1st"],
		[MON, "QQQ", "Q1"],
		[MON, "QQQQ", "1st quarter"],
		[MON, "QQQQQ", "1"],
		[NYE, "QQQQ", "4th quarter"],
		[NYE, "qqq", "Q4"],
		[MON, "M", "3"],
		[MON, "Mo", "3rd"],
		[MON, "MM", "03"],
		[MON, "MMM", "Mar"],
		[MON, "MMMM", "March"],
		[MON, "MMMMM", "M"],
		[MON, "MMMMMM", "March"],
		[NYE, "M MM", "12 12"],
		[MON, "L", "3"],
		[MON, "LL", "03"],
		[MON, "Lo", "3rd"],
		[MON, "LLL", "Mar"],
		[MON, "LLLL", "March"],
		[MON, "LLLLL", "M"],
		[MON, "w", "10"], // weeks start on Sunday: week 1 began on Sunday 29 December 2024
		[MON, "wo", "10th"],
		[NYE, "ww", "01"], // the week holding 1 January 2000 is week 1 of 2000
		[new Date(2025, 0, 4), "w", "1"],
		[new Date(2025, 0, 5), "w", "2"],
		[MON, "d", "3"],
		[MON, "do", "3rd"],
		[MON, "dd", "03"],
		[MON, "ddd", "003"],
		[new Date(2025, 2, 11), "do", "11th"],
		[new Date(2025, 2, 22), "do", "22nd"],
		[MON, "DDD", "062"],
		[MON, "Do", "62nd"],
		[NYE, "DDD", "365"],
		[new Date(2024, 11, 31), "DDD", "366"],
		[MON, "E", "Mon"],
		[MON, "EE", "Mon"],
		[MON, "EEE", "Mon"],
		[MON, "EEEE", "Monday"],
		[MON, "EEEEE", "M"],
		[MON, "EEEEEE", "Mo"],
		[NYE, "EEEE", "Friday"],
		[MON, "H", "14"],
		[MON, "HH", "14"],
		[MON, "Ho", "14th"],
		[NYE, "H HH", "0 00"],
		[MON, "h", "2"],
		[MON, "hh", "02"],
		[NYE, "h", "12"],
		[MON, "k", "14"],
		[NYE, "k kk", "24 24"],
		[MON, "K KK", "2 02"],
		[NYE, "K", "0"],
		[MON, "m", "5"],
		[MON, "mm", "05"],
		[MON, "mo", "5th"],
		[MON, "s", "9"],
		[MON, "ss", "09"],
		[MON, "so", "9th"],
		[MON, "S", "0"],
		[MON, "SS", "00"],
		[MON, "SSS", "007"],
		[MON, "SSSS", "0070"],
		[new Date(2025, 0, 1, 0, 0, 0, 987), "S SS SSS", "9 98 987"],
		[MON, "a", "PM"],
		[MON, "aa", "PM"],
		[MON, "aaa", "pm"],
		[MON, "aaaa", "p.m."],
		[MON, "aaaaa", "p"],
		[NYE, "a aaa aaaa aaaaa", "AM am a.m. a"],
		[MON, "P", "03/03/2025"],
		[MON, "PP", "Mar 3, 2025"],
		[MON, "PPP", "March 3rd, 2025"],
		[MON, "PPPP", "Monday, March 3rd, 2025"],
		[MON, "PPo", "Mar 3, 2025th"], // like date-fns, the expansion is read again with what follows it
		[MON, "d MMM yyyy", "3 Mar 2025"],
		[MON, "yyyy-MM-dd HH:mm", "2025-03-03 14:05"],
		[MON, "EEEE d MMMM", "Monday 3 March"],
		[MON, "'week' w", "week 10"],
		[MON, "d 'Day' yyyy", "3 Day 2025"],
		[MON, "h 'o''clock'", "2 o'clock"],
		[MON, "''d''", "'3'"],
		[MON, "'unterminated d", "unterminated d"],
		[MON, "d'", "3"], // a lone trailing quote is dropped
		[MON, "d\nM", "33"], // line breaks outside quotes are dropped, as date-fns does
		[MON, "'a\nb'", "a\nb"],
		[MON, "12_é/→", "12_é/→"],
		[MON, "dMM", "303"],
	])("%s with %j → %j", (date, pattern, expected) => {
		expect(formatDate(date, pattern)).toBe(expected);
	});

	it("writes years before 1000 and in the first century as date-fns does", () => {
		const d = new Date(2000, 0, 1);
		d.setFullYear(45);
		expect(formatDate(d, "y yy yyyy yo")).toBe("45 45 0045 45th");
		expect(formatDate(new Date(987, 5, 1), "yyyy-MM-dd w DDD")).toBe("0987-06-01 22 152");
	});

	it("is empty for an empty pattern", () => {
		expect(formatDate(MON, "")).toBe("");
	});
});

describe("formatDate rejects", () => {
	// Letters date-fns knows but this formatter leaves out (eras, week years, ISO weeks, local weekdays, zones,
	// timestamps, times of day): a pattern using them falls back to the default in the sidebar.
	const UNSUPPORTED = "ABCFGIJNRTUVWXYZbcefgijlnoprtuvxz";

	it.each([...UNSUPPORTED])("the letter %s", (letter) => {
		expect(() => formatDate(MON, `d ${letter} M`)).toThrow(RangeError);
	});

	it.each(["D", "DD", "YYYY", "YY", "D MMM", "MMo", "So", "Eo", "ao", "Pp", "p", "jj", "d MMM yyyy jj"])("the pattern %j", (pattern) => {
		expect(() => formatDate(MON, pattern)).toThrow(RangeError);
	});

	it("an invalid date", () => {
		expect(() => formatDate(new Date(Number.NaN), "d")).toThrow(RangeError);
	});

	it("throws for every letter date-fns does not know either", () => {
		for (const letter of "ACFJNUVWZfgjlnrv") expect(() => format(MON, letter)).toThrow(RangeError);
	});
});

describe("formatDate against date-fns", () => {
	beforeAll(() => jest.spyOn(console, "warn").mockImplementation(() => undefined)); // date-fns warns about `DDD`
	afterAll(() => jest.restoreAllMocks());

	it("formats random dates with random patterns exactly as date-fns does, errors included (test zone: UTC)", () => {
		expect(new Date(2025, 0, 15).getTimezoneOffset()).toBe(0);
		checkAgainstDateFns(3000);
	});

	// Jest's global setup pins TZ=UTC for every worker and a test cannot change its own process's zone, so the same
	// check runs as a bundled node script in zones west, east (at a 45-minute offset) and with half-hour summer time.
	it.each<[string, number]>([
		["America/New_York", 300],
		["Asia/Kathmandu", -345],
		["Australia/Lord_Howe", -660],
	])("in %s too", (zone, offset) => {
		const bundle = buildSync({
			entryPoints: [path.join(__dirname, "date-format-zone-run.ts")],
			bundle: true,
			platform: "node",
			format: "cjs",
			write: false,
			logLevel: "silent",
		});
		const out = execFileSync(process.execPath, ["-", "2000"], {
			input: bundle.outputFiles[0].text,
			env: { ...process.env, TZ: zone },
			encoding: "utf8",
		});
		expect(out.trim()).toBe(`${offset} ok`);
	});
});
