/**
 * Publication dates from frontmatter: the calendar day as the author wrote it (grouping by month must not move a
 * `2024-02-01T00:30+02:00` post into January) and, for sorting, the time on the author's clock as written, read as
 * if it were UTC. A zone is checked but not applied: sorted by instant, a note shown as 31 Dec would sit above one
 * shown as 1 Jan when their zones differ, and the rows must read in the order of the dates they show. Nothing
 * depends on the machine's time zone.
 */
import { isRealDate, readWrittenDate, utcTime, type DateFields } from "./date-formats";
import { cachedUpTo } from "../maps";
import { isNumber, isString } from "../type-checks";

/** A written time followed by a zone: `Z`, `+02`, `+0200`, `+02:00`. */
const ZONED = /^(.*\d:\d\d(?::\d\d(?:\.\d+)?)?)\s*(Z|[+-]\d\d(?::?\d\d)?)$/i;

/** A publication date: the calendar day as written (`yyyy-MM-dd`) and its wall-clock time in ms (see above). */
export interface PubDate {
	date: string;
	time: number;
}

/** Parses a frontmatter date value (string, Date, number); null when unparseable. */
export const parsePubDate = (value: unknown): PubDate | null => {
	const out: PubDate = { date: "", time: 0 };
	return readPubDate(value, out) ? out : null;
};

/** parsePubDate into a caller's object, so reading a vault's dates allocates nothing per note; false when unparseable. */
export const readPubDate = (value: unknown, out: PubDate): boolean => {
	if (value instanceof Date) return fromInstant(value.getTime(), out);
	if (isNumber(value)) return parseNumber(value, out);
	if (!isString(value)) return false;
	return parseText(value.trim(), out);
};

/**
 * What parseIsoLike and plainDate found: a date, an impossible date of their shape, or text of another shape. An
 * enum, so the bundler writes each as a plain number where it is used.
 */
enum Shape {
	found = 1,
	impossible = 0,
	other = -1,
}

const parseText = (text: string, out: PubDate): boolean => {
	if (text === "") return false;
	const fast = parseIsoLike(text, out);
	if (fast !== Shape.other) return fast === Shape.found;
	// Every format below reads digits: text without any ("someday soon") would fail all 18 of them.
	if (!/\d/.test(text)) return false;
	const zoned = ZONED.exec(text);
	const wall = zoned ? zoned[1].trim() : text;
	if (zoned && !validZone(zoned[2])) return false;
	const fields = readWrittenDate(wall);
	return fields !== null && fromFields(fields, out);
};

/** The date of wall-clock fields; false for years before 1000. */
const fromFields = (fields: DateFields, out: PubDate): boolean => {
	if (fields[0] < 1000) return false;
	out.time = Date.UTC(...fields);
	out.date = new Date(out.time).toISOString().slice(0, 10);
	return true;
};

/**
 * ISO-like dates (`yyyy-MM-dd`, optionally `T` or space, `HH:mm[:ss[.SSS]]` and a zone) are nearly every date in a
 * vault, so one pattern reads them before the format list is tried (which reads them to the same result).
 */
const ISO_LIKE = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{3}))?)?\s*([Zz]|[+-]\d\d(?::?\d\d)?)?)?$/;

/**
 * Shape.found, Shape.impossible when the text has the ISO shape but an impossible field (`2024-02-30`: no other
 * format can read text of that shape either), or Shape.other when the text is not ISO-like at all.
 */
const parseIsoLike = (text: string, out: PubDate): Shape => {
	if (text.length === 10 || text.length === 16 || text.length === 19) {
		const plain = plainDate(text, out);
		if (plain !== Shape.other) return plain;
	}
	const m = ISO_LIKE.exec(text);
	if (!m) return Shape.other;
	const year = Number(m[1]);
	const month = Number(m[2]) - 1;
	const day = Number(m[3]);
	const hour = Number(m[4] ?? 0);
	const minute = Number(m[5] ?? 0);
	const second = Number(m[6] ?? 0);
	if (m[8] !== undefined && !validZone(m[8])) return Shape.impossible;
	return readFields(text, out, year, month, day, hour, minute, second, Number(m[7] ?? 0));
};

