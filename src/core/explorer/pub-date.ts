import type { Article } from "../articles/types";
import { formatDate, localDay } from "../text/date-format";
import { cached } from "../maps";
import { counted } from "../text/counted";

/** The format used when the user's format string is empty or invalid. */
export const DEFAULT_DATE_FORMAT = "d MMM yyyy";

/** A `yyyy-MM-dd` (or `yyyy-MM`) string as a local calendar date, so formatting never shifts it by a time zone. */
export const calendarDate = (ymd: string): Date | null => {
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(ymd);
	if (!m) return null;
	const date = new Date(Number(m[1]), Number(m[2]) - 1, m[3] ? Number(m[3]) : 1);
	return Number.isNaN(date.getTime()) ? null : date;
};

/**
 * Formats a note's publication date for its row: with the date-fns style format string (see `formatDate`), or
 * relative to `now` ("today", "yesterday", "3 days ago", "2 months ago") when `relativeDates` is set. Empty when the
 * note has no date; a broken format string falls back to the default rather than breaking the whole tree. `opts` has
 * the settings' names for both, so the explorer passes its settings as they are.
 */
export const formatPubDate = (article: Article, opts: { dateFormat: string; relativeDates: boolean; now?: Date }): string => {
	const date = article.pubDate ? calendarDate(article.pubDate) : null;
	if (!date) return "";
	if (opts.relativeDates) {
		const now = opts.now ?? new Date();
		return relativeDay(date, new Date(...localDay(now)));
	}
	const format = opts.dateFormat;
	return formatDate(date, isValidDateFormat(format) ? format : DEFAULT_DATE_FORMAT);
};

const validity = new Map<string, boolean>();

/**
 * Whether `formatDate` can use a format string, for the settings tab and for the fallback above. Moment-style
 * `YYYY` and `DD` (week-year and day-of-year in date-fns, which refuses them or warns) count as invalid.
 */
export const isValidDateFormat = (fmt: string): boolean =>
	cached(validity, fmt, (f) => {
		if (f.trim().length === 0 || /[YD]/.test(f.replace(/'[^']*'?/g, ""))) return false;
		try {
			formatDate(new Date(2000, 0, 1), f);
			return true;
		} catch {
			return false;
		}
	});

/**
 * "today", "yesterday", "tomorrow", else the distance in whole days below 30, whole months (30 days) below a year
 * (365 days) and whole years beyond, counted in wall-clock time so a summer-time change does not shorten it: the
 * English text date-fns's `formatDistanceStrict` (with `addSuffix` and floor rounding) gives, without its 3 KB.
 */
const relativeDay = (date: Date, today: Date): string => {
	const days = Math.round((today.getTime() - date.getTime()) / 86_400_000);
	if (days === 0) return "today";
	if (days === 1) return "yesterday";
	if (days === -1) return "tomorrow";
	const minutes = Math.abs(wallMinutes(today) - wallMinutes(date));
	const [count, unit] =
		minutes < 43_200 ? [Math.floor(minutes / 1440), "day"] :
		minutes < 518_400 ? [Math.floor(minutes / 43_200), "month"] :
		[Math.max(1, Math.floor(minutes / 525_600)), "year"];
	const distance = counted(count, unit);
	return days < 0 ? `in ${distance}` : `${distance} ago`;
};

/** Minutes from the epoch to the date's local wall-clock time, as if it were UTC. */
const wallMinutes = (d: Date): number =>
	Date.UTC(...localDay(d), d.getHours(), d.getMinutes()) / 60_000;

/** A month group's label, e.g. `March 2025`. */
export const monthLabel = (monthKey: string): string => {
	const date = calendarDate(monthKey);
	return date ? formatDate(date, "MMMM yyyy") : monthKey;
};
