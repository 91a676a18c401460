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
		[null, "d MMM yyyy", ""],
	])("%s with %j → %j", (date, format, expected) => {
		expect(formatPubDate(art("x.md", { date }), { format, relative: false })).toBe(expected);
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
	])("relative %s → %j", (date, expected) => {
		expect(formatPubDate(art("x.md", { date }), { format: "d MMM yyyy", relative: true, now })).toBe(expected);
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
