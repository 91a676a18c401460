/**
 * Formats a date with a date-fns `format` pattern, in English (en-US) and local time, giving exactly what date-fns
 * 4 gives for the tokens supported here, without bundling date-fns (its `format` and locale were about 19 KB of
 * the plugin for one sidebar date and one heading).
 *
 * Supported: years `y` (`yy` two digits, `yo` ordinal, longer padded), quarters `Q`/`q` (`1`, `01`, `1st`, `Q1`,
 * `1st quarter`, `1`), months `M`/`L` (`3`, `03`, `3rd`, `Mar`, `March`, `M`), local week `w` (weeks start on
 * Sunday, 1 January is in week 1), day `d`, day of year `DDD` (and `Do`), weekday `E` (`Mon`, `Monday`, `M`,
 * `Mo`), `a` (`PM`, `pm`, `p.m.`, `p`), hours `H` `h` `k` `K`, minutes `m`, seconds `s`, fractions `S`, long dates
 * `P` to `PPPP`, `'quoted text'` with `''` for a quote, and other non-letters as they are. Like date-fns, any other
 * letter (and `D`, `DD`, which mean the day of the month in moment) throws a RangeError, line breaks outside quotes
 * are dropped, and field tokens accept the same lengths and ordinal `o` suffixes.
 */
import { cachedUpTo } from "../maps";

/** Patterns compiled at most; the cache is emptied when full (a vault uses one or two). */
const MAX_COMPILED = 64;
/** The English month names, January first; the frontmatter date reader matches the same names. */
export const MONTHS = "January February March April May June July August September October November December".split(" ");
const DAYS = "Sunday Monday Tuesday Wednesday Thursday Friday Saturday".split(" ");
/** en-US `P`, `PP`, `PPP`, `PPPP`. */
const LONG_DATES = ["MM/dd/yyyy", "MMM d, y", "MMMM do, y", "EEEE, MMMM do, y"];

