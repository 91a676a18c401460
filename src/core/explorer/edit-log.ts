import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { filterPredicate, type ParsedFilter } from "./filter";
import type { FilterMatch } from "./filter-match";
import type { NoteChange } from "./scope-tallies";

/** Beyond this many edits between two reads, re-filtering everything is cheaper than re-checking each edit. */
const MAX_TRACKED_CHANGES = 2000;
/** Beyond this many edited notes between two reads, the groups are rebuilt instead of patched. */
const MAX_PATCHED_NOTES = 32;

/**
 * What the index changed since the explorer's state was built, so the next read re-checks only those notes against
 * the filter and patches the groups instead of rebuilding them. Each record gives up (null) past its limit or, for
 * the edits, after a change it cannot follow (a rename that replaced a note); `stop` ends listening for good.
 */
export class EditLog {
	/** Paths changed in the index since the state was built; null when unknown (too many, or not subscribed). */
	#changed: string[] | null = null;
	/** Each note edited since the groups were built, with its article then (undefined: new); null when too many. */
	#edited: Map<string, Article | undefined> | null = new Map();
	/** Whether the filter showed each edited note (in log order) before the last re-check, which `changes` reads. */
	#wasShown: boolean[] | null = null;
	#stopped = false;
	readonly #unsubscribe: () => void;
	readonly #index: ArticleIndex;

	constructor(index: ArticleIndex) {
		this.#index = index;
		// the index's size after the last change seen: a rename that replaced a note shrinks it unannounced
		let seenSize = index.size;
		this.#unsubscribe = index.onChange((c) => {
			const grew = c.kind === "remove" ? -1 : c.kind === "upsert" && !c.before ? 1 : 0;
			const displaced = index.size !== seenSize + grew;
			seenSize = index.size;
			const edited = this.#edited;
			if (edited && !displaced && edited.size < MAX_PATCHED_NOTES) {
				// only the first change of a note since the build tells what the groups counted
				if (c.kind === "rename" && !edited.has(c.oldPath)) edited.set(c.oldPath, c.before);
				if (!edited.has(c.path)) edited.set(c.path, c.kind === "rename" ? undefined : c.before);
			} else this.#edited = null;
			const changed = this.#changed;
			if (!changed || changed.length >= MAX_TRACKED_CHANGES) this.#changed = null;
			else if (c.kind === "rename") changed.push(c.oldPath, c.path);
			else changed.push(c.path);
		});
	}

	/** Starts an empty log once the state is built (a stopped log stays empty-handed: null). */
	restart(): void {
		if (this.#stopped) return;
		this.#edited = new Map();
		this.#changed = [];
	}

	/** Stops listening to the index; from then on nothing is known, so every read re-filters and rebuilds. */
	stop(): void {
		this.#unsubscribe();
		this.#stopped = true;
		this.#changed = null;
		this.#edited = null;
	}

	/** Re-checks the changed notes against the filter, patching its matches in place; false when they are not known. */
	recheck(match: FilterMatch, filter: ParsedFilter): boolean {
		const changed = this.#changed;
		if (!changed) return false;
		const edited = this.#edited;
		// asked before the match is patched; a note that just left still has its flag (but no longer `has`)
		this.#wasShown = edited ? [...edited.keys()].map((p) => match.marked(p)) : null;
		const keeps = filterPredicate(this.#index, filter);
		for (const p of changed) {
			if (keeps(p)) match.add(p);
			else match.delete(p);
		}
		return true;
	}

	/** Each edited note's article then and now, and whether `match` (just re-checked) showed it then and shows it now. */
	changes(match: FilterMatch | null): NoteChange[] | null {
		const edited = this.#edited;
		if (!edited) return null;
		const wasShown = match ? this.#wasShown : null;
		const out: NoteChange[] = [];
		let i = 0;
		for (const [path, before] of edited) {
			const after = this.#index.get(path);
			const shownThen = wasShown ? wasShown[i++] : true;
			out.push({ before, after, wasShown: before !== undefined && shownThen, isShown: after !== undefined && (!match || match.has(path)) });
		}
		return out;
	}
}
