/**
 * Publication dates from frontmatter. A date is kept twice: the calendar day as the author wrote it (grouping by
 * month must not move a `2024-02-01T00:30+02:00` post into January) and the instant (for sorting).
 * Text without a zone is read as UTC so the result does not depend on the machine's time zone.
 */
import { isRealDate, readWrittenDate, type DateFields } from "./date-formats";

/** A written time followed by a zone: `Z`, `+02`, `+0200`, `+02:00`. */
const ZONED = /^(.*\d:\d\d(?::\d\d(?:\.\d+)?)?)\s*(Z|[+-]\d\d(?::?\d\d)?)$/i;

/** Parses a frontmatter date value (string, Date, number); null when unparseable. */
export function parsePubDate(value: unknown): { date: string; time: number } | null {
	if (value instanceof Date) return fromInstant(value.getTime());
	if (typeof value === "number") return parseNumber(value);
	if (typeof value !== "string") return null;
	return parseText(value.trim());
}

function parseText(text: string): { date: string; time: number } | null {
	if (text === "") return null;
	const fast = parseIsoLike(text);
	if (fast !== undefined) return fast;
	// Every format below reads digits: text without any ("someday soon") would fail all 18 of them.
	if (!/\d/.test(text)) return null;
	const zoned = ZONED.exec(text);
	const wall = zoned ? zoned[1].trim() : text;
	const offset = zoned ? zoneOffsetMinutes(zoned[2]) : 0;
	if (offset === null) return null;
	const fields = readWrittenDate(wall);
	return fields && fromFields(fields, offset);
}

/** The date of wall-clock fields written at `offset` minutes from UTC; null for years before 1000. */
function fromFields(fields: DateFields, offset: number): { date: string; time: number } | null {
	if (fields[0] < 1000) return null;
	const wall = Date.UTC(...fields);
	return { date: new Date(wall).toISOString().slice(0, 10), time: wall - offset * 60_000 };
}

/**
 * ISO-like dates (`yyyy-MM-dd`, optionally `T` or space, `HH:mm[:ss[.SSS]]` and a zone) are nearly every date in a
 * vault, so one pattern reads them before the format list is tried (which reads them to the same result).
 */
const ISO_LIKE = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{3}))?)?\s*([Zz]|[+-]\d\d(?::?\d\d)?)?)?$/;

/**
 * The date, null when the text has the ISO shape but an impossible field (`2024-02-30`: no other format can read
 * text of that shape either), or undefined when the text is not ISO-like at all.
 */
function parseIsoLike(text: string): { date: string; time: number } | null | undefined {
	if (text.length === 10) {
		const day = plainDay(text);
		if (day !== undefined) return day;
	}
	const m = ISO_LIKE.exec(text);
	if (!m) return undefined;
	const year = Number(m[1]);
	const month = Number(m[2]) - 1;
	const day = Number(m[3]);
	const hour = m[4] === undefined ? 0 : Number(m[4]);
	const minute = m[5] === undefined ? 0 : Number(m[5]);
	const second = m[6] === undefined ? 0 : Number(m[6]);
	if (year < 1000 || !isRealDate(year, month, day, hour, minute, second)) return null;
	const offset = m[8] === undefined ? 0 : zoneOffsetMinutes(m[8]);
	if (offset === null) return null;
	const date = text.length === 10 ? text : calendarDay(text.slice(0, 10));
	const ms = m[7] === undefined ? 0 : Number(m[7]);
	return { date, time: Date.UTC(year, month, day, hour, minute, second, ms) - offset * 60_000 };
}

/** Digit value of the char at `i`, or -1. */
function digit(text: string, i: number): number {
	const c = text.charCodeAt(i) - 48;
	return c >= 0 && c <= 9 ? c : -1;
}

/**
 * `yyyy-MM-dd` exactly, the shape of most dates in a vault, read without a regex (the same result as ISO_LIKE);
 * undefined for any other text of ten characters.
 */
function plainDay(text: string): { date: string; time: number } | null | undefined {
	if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return undefined;
	const y0 = digit(text, 0), y1 = digit(text, 1), y2 = digit(text, 2), y3 = digit(text, 3);
	const m0 = digit(text, 5), m1 = digit(text, 6), d0 = digit(text, 8), d1 = digit(text, 9);
	if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return undefined;
	const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
	const month = m0 * 10 + m1 - 1;
	const day = d0 * 10 + d1;
	if (year < 1000 || !isRealDate(year, month, day)) return null;
	return { date: text, time: Date.UTC(year, month, day) };
}

/** One string per calendar day for dates read from date-times, so articles share them. Bounded: cleared when full. */
const days = new Map<string, string>();

function calendarDay(day: string): string {
	const known = days.get(day);
	if (known !== undefined) return known;
	if (days.size >= 20_000) days.clear();
	days.set(day, day);
	return day;
}

/** `Z` → 0, `+02` → 120, `-05:30` → -330; null for offsets past ±18 h. */
function zoneOffsetMinutes(zone: string): number | null {
	if (zone.toUpperCase() === "Z") return 0;
	const digits = zone.slice(1).replace(":", "");
	const minutes = Number(digits.slice(0, 2)) * 60 + (digits.length > 2 ? Number(digits.slice(2)) : 0);
	if (minutes > 18 * 60) return null;
	return zone[0] === "-" ? -minutes : minutes;
}

/** `2024` is a year and `20240206` a compact date; large numbers are epoch milliseconds (a script wrote them). */
function parseNumber(value: number): { date: string; time: number } | null {
	if (!Number.isFinite(value) || !Number.isInteger(value) || value < 0) return null;
	if (value >= 1e11) return fromInstant(value);
	return parseText(String(value));
}

function fromInstant(time: number): { date: string; time: number } | null {
	if (!Number.isFinite(time)) return null;
	const date = new Date(time);
	const year = date.getUTCFullYear();
	if (!(year >= 1000 && year <= 9999)) return null; // also refuses NaN
	return { date: date.toISOString().slice(0, 10), time };
}
