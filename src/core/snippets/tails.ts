import type { CleanLine } from "./clean";

/** Which lines are the author's: `lines[from..to)`; the rest is a dateline header or pasted reader comments. */
export interface AuthorRange {
	from: number;
	to: number;
	/** Why the top was cut (e.g. "dateline"), or null when nothing was. */
	head: string | null;
	/** Why the end was cut (e.g. "commenter", "lead-in"), or null when nothing was. */
	tail: string | null;
}

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DATE = `(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}\\s+${MONTH},?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;
const TIME = "\\d{1,2}:\\d{2}\\s*(?:[ap]\\.?\\s?m\\.?)?";
const WEEKDAY = "(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)";

const COMMENT_DATE = new RegExp(`^(?:on\\s+)?${WEEKDAY}?${DATE}(?:\\s*(?:at|[@,–-])?\\s*${TIME})\\s*$`, "i");
const DATED_COMMENTER = new RegExp(`\\b${DATE}\\b.*\\b(?:says|said|wrote)\\s*:?\\s*$|^[\\p{L}.'’ -]{2,40}\\s*[|–—-]\\s*${DATE}`, "iu");
const COMMENTS_HEADING = /^(?:\d{1,4}|no|one|two|three|four|five|six|seven|eight|nine|ten)\s+(?:comments?|responses?|replies|thoughts|reactions)\b(?:\s+(?:on|to|for)\b.*)?[:.]?$/i;
const COMMENTS_LABEL = /^(?:comments?|responses?|reader(?:s'?)? comments|(?:join the )?discussion|(?:track|ping)backs?)\s*(?:\(\d+\))?\s*:?$/i;
const REPLY_FORM = /^(?:leave a (?:reply|comment|response)|(?:post|add) a comment|cancel reply|submit comment|post comment|you must be logged in to post a comment|reply|log in to reply|reply ↓)\b.{0,40}$/i;
/**
 * Blog furniture after the article: a bare label ("Share this:", "Related posts") or a label with a short list after
 * it ("Filed under: Sales, Closing"). Prose that opens with the same words ("Like this, the buyer…", "## Categories of
 * objections") has neither shape: `categories` and `tagged` need their colon, and a list has no sentence end.
 */
const FOOTER = /^(?:(?:share|like) this(?: post| article)?|related(?: posts| articles| reading)?|about the author)\s*:?$|^(?:(?:posted in|filed under)\s*:?|(?:categories|tagged(?: with)?)\s*:)\s*[^.!?]{1,80}$/i;
/** A name of up to four capitalised words ("Debbie Hart", "J.R. O'Neil"). */
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}";
const COMMENTER = new RegExp(`^(${NAME})\\s+(?:says|said|wrote|writes|replied)\\s*(?::|\\.{3}|…)?$|^(\\p{Ll}[\\p{L}.'’-]*(?:\\s+[\\p{L}.'’-]+){0,3})\\s+says:$`, "u");
/** A comment's name line on its own ("Debbie Hart", "Anonymous"), as themes print it above the date. */
const NAME_LINE = new RegExp(`^${NAME}(?<![.!?])$`, "u");
/** A comment numbered 1 (an author's list that ends before the comments ends on a higher number). */
const FIRST_ITEM = /^\s*1[.)]\s/;
const GENERIC_SPEAKERS = new Set(
	("he,she,they,it,everyone,everybody,nobody,somebody,someone,anyone,no one,my boss,mom,dad,the buyer,the customer," +
		"the client,the prospect,science,research,who,that,this,what").split(","),
);
/**
 * A numbered comment that opens like one ("1. Hi Mike,", "2. Great post!", "3. Thanks for this"). Praise counts only
 * with what is praised, so an author's list ("1. Great salespeople listen.", "2. Good calls start…") is no comment.
 */
const NUMBERED_GREETING =
	/^\s*\d{1,3}[.)]\s+(?:hi|hey|hello|dear|thanks|thank you|wow|amen|so true|well said|loved? (?:this|it|your)|(?:great|good|nice|excellent|awesome|brilliant) (?:post|article|read|piece|advice|points?))\b/i;
const LEAD_IN = /\b(?:comments? (?:below|section)|in the comments\b|leave (?:a|your) comment|drop (?:a|me a) (?:comment|line)|(?:love|like) to (?:hear|know|read) (?:your|what you|from you)|let me know (?:what you think|your thoughts|in the)|share your (?:thoughts|experiences?|comments|stories)\b|(?:what do you think|your thoughts)\?\s*$)/i;

