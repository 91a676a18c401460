/**
 * The article model: what the explorer and the snippets know about one note, built from the metadata Obsidian
 * (or the CLI) parsed. Everything odd in the frontmatter becomes a `MetadataProblem`, never an exception, so one
 * broken note can never hide the others.
 */
import type { FrontMatter } from "../metadata/types";
import { hasMojibake, repairMojibake } from "../text/mojibake";
import { readPubDate, type PubDate } from "./dates";
import { isBlank, isFrontMatter, KeyFinder } from "./frontmatter-keys";
import { readTypes } from "./note-types";
import { sameStrings } from "./same-article";
import { addProblem, collectTags, NO_STRINGS, show, tagProblems, type NoteTags } from "./tags";
import { DEFAULT_ARTICLE_OPTIONS, type Article, type ArticleOptions, type MetadataProblem, type NoteInput } from "./types";
import { isArray, isNumber, isString } from "../type-checks";

export { tagKey } from "./tags";
export { parsePubDate } from "./dates";

/** Builds the article the explorer and snippets show from a note's parsed metadata. Never throws. */
export const buildArticle = (input: NoteInput, options?: ArticleOptions): Article => {
	const opts: ArticleOptions = options && options.dateKeys && isString(options.typeKey) ? options : { ...DEFAULT_ARTICLE_OPTIONS, ...options };
	const path = isString(input?.path) ? input.path : "";
	const basename = basenameOf(path);
	try {
		return build(input, path, basename, opts);
	} catch {
		// Unreachable for plain data; a getter that throws inside a foreign object must still not hide the note.
		return emptyArticle(path, basename, isNumber(input?.mtime) ? input.mtime : 0);
	}
};

/**
 * Where each key sits in the finder's list: title, tags, the legacy tag key, the type key, then the date keys. An
 * enum, so the bundler writes each slot as a plain number where it is used.
 */
enum Slot {
	title,
	tags,
	legacyTag,
	type,
	firstDate,
}

const wantedKeys = (opts: ArticleOptions): string[] => ["title", "tags", "tag", opts.typeKey, ...opts.dateKeys];

/**
 * The finder for the last options seen (a copy of them; none before the first note): a vault is read with one set of
 * options, so it is built once.
 */
let finder: KeyFinder;
let finderOptions: ArticleOptions | null = null;

const finderFor = (opts: ArticleOptions): KeyFinder => {
	// Compared by value: options may be changed in place between notes.
	const known = finderOptions;
	if (!(known && opts.typeKey === known.typeKey && sameStrings(opts.dateKeys, known.dateKeys))) {
		finder = new KeyFinder(wantedKeys(opts));
		finderOptions = { typeKey: opts.typeKey, dateKeys: opts.dateKeys.slice() };
	}
	return finder;
};

// Scratch results, one for all notes (build never runs re-entrantly); articles get copies or shared values.
const noteTags: NoteTags = { frontmatter: NO_STRINGS, all: NO_STRINGS };
const pub: PubDate = { date: "", time: 0 };

