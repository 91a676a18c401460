/**
 * The article model: what the explorer and the snippets know about one note, built from the metadata Obsidian
 * (or the CLI) parsed. Everything odd in the frontmatter becomes a `MetadataProblem`, never an exception, so one
 * broken note can never hide the others.
 */
import type { FrontMatter } from "../metadata/types";
import { hasMojibake, repairMojibake } from "../text/mojibake";
import { parsePubDate } from "./dates";
import { findKey, isBlank } from "./frontmatter-keys";
import { exactList, NO_STRINGS, show, tagProblems, uniqueTags, withMoreTags } from "./tags";
import { DEFAULT_ARTICLE_OPTIONS, type Article, type ArticleOptions, type MetadataProblem, type NoteInput } from "./types";

export { tagKey } from "./tags";
export { parsePubDate } from "./dates";

/** Builds the article the explorer and snippets show from a note's parsed metadata. Never throws. */
export function buildArticle(input: NoteInput, options?: ArticleOptions): Article {
	const opts: ArticleOptions = options && options.dateKeys && typeof options.typeKey === "string" ? options : { ...DEFAULT_ARTICLE_OPTIONS, ...options };
	const path = typeof input?.path === "string" ? input.path : "";
	const basename = basenameOf(path);
	try {
		return build(input, path, basename, opts);
	} catch {
		// Unreachable for plain data; a getter that throws inside a foreign object must still not hide the note.
		return emptyArticle(path, basename, typeof input?.mtime === "number" ? input.mtime : 0);
	}
}

function build(input: NoteInput, path: string, basename: string, opts: ArticleOptions): Article {
	const frontmatter = isRecord(input.frontmatter) ? input.frontmatter : null;
	let problems: MetadataProblem[] = NO_PROBLEMS;
	if (typeof input.yamlError === "string" && input.yamlError !== "") {
		const reason = input.yamlError.split("\n")[0].trim();
		problems = [];
		problems.push({ code: "invalid-yaml", message: `frontmatter is not valid YAML (${reason}); Obsidian ignores all of it` });
	}

	const rawTitle = (frontmatter && titleFrom(frontmatter)) || basename;
	const garbled = hasMojibake(rawTitle);
	if (garbled) {
		if (problems === NO_PROBLEMS) problems = [];
		problems.push({ code: "mojibake", message: `title "${rawTitle}" has garbled characters from a wrong text encoding; shown repaired` });
	}
	if (input.bodyMojibake === true) {
		if (problems === NO_PROBLEMS) problems = [];
		problems.push({ code: "mojibake", message: `the text has garbled characters from a wrong text encoding; run "Repair text encoding of this note"` });
	}

	const rawFrontmatterTags = listOf(input.frontmatterTags);
	const frontmatterTags = uniqueTags(rawFrontmatterTags);
	// Most notes have no body tags: then one array serves both lists.
	const tags = withMoreTags(frontmatterTags, listOf(input.tags), rawFrontmatterTags);

	let types: string[] = NO_STRINGS;
	let pub: { date: string; time: number } | null = null;
	if (frontmatter) {
		// One scratch list for every note (build never runs re-entrantly); copied out only when something was found.
		const found = scratchProblems;
		found.length = 0;
		for (let i = 0; i < problems.length; i++) found.push(problems[i]);
		tagProblems(frontmatter, found);
		types = readTypes(frontmatter, opts.typeKey, found);
		pub = readDate(frontmatter, opts.dateKeys, found);
		problems = found.length > 0 ? found.slice() : NO_PROBLEMS;
		found.length = 0;
	}

	return {
		path,
		basename,
		title: garbled ? repairMojibake(rawTitle) : rawTitle,
		types,
		tags,
		frontmatterTags,
		pubDate: pub ? pub.date : null,
		pubTime: pub ? pub.time : null,
		mtime: typeof input.mtime === "number" && Number.isFinite(input.mtime) ? input.mtime : 0,
		problems: problems.length > 1 ? sortProblems(problems) : problems,
	};
}

const scratchProblems: MetadataProblem[] = [];
const NO_PROBLEMS: MetadataProblem[] = Object.freeze([]) as unknown as MetadataProblem[];

function sameList(a: readonly string[], b: readonly string[]): boolean {
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
	return true;
}

/** File name without folders and a trailing `.md`. */
function basenameOf(path: string): string {
	const start = path.lastIndexOf("/") + 1;
	const n = path.length;
	// `.md` in any casing (46 is `.`, 77/109 `M`/`m`, 68/100 `D`/`d`), checked without lower-casing the name.
	const md =
		n - start >= 3 &&
		path.charCodeAt(n - 3) === 46 &&
		(path.charCodeAt(n - 2) | 32) === 109 &&
		(path.charCodeAt(n - 1) | 32) === 100;
	return path.slice(start, md ? n - 3 : n);
}

