/**
 * One-click fixes for the metadata problems whose repair is certain: the legacy `tag:` key, tags written as one
 * string, the type key's casing, and mojibake. Everything here is pure: the plan is computed from the parsed
 * frontmatter and the note's text for the preview, and the appliers run again on the note's current content inside
 * `processFrontMatter` / `vault.process`, so an edit made after the preview is never lost.
 *
 * A fix is offered only when its result is not a guess: `tags: "sales, cold calling"` is left alone (one tag or two?),
 * as are numeric tags, `#` in tag values, unparseable dates and invalid YAML, which need the author's judgement.
 */
import { findKey } from "../articles/frontmatter-keys";
import { show } from "../articles/tags";
import type { Article, ProblemCode } from "../articles/types";
import type { FrontMatter } from "../metadata/types";
import { hasMojibake } from "../text/mojibake";
import { mojibakeLineChanges, type LineChange } from "./encoding-repair";

/** The problems that have a certain fix. */
export type FixCode = Extract<ProblemCode, "legacy-tag-key" | "string-tags" | "type-key-case" | "mojibake">;

/** Frontmatter fixes in the order they apply: renaming `tag:` first lets its string value be split afterwards. */
export const FRONTMATTER_FIX_ORDER: readonly FixCode[] = ["legacy-tag-key", "string-tags", "type-key-case"];

/** One fix as the confirm dialog previews it. */
export interface PlannedFix {
	code: FixCode;
	/** What the fix does, in one sentence. */
	description: string;
	/** The affected property (`key: value`, value as JSON) or lines, before and after. */
	before: string;
	after: string;
	/** For `mojibake`: each changed line, so the preview can show them one by one. */
	lines?: LineChange[];
}

export interface FixOptions {
	/** The configured type property; `Type:` is renamed to exactly this. */
	typeKey: string;
}

const DEFAULT_FIX_OPTIONS: FixOptions = { typeKey: "type" };

/** A frontmatter object as `processFrontMatter` hands it over: mutable, keys in written order. */
type MutableFrontMatter = Record<string, unknown>;

interface Step {
	description: string;
	before: string;
	after: string;
	apply(frontmatter: MutableFrontMatter): void;
}

/** The certain frontmatter fixes for this frontmatter, each previewed on the result of the ones before it. */
export function planFrontmatterFixes(frontmatter: FrontMatter | null | undefined, options?: Partial<FixOptions>): PlannedFix[] {
	if (!isRecord(frontmatter)) return [];
	const opts = { ...DEFAULT_FIX_OPTIONS, ...options };
	const work: MutableFrontMatter = { ...frontmatter };
	const plan: PlannedFix[] = [];
	for (const code of FRONTMATTER_FIX_ORDER) {
		const step = stepFor(code, work, opts);
		if (!step) continue;
		plan.push({ code, description: step.description, before: step.before, after: step.after });
		step.apply(work);
	}
	return plan;
}

/** Every certain fix for a note: the frontmatter fixes, then the text-encoding repair when the text has mojibake. */
export function planFixes(
	note: { frontmatter?: FrontMatter | null; text?: string | null },
	options?: Partial<FixOptions>,
): PlannedFix[] {
	const plan = planFrontmatterFixes(note.frontmatter, options);
	const encoding = typeof note.text === "string" ? planEncodingFix(note.text) : null;
	if (encoding) plan.push(encoding);
	return plan;
}

/** The text-encoding repair for a note's text, or null when no line has mojibake. */
export function planEncodingFix(text: string): PlannedFix | null {
	const lines = mojibakeLineChanges(text);
	if (lines.length === 0) return null;
	return {
		code: "mojibake",
		description: `Repair ${lines.length === 1 ? "1 line" : `${lines.length} lines`} garbled by a wrong text encoding`,
		before: lines.map((l) => l.before).join("\n"),
		after: lines.map((l) => l.after).join("\n"),
		lines,
	};
}

/**
 * Applies the wanted frontmatter fixes to `frontmatter` in place (as `processFrontMatter` requires), each only if
 * its problem is still there, and keeps every other key, value and the key order. Returns the fixes applied.
 */
export function applyFrontmatterFixes(frontmatter: MutableFrontMatter, wanted: readonly FixCode[], options?: Partial<FixOptions>): FixCode[] {
	if (!isRecord(frontmatter)) return [];
	const opts = { ...DEFAULT_FIX_OPTIONS, ...options };
	const applied: FixCode[] = [];
	for (const code of FRONTMATTER_FIX_ORDER) {
		if (!wanted.includes(code)) continue;
		const step = stepFor(code, frontmatter, opts);
		if (!step) continue;
		step.apply(frontmatter);
		applied.push(code);
	}
	return applied;
}

