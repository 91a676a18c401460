import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { articleKeys, tagChain, type ArticleKeys } from "./article-keys";
import { childId, NO_DATE, NO_TYPE, PROBLEMS, segment, UNTAGGED } from "./group-ids";
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

/**
 * Whether a note may belong to a group, judged from the group id alone: every segment must fit the note, catch-alls
 * too (an untyped note is the only kind `No type` can hold: an edit elsewhere must not rescan its 30 000 notes). A
 * superset of real membership, which is all that deciding what to rebuild needs. Made once per note, the returned
 * test answers each group id with set lookups: an edit asks it for every group on the way down the tree.
 */
export function mayHold(a: Article, keys: ArticleKeys, nested: boolean): (id: string) => boolean {
	const typeSegments = new Set(a.types.map((t) => segment("type", t.toLowerCase())));
	const own = keys.tags(a);
	const tags = new Set(nested ? keys.tagsWithParents(a) : own);
	// `tagsWithParents` cuts keys at a `/` after the first character: an odd key (`/x`, or the empty key) is checked the long way
	const tagFits = (key: string): boolean =>
		key !== "" && key.charCodeAt(0) !== 47 ? tags.has(key) : own.some((k) => k === key || (nested && k.startsWith(`${key}/`)));
	const fits = (seg: string): boolean => {
		const colon = seg.indexOf(":");
		const kind = seg.slice(0, colon);
		const key = seg.slice(colon + 1);
		if (kind === "tag") return tagFits(key);
		if (kind === "type") return typeSegments.has(seg);
		if (kind === "date") return !!a.pubDate && a.pubDate.startsWith(key);
		return catchAllMayHold(key, a, own);
	};
	return (id) => {
		let from = 0;
		for (let cut = id.indexOf(">"); cut !== -1; cut = id.indexOf(">", from)) {
			if (!fits(id.slice(from, cut))) return false;
			from = cut + 1;
		}
		return fits(from === 0 ? id : id.slice(from));
	};
}

/** Whether a catch-all may hold the note: the index files a note there only when it lacks the tags, types or date. */
function catchAllMayHold(key: string, a: Article, ownTags: readonly string[]): boolean {
	switch (key) {
		case UNTAGGED:
			return ownTags.length === 0;
		case NO_TYPE:
			return a.types.length === 0;
		case NO_DATE:
			return !a.pubDate;
		case PROBLEMS:
			return a.problems.length > 0;
		default:
			return true;
	}
}
