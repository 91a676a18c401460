/**
 * Tag identity and the frontmatter tag mistakes Obsidian silently ignores. Obsidian treats `#Selling` and
 * `#selling` as one tag and shows the casing it met first; `a/b` nests under `a`.
 */
import type { FrontMatter } from "../metadata/types";
import type { MetadataProblem, ProblemCode } from "./types";
import { cached } from "../maps";
import { grown } from "../typed-arrays";
import { isArray, isNumber, isRecord, isString } from "../type-checks";

/** Lower-cased tag identity without '#': Obsidian treats #Selling and #selling as one tag. */
export const tagKey = (tag: string): string => (tag.startsWith("#") ? tag.slice(1) : tag).toLowerCase();

/** The one empty list every article without tags, types or problems shares; frozen because articles are values. */
export const NO_STRINGS: string[] = Object.freeze([]) as unknown as string[];

/**
 * A tag as written without `#`, with the number of its key (tagKey): a vault writes the same few thousand tags in
 * every note, so one entry per raw spelling keeps 100 000 articles from holding 300 000 copies, and de-duplicating
 * compares numbers instead of lower-casing and comparing text. Empty tags get key -1.
 */
interface BareTag {
	tag: string;
	key: number;
}
const bare = new Map<string, BareTag>();
/** Key text → its number; numbers restart when the tables are cleared (only between notes). */
const keyNumbers = new Map<string, number>();
const BARE_LIMIT = 50_000;

const bareTag = (raw: string): BareTag => cached(bare, raw, readBareTag);

const readBareTag = (raw: string): BareTag => {
	const trimmed = raw.trim();
	const tag = trimmed.charCodeAt(0) === 35 ? trimmed.slice(1) : trimmed;
	return { tag, key: tag === "" ? -1 : cached(keyNumbers, tag.toLowerCase(), nextKeyNumber) };
};

/** The number of a key met for the first time: the next one, with room for it in `seen`. */
const nextKeyNumber = (): number => {
	const number = keyNumbers.size;
	if (number >= seen.length) seen = grown(seen, number + 1);
	return number;
};

/** Per key number, the stamp of the last call that kept it: a tag is a duplicate when its key has this call's stamp. */
let seen: Int32Array = new Int32Array(1024);
let stamp = 0;
/** The tags kept by the current call (reused, as collecting never runs re-entrantly). */
const kept: string[] = [];

/** A fresh stamp; the tables are cleared here, between notes, so key numbers never change within one call. */
const nextStamp = (): number => {
	if (bare.size >= BARE_LIMIT) {
		bare.clear();
		keyNumbers.clear();
		seen.fill(0);
		stamp = 0;
	}
	if (stamp === 0x7fffffff) {
		seen.fill(0);
		stamp = 0;
	}
	return ++stamp;
};

/** Appends to `kept` the tags of raw[from…] whose key is not stamped yet; returns the new count. */
const keepNew = (raw: readonly unknown[], from: number, count: number, current: number): number => {
	for (let i = from; i < raw.length; i++) {
		const item = raw[i];
		if (!isString(item)) continue;
		const { tag, key } = bareTag(item);
		if (key < 0 || seen[key] === current) continue;
		seen[key] = current;
		kept[count++] = tag;
	}
	return count;
};

/** Both tag lists of a note; `all` is `frontmatter` itself when the body adds no tag (most notes). */
export interface NoteTags {
	frontmatter: string[];
	all: string[];
}

/**
 * Fills `out` with the tags of the raw lists (as getAllTags and parseFrontMatterTags give them): without `#`,
 * trimmed, empty ones dropped, de-duplicated by tagKey keeping the first casing seen, frontmatter tags first.
 */
export const collectTags = (frontmatterRaw: readonly unknown[], allRaw: readonly unknown[], out: NoteTags): void => {
	if (frontmatterRaw.length === 0 && allRaw.length === 0) {
		out.frontmatter = NO_STRINGS;
		out.all = NO_STRINGS;
		return;
	}
	const current = nextStamp();
	const own = keepNew(frontmatterRaw, 0, 0, current);
	out.frontmatter = own === 0 ? NO_STRINGS : kept.slice(0, own);
	// getAllTags lists the frontmatter's tags first: a leading run equal to the frontmatter's raw list adds nothing,
	// and comparing strings costs less than looking each one up again.
	let start = 0;
	while (start < frontmatterRaw.length && start < allRaw.length && allRaw[start] === frontmatterRaw[start]) start++;
	const total = start === allRaw.length ? own : keepNew(allRaw, start, own, current);
	out.all = total === own ? out.frontmatter : kept.slice(0, total);
};

/** The list at its exact length (arrays grown by push keep spare room), or the shared empty list. */
export const exactList = <T,>(list: T[]): T[] => {
	if (list.length === 0) return NO_STRINGS as unknown as T[];
	return list.slice();
};

const DIGITS_ONLY = /^#?\d+$/;
/** DIGITS_ONLY on the trimmed text, without trimming (`\s` is exactly what trim removes). */
const DIGITS_ONLY_PADDED = /^\s*#?\d+\s*$/;

/** A list item Obsidian reads as a tag with nothing to report: text, without `#`, not only digits. */
const plainTag = (item: unknown): boolean => {
	if (!isString(item) || item.includes("#")) return false;
	// Nearly every tag starts with a letter: only text starting with a digit or a space can be digits only.
	const first = item.charCodeAt(0);
	return !((first >= 48 && first <= 57) || first <= 32 || first === 160 || first > 127) || !DIGITS_ONLY_PADDED.test(item);
};

/** Longest quoted value, and most values listed, in one problem message. */
const MAX_SHOWN = 60;
const MAX_LISTED = 5;

