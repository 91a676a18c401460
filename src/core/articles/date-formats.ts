/**
 * The written-out date formats a frontmatter date may take (`2024/01/02 10:00`, `Jan 2, 2024`, `20240206`), read
 * the way date-fns's `parse` reads them, without bundling its parser (about 20 KB of the plugin). Each field token
 * reads greedily and never gives characters back: `yyyy` takes up to four digits, `MM`/`dd`/`HH`/`mm`/`ss` up to
 * two, `d` a day number up to 31, `SSS` up to three digits taken as milliseconds (`.5` is 5 ms, as in date-fns),
 * `MMMM` a full, three-letter or one-letter English month name and `MMM` a three- or one-letter one. The text must
 * be used up exactly. Fields are wall-clock values; the caller applies the zone.
 */
import { MONTHS as MONTH_NAMES } from "../text/date-format";

/** Formats tried, in order (date-fns pattern syntax, quotes around literal letters), one a line. */
const FORMATS = (
	"yyyy-MM-dd|" +
	"yyyy-MM-dd'T'HH:mm:ss.SSS|" +
	"yyyy-MM-dd'T'HH:mm:ss|" +
	"yyyy-MM-dd'T'HH:mm|" +
	"yyyy-MM-dd HH:mm:ss.SSS|" +
	"yyyy-MM-dd HH:mm:ss|" +
	"yyyy-MM-dd HH:mm|" +
	"yyyy/MM/dd|" +
	"yyyy/MM/dd HH:mm:ss|" +
	"yyyy/MM/dd HH:mm|" +
	"yyyy.MM.dd|" +
	"yyyyMMdd|" +
	"yyyy-MM|" +
	"yyyy|" +
	"MMMM d, yyyy|" +
	"MMM d, yyyy|" +
	"d MMMM yyyy|" +
	"d MMM yyyy"
)
	.split("|")
	.map((format) => format.match(/(\w)\1*|'[^']*'|./g) as string[]);

const MONTHS = MONTH_NAMES.map((name) => name.toLowerCase());
const WIDE = new RegExp(MONTHS.join("|"), "iy");
const SHORT = new RegExp(MONTHS.map((name) => name.slice(0, 3)).join("|"), "iy");
/** One letter names the first month it starts: `j` January, `m` March, `a` April (date-fns's narrow names). */
const NARROW = /[jfmasond]/iy;

const TWO_DIGITS = /\d{1,2}/y;

/** What each token reads, tried in order; the token's first letter is its field's place in `FIELDS`. */
const READERS: Record<string, RegExp[]> = {
	yyyy: [/\d{1,4}/y],
	MMMM: [WIDE, SHORT, NARROW],
	MMM: [SHORT, NARROW],
	MM: [TWO_DIGITS],
	dd: [TWO_DIGITS],
	d: [/3[01]|[0-2]?\d/y],
	HH: [TWO_DIGITS],
	mm: [TWO_DIGITS],
	ss: [TWO_DIGITS],
	SSS: [/\d{1,3}/y],
};
const FIELDS = "yMdHmsS";

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Date fields as `Date.UTC` takes them: year, month from 0, day, hours, minutes, seconds, milliseconds. */
export type DateFields = [number, number, number, number, number, number, number];

/** Whether the fields name a real day and time (year from 1, 29 February only in leap years, no hour 24). */
export const isRealDate = (year: number, month: number, day: number, hour = 0, minute = 0, second = 0): boolean => {
	const leap = month === 1 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
	return year > 0 && month >= 0 && month <= 11 && day >= 1 && day <= DAYS_IN_MONTH[month] + (leap ? 1 : 0) &&
		hour <= 23 && minute <= 59 && second <= 59;
};

/**
 * `Date.UTC` of a real date (isRealDate) from year 100 on, by arithmetic: Date.UTC is a call into the engine that
 * cost more than the rest of reading a `yyyy-MM-dd` date.
 */
export const utcTime = (year: number, month: number, day: number, hour: number, minute: number, second: number, ms: number): number => {
	// Days from 1970-01-01 to the date in the proleptic Gregorian calendar, counting years from March.
	const y = month < 2 ? year - 1 : year;
	const era = Math.floor(y / 400);
	const yearOfEra = y - era * 400;
	const dayOfYear = Math.floor((153 * (month < 2 ? month + 10 : month - 2) + 2) / 5) + day - 1;
	const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
	const days = era * 146_097 + dayOfEra - 719_468;
	return days * 86_400_000 + hour * 3_600_000 + minute * 60_000 + second * 1000 + ms;
};

/** The fields of the first format that reads all of `text` into a real date, or null when none does. */
export const readWrittenDate = (text: string): DateFields | null => {
	for (const tokens of FORMATS) {
		const fields = readFormat(text, tokens);
		if (fields && isRealDate(fields[0], fields[1], fields[2], fields[3], fields[4], fields[5])) return fields;
	}
	return null;
};

const readFormat = (text: string, tokens: string[]): DateFields | null => {
	const fields: DateFields = [0, 0, 1, 0, 0, 0, 0];
	let at = 0;
	for (const token of tokens) {
		const readers = READERS[token];
		if (readers === undefined) {
			const literal = token[0] === "'" ? token.slice(1, -1) : token;
			if (!text.startsWith(literal, at)) return null;
			at += literal.length;
			continue;
		}
		let read: string | undefined;
		for (const reader of readers) {
			reader.lastIndex = at;
			read = reader.exec(text)?.[0];
			if (read !== undefined) break;
		}
		if (read === undefined) return null;
		at += read.length;
		const field = FIELDS.indexOf(token[0]);
		const lower = read.toLowerCase();
		fields[field] = token.length > 2 && field === 1 ? MONTHS.findIndex((name) => name.startsWith(lower)) : Number(read) - (field === 1 ? 1 : 0);
	}
	return at === text.length ? fields : null;
};
