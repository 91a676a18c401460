/**
 * One-click fixes for the metadata problems whose repair is certain: the legacy `tag:` key, tags written as one
 * string, the type key's casing, and mojibake. Everything here is pure: the plan is computed from the parsed
 * frontmatter and the note's text for the preview, and the appliers run again on the note's current content inside
 * `processFrontMatter` / `vault.process`, so an edit made after the preview is never lost.
 *
 * A fix is offered only when its result is not a guess: `tags: "sales, cold calling"` is left alone (one tag or two?),
 * as are numeric tags, `#` in tag values, unparseable dates and invalid YAML, which need the author's judgement.
 */
import { findKey, isFrontMatter } from "../articles/frontmatter-keys";
import { show } from "../articles/tags";
import type { Article, ProblemCode } from "../articles/types";
import type { FrontMatter } from "../metadata/types";
import { hasMojibake } from "../text/mojibake";
import { mojibakeLineChanges, type LineChange } from "./encoding-repair";
import { isArray, isString } from "../type-checks";
import { counted } from "../text/counted";

/** The problems that have a certain fix. */
export type FixCode = Extract<ProblemCode, "legacy-tag-key" | "string-tags" | "type-key-case" | "mojibake">;

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

/** A frontmatter object as `processFrontMatter` hands it over: mutable, keys in written order. */
type MutableFrontMatter = Record<string, unknown>;

/** One frontmatter fix for one frontmatter: its preview, and how to make it. */
interface Step extends Pick<PlannedFix, "description" | "before" | "after"> {
	apply: (frontmatter: MutableFrontMatter) => void;
}

/** The configured type key; `type` unless the options say otherwise. */
const typeKeyOf = (options: Partial<FixOptions> | undefined): string => options?.typeKey ?? "type";

/** The certain frontmatter fixes for this frontmatter, each previewed on the result of the ones before it. */
export const planFrontmatterFixes = (frontmatter: FrontMatter | null | undefined, options?: Partial<FixOptions>): PlannedFix[] => {
	if (!isFrontMatter(frontmatter)) return [];
	const work: MutableFrontMatter = { ...frontmatter };
	const plan: PlannedFix[] = [];
	for (const [code, stepFor] of FRONTMATTER_FIXES) {
		const step = stepFor(work, typeKeyOf(options));
		if (!step) continue;
		const { apply, ...preview } = step;
		plan.push({ code, ...preview });
		apply(work);
	}
	return plan;
};

/** Every certain fix for a note: the frontmatter fixes, then the text-encoding repair when the text has mojibake. */
export const planFixes = (note: { frontmatter?: FrontMatter | null; text?: string | null }, options?: Partial<FixOptions>): PlannedFix[] => {
	const plan = planFrontmatterFixes(note.frontmatter, options);
	const encoding = isString(note.text) ? planEncodingFix(note.text) : null;
	if (encoding) plan.push(encoding);
	return plan;
};

/** The text-encoding repair for a note's text, or null when no line has mojibake. */
export const planEncodingFix = (text: string): PlannedFix | null => {
	const lines = mojibakeLineChanges(text);
	if (lines.length === 0) return null;
	return {
		code: "mojibake",
		description: `Repair ${counted(lines.length, "line")} garbled by a wrong text encoding`,
		before: lines.map((l) => l.before).join("\n"),
		after: lines.map((l) => l.after).join("\n"),
		lines,
	};
};

/**
 * Applies the wanted frontmatter fixes to `frontmatter` in place (as `processFrontMatter` requires), each only if
 * its problem is still there, and keeps every other key, value and the key order. Returns the fixes applied.
 */
export const applyFrontmatterFixes = (frontmatter: MutableFrontMatter, wanted: readonly FixCode[], options?: Partial<FixOptions>): FixCode[] => {
	if (!isFrontMatter(frontmatter)) return [];
	const applied: FixCode[] = [];
	for (const [code, stepFor] of FRONTMATTER_FIXES) {
		const step = wanted.includes(code) ? stepFor(frontmatter, typeKeyOf(options)) : null;
		if (!step) continue;
		step.apply(frontmatter);
		applied.push(code);
	}
	return applied;
};

/**
 * Whether "Fix metadata" has something certain to do for a listed note, judged without reading the file: one of
 * its problems has a frontmatter fix, or it has mojibake in text the repair can reach (the body, or a `title:`
 * value; a garbled file name is not something a text repair changes).
 */