/** date-fns's first pass: runs of `P`/`p` (long formats), quoted text, any other single character. */
const LONG_TOKENS = /P+p+|P+|p+|''|'(?:''|[^'])+(?:'|$)|./g;
/** date-fns's second pass: ordinal tokens, runs of one word character, quoted text, any other single character. */
const TOKENS = /[yYQqMLwIdDecihHKkms]o|(\w)\1*|''|'(?:''|[^'])+(?:'|$)|./g;
const QUOTED = /^'([\s\S]*?)'?$/;
const LATIN = /[a-zA-Z]/;
const SUPPORTED = /[yQqMLwdDEahHkKmsS]/;

/** A compiled pattern: literal text, or a field token such as `MMM`. */
type Part = { text: string } | { token: string };

const compiled = new Map<string, Part[]>();

/** Formats `date` with a date-fns pattern (see above); throws a RangeError for an invalid date or pattern. */
export const formatDate = (date: Date, pattern: string): string => {
	if (Number.isNaN(date.getTime())) throw new RangeError("Invalid time value");
	let out = "";
	for (const part of compile(pattern)) out += "text" in part ? part.text : field(date, part.token);
	return out;
};

/** Splits a pattern into parts once, so each row only walks them; rejects unsupported tokens up front. */
const compile = (pattern: string): Part[] =>
	cachedUpTo(compiled, MAX_COMPILED, pattern, () => {
		const expanded = (pattern.match(LONG_TOKENS) ?? [])
			.map((s) => (s[0] === "P" && !s.includes("p") ? LONG_DATES[Math.min(s.length, 4) - 1] : s))
			.join("");
		return (expanded.match(TOKENS) ?? []).map(toPart);
	});

const toPart = (s: string): Part => {
	if (s === "''") return { text: "'" };
	const first = s[0];
	if (first === "'") return { text: (QUOTED.exec(s)?.[1] ?? s).replace(/''/g, "'") };
	if (SUPPORTED.test(first) && s !== "D" && s !== "DD") return { token: s };
	if (LATIN.test(first)) throw new RangeError(`Unsupported date format token \`${s}\``);
	return { text: s };
};

const quarter = (date: Date): number => Math.floor(date.getMonth() / 3) + 1;

const month = (date: Date): number => date.getMonth() + 1;

/** The numeric fields: the number each token letter reads off the date (the year as date-fns shows it). */
const NUMBERS: Record<string, (date: Date) => number> = {
	y: (date) => {
		const full = date.getFullYear();
		return full > 0 ? full : 1 - full;
	},
	Q: quarter,
	q: quarter,
	M: month,
	L: month,
	w: localWeek,
	d: (date) => date.getDate(),
	D: (date) => dayOf(date) - dayNumber(date.getFullYear()) + 1,
	h: (date) => date.getHours() % 12 || 12,
	H: (date) => date.getHours(),
	K: (date) => date.getHours() % 12,
	k: (date) => date.getHours() || 24,
	m: (date) => date.getMinutes(),
	s: (date) => date.getSeconds(),
};

/** One field token's text: an ordinal `…o` token is the number as 1st, 2nd…; other numbers are padded to the token's length. */
const field = (date: Date, token: string): string => {
	const n = token.length;
	const letter = token[0];
	// Only numeric fields take the `o` suffix (see TOKENS), so `value` is set whenever the token is an ordinal.
	const value = NUMBERS[letter]?.(date) ?? 0;
	if (n === 2 && token[1] === "o") return nth(value);
	switch (letter) {
		case "y":
			return pad(token === "yy" ? value % 100 : value, n);
		case "Q":
		case "q":
			return n < 3 ? pad(value, n) : n === 5 ? String(value) : n === 3 ? `Q${value}` : `${nth(value)} quarter`;
		case "M":
		case "L": {
			const name = MONTHS[value - 1];
			return n < 3 ? pad(value, n) : n === 3 ? name.slice(0, 3) : n === 5 ? name[0] : name;
		}
		case "E": {
			const day = DAYS[date.getDay()];
			return n <= 3 ? day.slice(0, 3) : n === 5 ? day[0] : n === 6 ? day.slice(0, 2) : day;
		}
		case "a": {
			const pm = date.getHours() >= 12;
			return n <= 2 ? (pm ? "PM" : "AM") : n === 3 ? (pm ? "pm" : "am") : n === 5 ? (pm ? "p" : "a") : pm ? "p.m." : "a.m.";
		}
		case "S": // the first n digits of the fraction of a second, computed as date-fns does
			return pad(Math.trunc(date.getMilliseconds() * Math.pow(10, n - 3)), n);
		default:
			return pad(value, n);
	}
};

/** `n` with at least `width` digits, the sign in front. */
const pad = (n: number, width: number): string => (n < 0 ? "-" : "") + String(Math.abs(n)).padStart(width, "0");

/** Ordinal suffixes by last digit, for numbers outside 10 to 20 (which all take "th"). */
const ORDINAL_SUFFIXES = ["th", "st", "nd", "rd"];

/** The English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st. */
const nth = (n: number): string => {
	const rem100 = n % 100;
	return `${n}${(rem100 > 20 || rem100 < 10 ? ORDINAL_SUFFIXES[rem100 % 10] : undefined) ?? "th"}`;
};

/** Days since 1 January 1970 of a calendar date (any year, including 0–99), free of time zones; 1 January by default. */
const dayNumber = (year: number, month = 0, day = 1): number => {
	const t = new Date(0);
	t.setUTCFullYear(year, month, day);
	return t.getTime() / 86_400_000;
};

/** A local date's year, month (0–11) and day of the month, to spread into `Date` and `Date.UTC` (one spelling of the three calls). */
export const localDay = (date: Date): [year: number, month: number, day: number] => [date.getFullYear(), date.getMonth(), date.getDate()];

/** The day number of a local date's calendar day. */
const dayOf = (date: Date): number => dayNumber(...localDay(date));

/** Sunday on or before the day `n` (as a day number; day 0 was a Thursday). */
const sundayOf = (n: number): number => n - ((n % 7) + 11) % 7;

/** The en-US week of the year: weeks start on Sunday and week 1 is the one holding 1 January. */
function localWeek(date: Date): number {
	const year = date.getFullYear();
	const sunday = sundayOf(dayOf(date));
	if (sunday >= sundayOf(dayNumber(year + 1))) return 1;
	return (sunday - sundayOf(dayNumber(year))) / 7 + 1;
}