/**
 * Whether "Fix metadata" has something certain to do for a listed note, judged without reading the file: one of
 * its problems has a frontmatter fix, or it has mojibake in text the repair can reach (the body, or a `title:`
 * value; a garbled file name is not something a text repair changes).
 */
export function hasCertainFix(article: Article, frontmatter: FrontMatter | null | undefined, bodyMojibake: boolean, options?: Partial<FixOptions>): boolean {
	const codes = new Set<ProblemCode>(article.problems.map((p) => p.code));
	if (planFrontmatterFixes(frontmatter, options).some((fix) => codes.has(fix.code))) return true;
	return codes.has("mojibake") && (bodyMojibake || titleValueHasMojibake(frontmatter));
}

function titleValueHasMojibake(frontmatter: FrontMatter | null | undefined): boolean {
	if (!isRecord(frontmatter)) return false;
	const key = findKey(frontmatter, "title");
	if (key === undefined) return false;
	const value = frontmatter[key];
	const items: unknown[] = Array.isArray(value) ? value : [value];
	return items.some((item) => typeof item === "string" && hasMojibake(item));
}

function stepFor(code: FixCode, frontmatter: MutableFrontMatter, opts: FixOptions): Step | null {
	switch (code) {
		case "legacy-tag-key":
			return legacyTagStep(frontmatter);
		case "string-tags":
			return stringTagsStep(frontmatter);
		case "type-key-case":
			return typeKeyStep(frontmatter, opts.typeKey);
		default:
			return null;
	}
}

/** `tag: x` → `tags: x`, only when no `tags` key (in any casing) exists: Obsidian reads nothing from `tag` since 1.9. */
function legacyTagStep(frontmatter: MutableFrontMatter): Step | null {
	if (findKey(frontmatter, "tags") !== undefined) return null;
	const key = findKey(frontmatter, "tag");
	if (key === undefined) return null;
	const value = frontmatter[key];
	return {
		description: `Rename "${key}:" to "tags:", the only key Obsidian reads tags from`,
		before: property(key, value),
		after: property("tags", value),
		apply: (fm) => renameKey(fm, key, "tags"),
	};
}

/** `tags: "a, b"` or `tags: "a b"` → `tags: ["a", "b"]`, when the split is unambiguous. */
function stringTagsStep(frontmatter: MutableFrontMatter): Step | null {
	const key = findKey(frontmatter, "tags");
	if (key === undefined) return null;
	const value = frontmatter[key];
	if (typeof value !== "string") return null;
	const items = splitTagText(value);
	if (!items) return null;
	return {
		description: `Turn the text ${show(value)} into a list of ${items.length === 1 ? "1 tag" : `${items.length} tags`}`,
		before: property(key, value),
		after: property(key, items),
		apply: (fm) => {
			fm[key] = items.slice();
		},
	};
}

/**
 * The tags a comma- or space-separated string stands for, or null when it is one tag already or the split is a
 * guess. With commas, items are what lies between them, so an item holding a space (`cold calling`) makes it a guess.
 */
export function splitTagText(text: string): string[] | null {
	const trimmed = text.trim();
	if (!/[,\s]/.test(trimmed)) return null;
	const parts = trimmed.includes(",") ? trimmed.split(",") : trimmed.split(/\s+/);
	const items = parts.map((p) => p.trim()).filter((p) => p !== "");
	if (items.length === 0 || items.some((item) => /\s/.test(item))) return null;
	return items;
}

/** `Type:` → `type:` (the configured key), only when the exact key is absent, so no value is overwritten. */
function typeKeyStep(frontmatter: MutableFrontMatter, typeKey: string): Step | null {
	if (typeKey === "" || Object.prototype.hasOwnProperty.call(frontmatter, typeKey)) return null;
	const key = findKey(frontmatter, typeKey);
	if (key === undefined) return null;
	const value = frontmatter[key];
	return {
		description: `Rename "${key}:" to "${typeKey}:", the type property's exact spelling`,
		before: property(key, value),
		after: property(typeKey, value),
		apply: (fm) => renameKey(fm, key, typeKey),
	};
}

/** Renames a key in place, keeping its position among the others (YAML is written back in key order). */
function renameKey(frontmatter: MutableFrontMatter, from: string, to: string): void {
	const entries = Object.entries(frontmatter);
	for (const [key] of entries) delete frontmatter[key];
	for (const [key, value] of entries) frontmatter[key === from ? to : key] = value;
}

/** A property as the preview shows it: the key, then the value as JSON (which YAML reads the same way). */
function property(key: string, value: unknown): string {
	return `${key}: ${Array.isArray(value) ? `[${value.map(json).join(", ")}]` : json(value)}`;
}

function json(value: unknown): string {
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
}

function isRecord(value: unknown): value is MutableFrontMatter {
	return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