function isRecord(value: unknown): value is FrontMatter {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

function listOf(value: unknown): readonly unknown[] {
	return Array.isArray(value) ? value : [];
}

/** `title:` as text: a string, a number, or the first string of a list; null when none fits. */
function titleFrom(frontmatter: FrontMatter): string | null {
	const key = findKey(frontmatter, "title");
	if (key === undefined) return null;
	const value = frontmatter[key];
	if (typeof value === "number" && Number.isFinite(value)) return String(value);
	if (typeof value === "string") return value.trim() || null;
	if (Array.isArray(value)) {
		const first = value.find((v): v is string => typeof v === "string" && v.trim() !== "");
		return first ? first.trim() : null;
	}
	return null;
}

const WIKILINK = /^\[\[([^\]|]*)(?:\|([^\]]*))?\]\]$/;

/** One type value as text: `[[Link|Text]]` → `Text`, `[[Link]]` → `Link`, numbers and booleans as written. */
function typeText(value: unknown): string | null {
	if (typeof value === "number" || typeof value === "boolean") return String(value);
	if (typeof value !== "string") return null;
	const text = value.trim();
	const link = WIKILINK.exec(text);
	const shown = link ? (link[2]?.trim() || link[1].trim()) : text;
	return shown === "" ? null : shown;
}

function readTypes(frontmatter: FrontMatter, typeKey: string, problems: MetadataProblem[]): string[] {
	const key = findKey(frontmatter, typeKey);
	if (key === undefined) return NO_STRINGS;
	if (key !== typeKey) {
		problems.push({
			code: "type-key-case",
			message: `"${key}:" is read as "${typeKey}:", but Obsidian's properties treat it as a different key`,
		});
	}
	const value = frontmatter[key];
	if (!Array.isArray(value)) {
		// One type, as nearly every note has: its shared list, without building a list to look it up.
		const text = typeText(value);
		if (text === null) return NO_STRINGS;
		const shared = typeLists.get(text);
		return shared && shared.length === 1 && shared[0] === text ? shared : sharedTypes([text]);
	}
	const items: unknown[] = value;
	const types: string[] = [];
	for (const item of items) {
		const text = typeText(item);
		if (text === null) continue;
		const key = text.toLowerCase();
		if (!types.some((kept) => kept.toLowerCase() === key)) types.push(text);
	}
	return sharedTypes(types);
}

/**
 * One frozen list per distinct list of types: a vault uses a dozen types, so 100 000 articles share a few dozen
 * lists instead of holding one each. Bounded: cleared when full.
 */
const typeLists = new Map<string, string[]>();
const TYPE_LISTS_LIMIT = 10_000;

function sharedTypes(types: string[]): string[] {
	if (types.length === 0) return NO_STRINGS;
	const key = types.length === 1 ? types[0] : types.join("\n");
	let shared = typeLists.get(key);
	// A type may itself hold a line break, so a hit is checked item by item.
	if (shared && !sameList(shared, types)) return exactList(types);
	if (!shared) {
		if (typeLists.size >= TYPE_LISTS_LIMIT) typeLists.clear();
		shared = Object.freeze(types.slice()) as string[];
		typeLists.set(key, shared);
	}
	return shared;
}

function readDate(frontmatter: FrontMatter, dateKeys: string[], problems: MetadataProblem[]) {
	for (const wanted of dateKeys) {
		const key = findKey(frontmatter, wanted);
		if (key === undefined || isBlank(frontmatter[key])) continue;
		const value = frontmatter[key];
		const parsed = parsePubDate(value);
		if (!parsed) {
			problems.push({ code: "bad-date", message: `${key}: ${show(value)} is not a date (write it like 2024-02-06)` });
		}
		return parsed;
	}
	return null;
}

const PROBLEM_ORDER = [
	"invalid-yaml",
	"legacy-tag-key",
	"string-tags",
	"numeric-tag",
	"hash-in-yaml-tag",
	"non-string-tag",
	"type-key-case",
	"bad-date",
	"mojibake",
];

function sortProblems(problems: MetadataProblem[]): MetadataProblem[] {
	return problems.sort((a, b) => PROBLEM_ORDER.indexOf(a.code) - PROBLEM_ORDER.indexOf(b.code));
}

function emptyArticle(path: string, basename: string, mtime: number): Article {
	return {
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
	};
}
