import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { articleKeys, tagChain } from "./article-keys";
import { childId, NO_DATE, NO_TYPE, UNTAGGED } from "./group-ids";
import type { ExplorerOptions } from "./types";

/**
 * Every group id that contains a note, outer groups before the groups inside them, so "reveal active note" can
 * expand them in order. Computed from the note alone (O(its tags × types)), never by searching the tree.
 */
export function groupsOfNote(index: ArticleIndex, o: ExplorerOptions, a: Article): string[] {
	const keys = articleKeys(index);
	const out: string[] = [];
	const tagIds = (prefix: string | null, inner: ((tagId: string) => void) | null): void => {
		const own = keys.tags(a);
		if (own.length === 0) {
			const id = childId(prefix, "none", UNTAGGED);
			out.push(id);
			if (inner) inner(id);
			return;
		}
		const listed = new Set(own);
		const seen = new Set<string>();
		for (const k of own) {
			for (const key of o.nestedTags ? tagChain(k) : [k]) {
				if (seen.has(key)) continue;
				seen.add(key);
				const id = childId(prefix, "tag", key);
				out.push(id);
				if (inner && (listed.has(key) || (o.nestedTags && o.parentListsChildNotes))) inner(id);
			}
		}
	};
	const typeIds = (prefix: string | null, inner: ((typeId: string) => void) | null): void => {
		const types = keys.types(a);
		for (const id of types.length > 0 ? types.map((t) => childId(prefix, "type", t)) : [childId(prefix, "none", NO_TYPE)]) {
			out.push(id);
			if (inner) inner(id);
		}
	};
	switch (o.mode) {
		case "tag":
			tagIds(null, null);
			break;
		case "type":
			typeIds(null, null);
			break;
		case "type-tag":
			typeIds(null, (typeId) => tagIds(typeId, null));
			break;
		case "tag-type":
			tagIds(null, (tagId) => typeIds(tagId, null));
			break;
		case "date":
			if (a.pubDate && index.pathsInMonth(a.pubDate.slice(0, 7)).has(a.path)) {
				out.push(`date:${a.pubDate.slice(0, 4)}`, `date:${a.pubDate.slice(0, 7)}`);
			} else out.push(childId(null, "none", NO_DATE));
			break;
	}
	return out;
}
