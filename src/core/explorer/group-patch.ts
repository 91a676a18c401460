import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { hasRegularTags, parentTag, type ArticleKeys } from "./article-keys";
import type { GroupMaker, GroupSpec } from "./group-builder";
import { childId, crossLevels, NO_DATE, NO_TYPE, PROBLEMS, UNTAGGED, type Level } from "./group-ids";
import { pushTo } from "../maps";
import type { ExplorerOptions, GroupKind } from "./types";
import { searchSorted } from "../sorted-search";

/** A group an edited note may have left or joined, with the id of the group holding it (null: the top level). */
export interface GroupRef {
	id: string;
	parent: string | null;
	kind: GroupKind;
	key: string;
}

/**
 * Every group that may hold one of the given note versions, by the id of the level holding it: the note's tags
 * (with their parents when nested), types, month and year, catch-alls and the problems group, crossed as the mode
 * nests them. A superset of real membership (a group rebuilt for nothing comes out the same), and closed under
 * parents, so a level is only patched below a group that was rebuilt. Null when a note has a tag key that the index
 * nests differently from `tagChain` (empty, or starting with `/`): then a level's keys do not follow from the notes.
 */
export const editedGroups = (index: ArticleIndex, keys: ArticleKeys, o: ExplorerOptions, notes: readonly Article[]): Map<string | null, GroupRef[]> | null => {
	const out = new Map<string | null, GroupRef[]>();
	const seen = new Set<string>();
	// `prefix` starts the id; `parent` is the group holding it (a parent tag, a month's year, or the prefix itself)
	const add = (prefix: string | null, kind: GroupKind, key: string, parent = prefix): string => {
		const id = childId(prefix, kind, key);
		if (!seen.has(id)) {
			seen.add(id);
			pushTo(out, parent, { id, parent, kind, key });
		}
		return id;
	};
	// the keys of every version together: crossing them may name a group no version is in, which is only made again
	const tagKeys = new Set<string>();
	const typeKeys = new Set<string>();
	const months = new Set<string>();
	let untagged = false;
	let untyped = false;
	for (const a of notes) {
		if (!hasRegularTags(index, a)) return null;
		const own = keys.tags(a);
		if (own.length === 0) untagged = true;
		// parents come first, so each key's level is known when the key is added
		for (const k of o.nestedTags ? keys.tagsWithParents(a) : own) tagKeys.add(k);
		if (a.types.length === 0) untyped = true;
		for (const t of a.types) typeKeys.add(t.toLowerCase());
		if (a.pubDate) months.add(a.pubDate.slice(0, 7));
	}
	// one level's groups under `prefix`, each id then handed to `inner` (the level nested in it)
	const tags: Level = (prefix, inner) => {
		if (untagged) inner(add(prefix, "none", UNTAGGED));
		for (const k of tagKeys) {
			const parent = o.nestedTags ? parentTag(k) : null;
			inner(add(prefix, "tag", k, parent === null ? prefix : childId(prefix, "tag", parent)));
		}
	};
	const types: Level = (prefix, inner) => {
		if (untyped) inner(add(prefix, "none", NO_TYPE));
		for (const t of typeKeys) inner(add(prefix, "type", t));
	};
	if (notes.length > 0 && o.problemsGroup) add(null, "none", PROBLEMS);
	if (o.mode !== "date") crossLevels(o.mode, tags, types);
	else {
		// a date the index cannot file under a month leaves the note undated: `No date` is always looked at
		if (notes.length > 0) add(null, "none", NO_DATE);
		for (const m of months) add(null, "date", m, add(null, "date", m.slice(0, 4)));
	}
	return out;
};

/** The groups a model has built: by id, each shown level's sub-groups, and the sorted notes of listed groups. */
export interface BuiltGroups {
	specs: Map<string, GroupSpec>;
	kids: Map<string, GroupSpec[]>;
	notes: Map<string, string[]>;
	/** Collects the groups a patch makes, when given. */
	made?: Set<GroupSpec> | null;
}

/**
 * Brings built levels up to date after an edit without rebuilding them: in each level only the groups in `refs` are
 * made again (`make`, the level's own maker) and put back at their sorted place, or left out when now empty; every
 * other group stays as it was, with its sub-groups and sorted notes. Below a remade group whose sub-groups were
 * built, they are patched the same way with the new group's maker; below one that is gone, everything is forgotten.
 * Returns the level's new list (a new array: the old one is left as it was).
 */
export const patchLevel = (list: GroupSpec[], parent: string | null, make: GroupMaker, refs: ReadonlyMap<string | null, GroupRef[]>, built: BuiltGroups, order: (a: GroupSpec, b: GroupSpec) => number): GroupSpec[] => {
	const here = refs.get(parent);
	if (!here) return list;
	const out = list.slice();
	for (const r of here) {
		const old = built.specs.get(r.id);
		// a scan for the same object is cheaper than comparing names on the way down a binary search
		const at = old ? out.indexOf(old) : -1;
		if (at >= 0) out.splice(at, 1);
		const spec = make(r.kind, r.key);
		built.notes.delete(r.id);
		if (!spec) {
			forget(r.id, built);
			continue;
		}
		built.specs.set(r.id, spec);
		built.made?.add(spec);
		// keys are unique in a level, so no group ties with the one inserted
		out.splice(searchSorted(out, spec, order), 0, spec);
		const kids = built.kids.get(r.id);
		if (kids) built.kids.set(r.id, patchLevel(kids, r.id, spec.child, refs, built, order));
	}
	return out;
};

/** Drops a group and everything built below it. */
const forget = (id: string, built: BuiltGroups): void => {
	built.specs.delete(id);
	built.notes.delete(id);
	const kids = built.kids.get(id);
	if (!kids) return;
	built.kids.delete(id);
	for (const k of kids) forget(k.node.id, built);
};
