/** @jest-environment node */
import { formatPubDate, isValidDateFormat, monthLabel } from "../../../src/core/explorer/pub-date";
import { art } from "./fixtures";

describe("formatPubDate", () => {
	const now = new Date(2025, 2, 13, 15, 30); // 13 March 2025, afternoon

	it.each<[string | null, string, string]>([
		["2025-03-10", "d MMM yyyy", "10 Mar 2025"],
		["2025-03-10", "yyyy-MM-dd", "2025-03-10"],
		["2025-03-10", "EEEE d MMMM", "Monday 10 March"],
		["2025-01-01", "d MMM yyyy", "1 Jan 2025"],
		["2025-03-10", "", "10 Mar 2025"], // empty format: the default
		["2025-03-10", "jj", "10 Mar 2025"], // invalid format: the default, not an exception
		["2025-03-10", "YYYY-MM-DD", "10 Mar 2025"], // moment-style tokens date-fns refuses
		["2025-03-10", "d 'Day' yyyy", "10 Day 2025"], // quoted text may hold D and Y
		["2025-03-10", "PPP", "March 10th, 2025"],
		["2025-03-10", "EEE wo 'week'", "Mon 11th week"],
		["2025-03-10", "G yyyy", "10 Mar 2025"], // date-fns tokens left out of formatDate (here the era): the default
		[null, "d MMM yyyy", ""],
	])("%s with %j → %j", (date, format, expected) => {
		expect(formatPubDate(art("x.md", { date }), { dateFormat: format, relativeDates: false })).toBe(expected);
	});

	it.each<[string, string]>([
		["2025-03-13", "today"],
		["2025-03-12", "yesterday"],
		["2025-03-14", "tomorrow"],
		["2025-03-10", "3 days ago"],
		["2025-02-14", "27 days ago"],
		["2025-01-10", "2 months ago"], // 62 days, whole months only
		["2024-03-10", "1 year ago"],
		["2025-03-20", "in 7 days"],
		// Units switch as date-fns's formatDistanceStrict switches them: 30-day months, 365-day years, floored.
		["2025-03-15", "in 2 days"],
		["2025-03-11", "2 days ago"],
		["2025-02-12", "29 days ago"],
		["2025-02-11", "1 month ago"], // 30 days
		["2025-04-12", "in 1 month"],
		["2024-03-19", "11 months ago"], // 359 days
		["2024-03-18", "1 year ago"], // 360 days: twelve 30-day months count as a year
		["2023-03-14", "2 years ago"], // 730 days
		["2026-03-13", "in 1 year"],
		["1025-03-13", "1000 years ago"], // no digit grouping
		["2025-03", "12 days ago"], // a month-only date is the 1st
	])("relative %s → %j", (date, expected) => {
		expect(formatPubDate(art("x.md", { date }), { dateFormat: "d MMM yyyy", relativeDates: true, now })).toBe(expected);
	});

	it("counts wall-clock days, so a summer-time change in between does not shorten the distance", () => {
		// 30 calendar days, but one hour short of 30 × 24 h where clocks went forward on 30 March (as in Europe).
		const later = new Date(2025, 3, 28, 9);
		expect(formatPubDate(art("x.md", { date: "2025-03-29" }), { dateFormat: "", relativeDates: true, now: later })).toBe("1 month ago");
	});
});

describe("isValidDateFormat", () => {
	it.each<[string, boolean]>([
		["d MMM yyyy", true],
		["yyyy-MM-dd", true],
		["'week' w", true],
		["", false],
		["jj", false],
		["YYYY", false],
		["DD MMM", false],
	])("%j → %s", (fmt, ok) => {
		expect(isValidDateFormat(fmt)).toBe(ok);
	});
});

describe("monthLabel", () => {
	it.each([
		["2025-03", "March 2025"],
		["1999-12", "December 1999"],
		["bad", "bad"],
	])("%s → %s", (key, label) => {
		expect(monthLabel(key)).toBe(label);
	});
});
