import type { GroupMaker, GroupSpec } from "./group-builder";
import { countIn, type PathSets } from "./set-ops";
import type { GroupKind, GroupMode, GroupNode } from "./types";
import type { Paths } from "../articles/path-set";

/**
 * Group ids: `kind:key` segments joined by `>` from the outer grouping level to the inner one, e.g.
 * `tag:sales/objections`, `type:post>tag:sales`, `tag:sales>none:notype`, `date:2025-03`. They depend only on what the
 * group stands for, never on counts or positions, so the remembered expanded set survives every rebuild. Tag keys
 * cannot hold `>` or `%` (Obsidian ends a tag there); type keys can, so those two characters are escaped.
 */

/** Catch-all keys. */
export const UNTAGGED = "untagged";
export const NO_TYPE = "notype";
export const NO_DATE = "nodate";
/** Key of the view's "Metadata problems" group (never a tag, type or date, so it cannot clash). */
export const PROBLEMS = "problems";
/** Id of the "Metadata problems" group; the same in every grouping mode, so its open state carries over. */
export const PROBLEMS_GROUP_ID = `none:${PROBLEMS}`;

/** Labels of the catch-all groups. */
export const CATCH_ALL_LABELS: Readonly<Record<string, string>> = {
	[UNTAGGED]: "Untagged",
	[NO_TYPE]: "No type",
	[NO_DATE]: "No date",
	[PROBLEMS]: "Metadata problems",
};

const escapeKey = (key: string): string => key.replace(/%/g, "%25").replace(/>/g, "%3E");

/** The id segment of one grouping level. */
export const segment = (kind: GroupKind, key: string): string => `${kind}:${kind === "type" ? escapeKey(key) : key}`;

/** A child id: the parent's id (or none at the top) followed by one more segment. */
export const childId = (parentPrefix: string | null, kind: GroupKind, key: string): string => {
	const seg = segment(kind, key);
	return parentPrefix ? `${parentPrefix}>${seg}` : seg;
};

/**
 * The id of the group that holds `id` in the tree, or null for a top-level group. Nested tags step up one tag
 * level (`type:post>tag:a/b` → `type:post>tag:a`), months step up to their year, anything else drops its last segment.
 */
export const parentGroupId = (id: string, nestedTags: boolean): string | null => {
	const cut = id.lastIndexOf(">");
	const prefix = cut >= 0 ? id.slice(0, cut) : null;
	const last = cut >= 0 ? id.slice(cut + 1) : id;
	if (nestedTags && last.startsWith("tag:")) {
		const slash = last.lastIndexOf("/");
		if (slash > "tag:".length) return prefix ? `${prefix}>${last.slice(0, slash)}` : last.slice(0, slash);
	}
	if (last.startsWith("date:") && last.length > "date:yyyy".length) return last.slice(0, "date:yyyy".length);
	return prefix;
};

/** A group that lists its notes itself (the `listed` of them `list` shows) and has no sub-groups. */
export const leafSpec = (node: GroupNode, list: PathSets, listed: number): GroupSpec =>
	({ node, list, listed, children: () => [], child: () => null });

/** A group whose notes are all in its sub-groups, built by `children` (all of them) or `child` (one). */
export const branchSpec = (node: GroupNode, children: () => GroupSpec[], child: GroupMaker): GroupSpec =>
	({ node, list: null, listed: 0, children, child });

/** Walks one grouping level under `prefix` (null: the top), handing each group id to `inner`, the level inside it. */
export type Level = (prefix: string | null, inner: (id: string) => void) => void;

/** The tag or type level alone, or (`tag-type`, `type-tag`) the first holding the second, as the mode nests them. */
export const crossLevels = (mode: Exclude<GroupMode, "date">, tags: Level, types: Level): void => {
	const [outer, inner] = mode.startsWith("tag") ? [tags, types] : [types, tags];
	outer(null, mode.includes("-") ? (id) => inner(id, skip) : skip);
};

const skip = (): void => {};

/** A group's node: every builder makes its nodes here, so all have the same fields in the same order. */
export const groupNode = (id: string, kind: GroupKind, key: string, label: string, count: number, depth: number, hasChildren: boolean): GroupNode =>
	({ id, kind, key, label, count, depth, hasChildren });

/** A catch-all group's node (`Untagged`, `No type`, `No date`, `Metadata problems`). */
export const catchAll = (id: string, key: string, count: number, depth: number, hasChildren: boolean): GroupNode =>
	groupNode(id, "none", key, CATCH_ALL_LABELS[key], count, depth, hasChildren);

/** A top-level catch-all listing the notes of `set` that the filter's `match` keeps; null when it would be empty. */
export const topCatchAll = (key: string, set: Paths, match: Paths | null): GroupSpec | null => {
	const sets = [set];
	const count = countIn(sets, match);
	return count === 0 ? null : leafSpec(catchAll(childId(null, "none", key), key, count, 0, false), sets, count);
};