/** Digit value of the char at `i`, or -1. */
const digit = (text: string, i: number): number => {
	const c = text.charCodeAt(i) - 48;
	return c >= 0 && c <= 9 ? c : -1;
};

/** Two digits at `i` as a number, or -1. */
const twoDigits = (text: string, i: number): number => {
	const tens = digit(text, i), ones = digit(text, i + 1);
	return (tens | ones) < 0 ? -1 : tens * 10 + ones;
};

/** Four digits at 0, `-` at 4 and 7, two digits at 5 and 8: the year, or -1 for any other text. */
const plainDayYear = (text: string): number => {
	if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return -1;
	const high = twoDigits(text, 0), low = twoDigits(text, 2);
	return (high | low | twoDigits(text, 5) | twoDigits(text, 8)) < 0 ? -1 : high * 100 + low;
};

/**
 * `yyyy-MM-dd` exactly (ten characters: the shape of most dates in a vault), or that followed by `T` or a space and
 * `HH:mm` or `HH:mm:ss` without a zone (16 or 19 characters, the other common shape), read without a regex (the same
 * result as ISO_LIKE); Shape.other for any other text of those lengths.
 */
const plainDate = (text: string, out: PubDate): Shape => {
	const year = plainDayYear(text);
	if (year < 0) return Shape.other;
	let hour = 0, minute = 0, second = 0;
	if (text.length > 10) {
		const sep = text.charCodeAt(10);
		if ((sep !== 84 && sep !== 32) || text.charCodeAt(13) !== 58) return Shape.other;
		hour = twoDigits(text, 11);
		minute = twoDigits(text, 14);
		second = text.length === 19 ? (text.charCodeAt(16) === 58 ? twoDigits(text, 17) : -1) : 0;
		if ((hour | minute | second) < 0) return Shape.other;
	}
	const month = twoDigits(text, 5) - 1;
	const day = twoDigits(text, 8);
	return readFields(text, out, year, month, day, hour, minute, second, 0);
};

/**
 * The date of parseIsoLike's and plainDate's fields, read from `text`: Shape.found, or Shape.impossible for a year
 * before 1000 or a field out of range.
 */
const readFields = (text: string, out: PubDate, year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): Shape => {
	if (year < 1000 || !isRealDate(year, month, day, hour, minute, second)) return Shape.impossible;
	out.date = text.length === 10 ? text : calendarDay(text, year, month, day);
	out.time = utcTime(year, month, day, hour, minute, second, ms);
	return Shape.found;
};

/**
 * One string per calendar day for dates read from date-times, so articles share them; found by the day's number,
 * so a known day costs no string. Bounded: cleared when full.
 */
const days = new Map<number, string>();

/** The shared `yyyy-MM-dd` of a date-time `text` whose first ten characters hold that date. */
const calendarDay = (text: string, year: number, month: number, day: number): string =>
	cachedUpTo(days, 20_000, (year * 12 + month) * 31 + day, () => text.slice(0, 10));

/** False for a zone past ±18 h (`+19:00`), which date-fns refuses too: the date is then unreadable, not moved. */
const validZone = (zone: string): boolean => {
	const digits = zone.slice(1).replace(":", "");
	return digits === "" || Number(digits.slice(0, 2)) * 60 + (digits.length > 2 ? Number(digits.slice(2)) : 0) <= 18 * 60;
};

/** `2024` is a year and `20240206` a compact date; large numbers are epoch milliseconds (a script wrote them). */
const parseNumber = (value: number, out: PubDate): boolean => {
	// `Number.isInteger` is false for NaN and the infinities too
	if (!Number.isInteger(value) || value < 0) return false;
	if (value >= 1e11) return fromInstant(value, out);
	return parseText(String(value), out);
};

const fromInstant = (time: number, out: PubDate): boolean => {
	const date = new Date(time);
	const year = date.getUTCFullYear();
	// A time that is no number, infinite or out of the Date range makes an invalid date, whose year is NaN: refused.
	if (!(year >= 1000 && year <= 9999)) return false;
	out.date = date.toISOString().slice(0, 10);
	out.time = time;
	return true;
};
