/**
 * Publication dates from frontmatter. A date is kept twice: the calendar day as the author wrote it (grouping by
 * month must not move a `2024-02-01T00:30+02:00` post into January) and the instant (for sorting).
 * Text without a zone is read as UTC so the result does not depend on the machine's time zone.
 */
import { isValid, parse } from "date-fns";

/** Formats tried, in order, on the written text without its zone; `X` reads the `Z` this module appends. */
const FORMATS = [
	"yyyy-MM-dd",
	"yyyy-MM-dd'T'HH:mm:ss.SSS",
	"yyyy-MM-dd'T'HH:mm:ss",
	"yyyy-MM-dd'T'HH:mm",
	"yyyy-MM-dd HH:mm:ss.SSS",
	"yyyy-MM-dd HH:mm:ss",
	"yyyy-MM-dd HH:mm",
	"yyyy/MM/dd",
	"yyyy/MM/dd HH:mm:ss",
	"yyyy/MM/dd HH:mm",
	"yyyy.MM.dd",
	"yyyyMMdd",
	"yyyy-MM",
	"yyyy",
	"MMMM d, yyyy",
	"MMM d, yyyy",
	"d MMMM yyyy",
	"d MMM yyyy",
].map((format) => `${format}X`);

/** A written time followed by a zone: `Z`, `+02`, `+0200`, `+02:00`. */
const ZONED = /^(.*\d:\d\d(?::\d\d(?:\.\d+)?)?)\s*(Z|[+-]\d\d(?::?\d\d)?)$/i;

/** Parses a frontmatter date value (string, Date, number) with date-fns; null when unparseable. */
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
	for (const format of FORMATS) {
		const asUtc = parse(`${wall}Z`, format, new Date(0));
		if (!isValid(asUtc)) continue;
		const year = asUtc.getUTCFullYear();
		if (year < 1000 || year > 9999) return null;
		return { date: asUtc.toISOString().slice(0, 10), time: asUtc.getTime() - offset * 60_000 };
	}
	return null;
}

/**
 * ISO-like dates (`yyyy-MM-dd`, optionally `T` or space, `HH:mm[:ss[.SSS]]` and a zone) are nearly every date in a
 * vault; date-fns tries up to 18 formats for each, so they are read here directly, with date-fns's own field ranges
 * (checked against it on thousands of generated strings). Other shapes go on to date-fns and the format list.
 */
const ISO_LIKE = /^(\d{4})-(\d\d)-(\d\d)(?:[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{3}))?)?\s*([Zz]|[+-]\d\d(?::?\d\d)?)?)?$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * The date, null when the text has the ISO shape but an impossible field (`2024-02-30`: no other format can read
 * text of that shape either), or undefined when the text is not ISO-like at all.
 */
function parseIsoLike(text: string): { date: string; time: number } | null | undefined {
	const m = ISO_LIKE.exec(text);
	if (!m) return undefined;
	const year = Number(m[1]);
	const month = Number(m[2]);
	const day = Number(m[3]);
	const hour = m[4] === undefined ? 0 : Number(m[4]);
	const minute = m[5] === undefined ? 0 : Number(m[5]);
	const second = m[6] === undefined ? 0 : Number(m[6]);
	const ms = m[7] === undefined ? 0 : Number(m[7]);
	if (year < 1000 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) return null;
	const leap = month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	if (day > DAYS_IN_MONTH[month - 1] + (leap ? 1 : 0)) return null;
	const offset = m[8] === undefined ? 0 : zoneOffsetMinutes(m[8]);
	if (offset === null) return null;
	const date = text.length === 10 ? text : calendarDay(text.slice(0, 10));
	return { date, time: Date.UTC(year, month - 1, day, hour, minute, second, ms) - offset * 60_000 };
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