export const hasCertainFix = (article: Article, frontmatter: FrontMatter | null | undefined, bodyMojibake: boolean, options?: Partial<FixOptions>): boolean => {
	const codes = new Set<ProblemCode>(article.problems.map((p) => p.code));
	return (
		planFrontmatterFixes(frontmatter, options).some((fix) => codes.has(fix.code)) ||
		(codes.has("mojibake") && (bodyMojibake || titleValueHasMojibake(frontmatter)))
	);
};

const titleValueHasMojibake = (frontmatter: FrontMatter | null | undefined): boolean => {
	if (!isFrontMatter(frontmatter)) return false;
	const key = findKey(frontmatter, "title");
	if (key === undefined) return false;
	const value = frontmatter[key];
	const items: unknown[] = isArray(value) ? value : [value];
	return items.some((item) => isString(item) && hasMojibake(item));
};

/** `tag: x` → `tags: x`, only when no `tags` key (in any casing) exists: Obsidian reads nothing from `tag` since 1.9. */
const legacyTagStep = (frontmatter: MutableFrontMatter): Step | null => {
	if (findKey(frontmatter, "tags") !== undefined) return null;
	const key = findKey(frontmatter, "tag");
	return key === undefined ? null : renameStep(frontmatter, key, "tags", "the only key Obsidian reads tags from");
};

/** `tags: "a, b"` or `tags: "a b"` → `tags: ["a", "b"]`, when the split is unambiguous. */
const stringTagsStep = (frontmatter: MutableFrontMatter): Step | null => {
	const key = findKey(frontmatter, "tags");
	if (key === undefined) return null;
	const value = frontmatter[key];
	if (!isString(value)) return null;
	const items = splitTagText(value);
	if (!items) return null;
	return {
		description: `Turn the text ${show(value)} into a list of ${counted(items.length, "tag")}`,
		before: property(key, value),
		after: property(key, items),
		apply: (fm) => {
			fm[key] = items.slice();
		},
	};
};

/**
 * The tags a comma- or space-separated string stands for, or null when it is one tag already or the split is a
 * guess. With commas, items are what lies between them, so an item holding a space (`cold calling`) makes it a guess.
 */
export const splitTagText = (text: string): string[] | null => {
	const trimmed = text.trim();
	if (!/[,\s]/.test(trimmed)) return null;
	const parts = trimmed.includes(",") ? trimmed.split(",") : trimmed.split(/\s+/);
	const items = parts.map((p) => p.trim()).filter((p) => p !== "");
	if (items.length === 0 || items.some((item) => /\s/.test(item))) return null;
	return items;
};

/** `Type:` → `type:` (the configured key), only when the exact key is absent, so no value is overwritten. */
const typeKeyStep = (frontmatter: MutableFrontMatter, typeKey: string): Step | null => {
	if (typeKey === "") return null;
	// findKey answers the exact key itself when the note has it: then there is nothing to rename.
	const key = findKey(frontmatter, typeKey);
	return key === undefined || key === typeKey ? null : renameStep(frontmatter, key, typeKey, "the type property's exact spelling");
};

/** The step renaming `key` to `to`, the value unchanged; `why` ends the description. */
const renameStep = (frontmatter: MutableFrontMatter, key: string, to: string, why: string): Step => {
	const value = frontmatter[key];
	return {
		description: `Rename "${key}:" to "${to}:", ${why}`,
		before: property(key, value),
		after: property(to, value),
		apply: (fm) => renameKey(fm, key, to),
	};
};

/** Renames a key in place, keeping its position among the others (YAML is written back in key order). */
const renameKey = (frontmatter: MutableFrontMatter, from: string, to: string): void => {
	const entries = Object.entries(frontmatter);
	for (const [key] of entries) delete frontmatter[key];
	for (const [key, value] of entries) frontmatter[key === from ? to : key] = value;
};

/** A property as the preview shows it: the key, then the value as JSON (which YAML reads the same way). */
const property = (key: string, value: unknown): string =>
	`${key}: ${isArray(value) ? `[${value.map(json).join(", ")}]` : json(value)}`;

const json = (value: unknown): string => {
	try {
		return JSON.stringify(value) ?? String(value);
	} catch {
		return String(value);
	}
};

/** Frontmatter fixes in the order they apply: renaming `tag:` first lets its string value be split afterwards. */
const FRONTMATTER_FIXES: readonly (readonly [FixCode, (frontmatter: MutableFrontMatter, typeKey: string) => Step | null])[] = [
	["legacy-tag-key", legacyTagStep],
	["string-tags", stringTagsStep],
	["type-key-case", typeKeyStep],
];
