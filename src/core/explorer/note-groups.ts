import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { articleKeys } from "./article-keys";
import { childId, crossLevels, NO_DATE, NO_TYPE, UNTAGGED, type Level } from "./group-ids";
import type { ExplorerOptions } from "./types";

/**
 * Every group id that contains a note, outer groups before the groups inside them, so "reveal active note" can
 * expand them in order. Computed from the note alone (O(its tags × types)), never by searching the tree.
 */
export const groupsOfNote = (index: ArticleIndex, o: ExplorerOptions, a: Article): string[] => {
	const keys = articleKeys(index);
	const out: string[] = [];
	const push = (id: string): string => {
		out.push(id);
		return id;
	};
	const tagIds: Level = (prefix, inner) => {
		const own = keys.tags(a);
		if (own.length === 0) return inner(push(childId(prefix, "none", UNTAGGED)));
		const listed = new Set(own);
		// each key once, a nested one's parents first (`own` holds each key once)
		for (const key of o.nestedTags ? keys.tagsWithParents(a) : own) {
			const id = push(childId(prefix, "tag", key));
			// a parent tag holds the note's type groups only when it lists its children's notes
			if (listed.has(key) || (o.nestedTags && o.parentListsChildNotes)) inner(id);
		}
	};
	const typeIds: Level = (prefix, inner) => {
		const types = keys.types(a);
		if (types.length === 0) inner(push(childId(prefix, "none", NO_TYPE)));
		for (const t of types) inner(push(childId(prefix, "type", t)));
	};
	if (o.mode !== "date") crossLevels(o.mode, tagIds, typeIds);
	else if (a.pubDate && index.pathsInMonth(a.pubDate.slice(0, 7)).has(a.path)) out.push(`date:${a.pubDate.slice(0, 4)}`, `date:${a.pubDate.slice(0, 7)}`);
	else out.push(childId(null, "none", NO_DATE));
	return out;
};