const HEAD_WEATHER = /\b(?:(?:rain|snow)(?:y|ing)?|sun(?:ny)?|cloud[sy]|clear|fog(?:gy)?|overcast|partly|windy?|storm[sy]?|drizzle|misty?|hail|sleet|humid|hot|cold|warm|cool|chilly|freezing)\b/i;
const HEAD_TEMPERATURE = /\d+\s*(?:[°º]|degrees?\b)/i;
const HEAD_TIME = new RegExp(`\\b${TIME}`, "i");
const HEAD_CLOCK = /\b\d{1,2}:\d{2}\s*[ap]\.?\s?m\b/i;
const HEAD_DATE = new RegExp(`^(?:(?:posted|published|updated)(?: on)?\\s+)?${WEEKDAY}?${DATE}(?:\\s+(?:by|[-–—|])\\s+.{1,40})?$`, "i");
const HEAD_BYLINE = new RegExp(`^(?:[Bb]y|[Ww]ritten by|[Pp]osted by)\\s+${NAME}$`, "u");

const isCommenter = (text: string): boolean => {
	const m = COMMENTER.exec(text);
	if (!m) return DATED_COMMENTER.test(text) && text.length < 120;
	return !GENERIC_SPEAKERS.has((m[1] ?? m[2]).toLowerCase());
};

/** Why a line opens a block of reader comments or blog furniture, or null when it looks like the author's prose. */
export const commentMarker = (line: CleanLine): string | null => {
	const text = line.text.trim();
	if (text.length > 160) return null;
	if (COMMENTS_HEADING.test(text) || COMMENTS_LABEL.test(text)) return "comments-heading";
	if (REPLY_FORM.test(text)) return "reply-form";
	if (isCommenter(text)) return "commenter";
	if (COMMENT_DATE.test(text)) return "comment-date";
	if (NUMBERED_GREETING.test(line.raw)) return "numbered-greeting";
	if (FOOTER.test(text) && text.length < 100) return "footer";
	return null;
};

/** Why a line at the top is a dateline, weather note or byline rather than the article, or null. */
export const headMarker = (line: CleanLine): string | null => {
	const text = line.text.trim();
	if (text.length > 80) return null;
	if (HEAD_DATE.test(text)) return "dateline";
	if (HEAD_BYLINE.test(text)) return "byline";
	const clock = HEAD_CLOCK.test(text);
	const temperature = HEAD_TEMPERATURE.test(text);
	if (temperature || (clock && (HEAD_WEATHER.test(text) || text.length < 30))) return "weather";
	if (HEAD_WEATHER.test(text) && HEAD_TIME.test(text) && text.split(/\s+/).length <= 8) return "weather";
	return null;
};

/**
 * True when the line after "Grandpa Joe said:" is a quotation (a blockquote, or text in quotation marks): the author
 * quoting someone, where a pasted comment's name line is followed by the comment itself.
 */
const introducesQuote = (next: CleanLine | undefined): boolean => next !== undefined && (next.kind === "quote" || /^["“‘«„]/.test(next.text.trim()));

const paragraphStart = (lines: readonly CleanLine[], index: number): number => {
	let i = index;
	while (i > 0 && lines[i - 1].paragraph === lines[index].paragraph) i--;
	return i;
};

/** Cuts pasted reader comments at the end and a dateline/weather header at the top; never cuts a note without them. */
export const cutNonAuthorText = (lines: readonly CleanLine[]): AuthorRange => {
	let from = 0;
	let head: string | null = null;
	for (let i = 0; i < Math.min(lines.length, 4); i++) {
		const why = headMarker(lines[i]);
		if (why) {
			from = i + 1;
			head = head ?? why;
		} else if (lines[i].kind !== "heading" || i >= 2) break;
	}

	let to = lines.length;
	let tail: string | null = null;
	let authorLines = 0;
	for (let i = from; i < lines.length; i++) {
		const why = commentMarker(lines[i]);
		if (why && authorLines > 0 && !(why === "commenter" && introducesQuote(lines[i + 1]))) {
			to = i;
			tail = why;
			break;
		}
		if (lines[i].kind !== "heading") authorLines++;
	}
	// What a theme prints before a comment's marker goes with it: the rest of the marker's paragraph ("…great post!"
	// above "Reply"), a name line above the date, a comment numbered 1 above the name or "Reply". A bare "Reply" line
	// is the button under each comment, so the paragraph above it is a comment even with a blank line between.
	if (tail && tail !== "comments-heading" && tail !== "footer") {
		let button = /^reply$/i.test(lines[to].text);
		while (to - 1 > from) {
			const line = lines[to - 1];
			if (!button && line.paragraph !== lines[to].paragraph && !(line.kind !== "heading" && NAME_LINE.test(line.text)) && !FIRST_ITEM.test(line.raw)) break;
			button = false;
			to--;
		}
	}

	// A closing invitation to comment ("I'd love to know your thoughts… comments below") is not a key line either.
	for (let steps = 0; steps < 2 && to > from; steps++) {
		const start = paragraphStart(lines, to - 1);
		if (start <= from) break;
		const para = lines.slice(start, to);
		if (!para.some((l) => LEAD_IN.test(l.text)) || para.reduce((n, l) => n + l.text.length, 0) > 300) break;
		to = start;
		tail = tail ?? "lead-in";
	}
	return { from, to, head, tail };
};