function build(input: NoteInput, path: string, basename: string, opts: ArticleOptions): Article {
	const frontmatter = isFrontMatter(input.frontmatter) ? input.frontmatter : null;
	let problems: MetadataProblem[] = NO_PROBLEMS;
	if (isString(input.yamlError) && input.yamlError !== "") {
		const reason = input.yamlError.split("\n")[0].trim();
		problems = [];
		addProblem(problems, "invalid-yaml", `frontmatter is not valid YAML (${reason}); Obsidian ignores all of it`);
	}
	let keys: (string | undefined)[] | null = null;
	if (frontmatter) {
		const found = finderFor(opts);
		found.scan(frontmatter);
		keys = found.found;
	}

	const titleKey = keys && keys[Slot.title];
	const rawTitle = (titleKey !== undefined && titleKey !== null && titleFrom(frontmatter![titleKey])) || basename;

	collectTags(listOf(input.frontmatterTags), listOf(input.tags), noteTags);
	const { frontmatter: frontmatterTags, all: tags } = noteTags;

	let types: string[] = NO_STRINGS;
	let dated = false;
	if (frontmatter && keys) {
		// Most notes have no problem: one scratch list serves them all, copied out only when something was found.
		// (Emptied first too: a getter that threw in the last note may have left problems there.)
		if (scratchProblems.length !== 0) scratchProblems.length = 0;
		const found = problems === NO_PROBLEMS ? scratchProblems : problems;
		tagProblems(frontmatter, keys[Slot.tags], keys[Slot.legacyTag], input.frontmatterTags, found);
		const typeKey = keys[Slot.type];
		if (typeKey !== undefined) types = readTypes(frontmatter, typeKey, opts.typeKey, found);
		dated = readDate(frontmatter, keys, found);
		if (found === scratchProblems && found.length > 0) {
			problems = found.slice();
			found.length = 0;
		}
	}

	// Problems are added in the order ProblemCode lists them (types.ts), so a note's list needs no sorting.
	const garbled = hasMojibake(rawTitle);
	if (garbled || input.bodyMojibake === true) {
		if (problems === NO_PROBLEMS) problems = [];
		if (garbled) addProblem(problems, "mojibake", `title "${rawTitle}"${GARBLED}; shown repaired`);
		if (input.bodyMojibake === true) addProblem(problems, "mojibake", `the text${GARBLED}; run "${REPAIR_ENCODING_COMMAND}"`);
	}

	return {
		path,
		basename,
		title: garbled ? repairMojibake(rawTitle) : rawTitle,
		types,
		tags,
		frontmatterTags,
		pubDate: dated ? pub.date : null,
		pubTime: dated ? pub.time : null,
		mtime: isFiniteNumber(input.mtime) ? input.mtime : 0,
		problems,
	};
}

/** What the two mojibake problems (title, text) say after naming the part. */
const GARBLED = " has garbled characters from a wrong text encoding";
/** The name of the plugin's command that repairs a note's text, which the problem about garbled text points to. */
export const REPAIR_ENCODING_COMMAND = "Repair text encoding of this note";

const scratchProblems: MetadataProblem[] = [];
/** No problems: the empty list articles share for tags and types too (see NO_STRINGS). */
const NO_PROBLEMS = NO_STRINGS as unknown as MetadataProblem[];

/** File name without folders and a trailing `.md`. */
export const basenameOf = (path: string): string => {
	const start = path.lastIndexOf("/") + 1;
	const n = path.length;
	// `.md` in any casing (46 is `.`, 77/109 `M`/`m`, 68/100 `D`/`d`), checked without lower-casing the name.
	const md =
		n - start >= 3 &&
		path.charCodeAt(n - 3) === 46 &&
		(path.charCodeAt(n - 2) | 32) === 109 &&
		(path.charCodeAt(n - 1) | 32) === 100;
	return path.slice(start, md ? n - 3 : n);
};

/** A number that is neither NaN nor infinite (`Number.isFinite` is false for anything but a number). */
const isFiniteNumber = (value: unknown): value is number => Number.isFinite(value);

const listOf = (value: unknown): readonly unknown[] => isArray(value) ? value : [];

/** `title:` as text: a string, a number, or the first string of a list; null when none fits. */
const titleFrom = (value: unknown): string | null => {
	if (isFiniteNumber(value)) return String(value);
	if (isString(value)) return value.trim() || null;
	if (isArray(value)) {
		const first = value.find((v): v is string => isString(v) && v.trim() !== "");
		return first ? first.trim() : null;
	}
	return null;
};

/** Reads into `pub` the first date key (in the option's order) that is not blank; false when none, or unparseable. */
const readDate = (frontmatter: FrontMatter, keys: (string | undefined)[], problems: MetadataProblem[]): boolean => {
	for (let i: number = Slot.firstDate; i < keys.length; i++) {
		const key = keys[i];
		if (key === undefined) continue;
		const value = frontmatter[key];
		if (isBlank(value)) continue;
		const parsed = readPubDate(value, pub);
		if (!parsed) {
			addProblem(problems, "bad-date", `${key}: ${show(value)} is not a date (write it like 2024-02-06)`);
		}
		return parsed;
	}
	return false;
};

const emptyArticle = (path: string, basename: string, mtime: number): Article => ({
		path,
		basename,
		title: basename,
		types: NO_STRINGS,
		tags: NO_STRINGS,
		frontmatterTags: NO_STRINGS,
		pubDate: null,
		pubTime: null,
		mtime,
		problems: NO_PROBLEMS,
	});