/** Appends one problem (every check reports through here, so a problem is always the same two fields). */
export const addProblem = (problems: MetadataProblem[], code: ProblemCode, message: string): void => {
	problems.push({ code, message });
};

/** A frontmatter value as a problem message quotes it: JSON, cut short (a message is one tooltip line). */
export const show = (value: unknown): string => {
	let text: string;
	try {
		// JSON writes Infinity and NaN (YAML's `.inf`, `.nan`) as null.
		text = isNumber(value) ? String(value) : JSON.stringify(value) ?? String(value);
	} catch {
		// A value that contains itself (through a YAML alias), or whose `toString` key is not a function.
		text = isArray(value) ? "[…]" : isRecord(value) ? "{…}" : "…";
	}
	if (text.length <= MAX_SHOWN) return text;
	const cut = /[\uD800-\uDBFF]/.test(text[MAX_SHOWN - 2]) ? MAX_SHOWN - 2 : MAX_SHOWN - 1;
	return `${text.slice(0, cut)}…`;
};

/** Values as a message lists them: the first few, then how many more. */
const showList = (values: readonly unknown[]): string => {
	const shown = values.slice(0, MAX_LISTED).map(show).join(", ");
	return values.length > MAX_LISTED ? `${shown} and ${values.length - MAX_LISTED} more` : shown;
};

/**
 * Adds to `problems` the ways this frontmatter's tags are misread by Obsidian: legacy key, one string, numbers,
 * `#`, non-strings, and any other text Obsidian dropped (`kept` is the list it read, parseFrontMatterTags's, when
 * known: `cold calling`, `q&a`). Takes the keys standing for `tags` and `tag` (findKey's), as the caller finds all
 * keys at once; appends instead of returning a list, as nearly every note has none and needs no array.
 */
export const tagProblems = (
	frontmatter: FrontMatter,
	tagsKey: string | undefined,
	legacyKey: string | undefined,
	kept: unknown,
	problems: MetadataProblem[],
): void => {
	// Beside `tags:`, the legacy key's tags are lost just as silently (there, its fix is the author's to make).
	if (legacyKey !== undefined) {
		addProblem(problems, "legacy-tag-key", `"${legacyKey}:" is no longer read by Obsidian; ${tagsKey === undefined ? 'rename it to "tags:"' : `move its tags into "${tagsKey}:"`}`);
	}
	if (tagsKey === undefined) return;
	const value = frontmatter[tagsKey];
	if (isString(value)) {
		if (/[,\s]/.test(value.trim())) {
			addProblem(problems, "string-tags", `${tagsKey}: ${show(value)} is a single string; Obsidian ignores it (write a list)`);
		} else if (DIGITS_ONLY.test(value.trim())) {
			numericTags(problems, "tag", [value]);
		} else if (value.includes("#")) {
			hashedTags(problems, "tag", [value]);
		} else dropped(kept, [value], problems);
		return;
	}
	if (value === null || value === undefined) return;
	// Nearly every note: plain text items, every one of them read by Obsidian.
	if (isArray(value) && value.every(plainTag) && !(isArray(kept) && kept.length < value.length)) return;
	if (!isArray(value)) {
		addProblem(problems, "non-string-tag", `${tagsKey}: ${show(value)} is neither a list nor a text; Obsidian ignores it`);
		return;
	}
	// Each item in one group: only digits, with `#`, not text, or plain text (reported if Obsidian dropped it).
	const groups: unknown[][] = [[], [], [], []];
	for (const v of value) {
		const text = isString(v);
		// A number is "only digits" when YAML read digits alone (`- 2024`); `1.5`, `-3` or `.inf` are other non-text items.
		const digits = isNumber(v) ? Number.isInteger(v) && v >= 0 : text && DIGITS_ONLY.test(v.trim());
		groups[digits ? 0 : !text ? 2 : v.includes("#") ? 1 : 3].push(v);
	}
	const [numeric, hashed, other, plain] = groups;
	if (numeric.length > 0) numericTags(problems, "tags", numeric);
	if (hashed.length > 0) hashedTags(problems, "tags", hashed);
	if (other.length > 0) {
		const hint = other.includes(null) ? ' (an unquoted "- #tag" is a YAML comment)' : "";
		addProblem(problems, "non-string-tag", `tags list has non-text items ${showList(other)}; Obsidian drops them${hint}`);
	}
	dropped(kept, plain, problems);
};

/**
 * The tags that are only digits, or that hold `#`: the one tag of a string value (`noun` "tag") or items of a list
 * ("tags"), the message worded for one or several.
 */
const numericTags = (problems: MetadataProblem[], noun: string, values: readonly unknown[]): void => {
	const one = values.length === 1;
	addProblem(problems, "numeric-tag", `${noun} ${showList(values)} ${one ? "is" : "are"} only digits; Obsidian ignores ${one ? "it" : "them"}`);
};

const hashedTags = (problems: MetadataProblem[], noun: string, values: readonly unknown[]): void => {
	const one = values.length === 1;
	addProblem(problems, "hash-in-yaml-tag", `${noun} ${showList(values)} ${one ? "contains" : "contain"} "#"; write ${one ? "it" : "them"} without "#"`);
};

/** Reports the plain text items Obsidian did not keep; nothing when what it kept is not known (not a list). */
const dropped = (kept: unknown, items: readonly unknown[], problems: MetadataProblem[]): void => {
	const lost = isArray(kept) ? items.filter((v) => !kept.includes(`#${v as string}`)) : [];
	if (lost.length > 0) {
		addProblem(problems, "invalid-tag", `Obsidian ignores ${showList(lost)} as tags: a tag has no spaces and no punctuation but - _ /`);
	}
};
