import type { ArticleIndex } from "../articles/article-index";
import { EditLog } from "./edit-log";
import { filterSignature, isEmptyFilter, matchingPaths, parseFilter, refines, type ParsedFilter } from "./filter";
import type { FilterMatch } from "./filter-match";
import type { GroupSpec } from "./group-builder";
import { GroupTree } from "./group-tree";
import { groupsOfNote } from "./note-groups";
import { RowLayout } from "./row-layout";
import { EmptyReason, type ExplorerOptions, type GroupNode, type Row } from "./types";
import type { Paths } from "../articles/path-set";

/**
 * The explorer's state over an index: options, filter and lazily built groups, shared by the sidebar view and the
 * CLI; a façade that keeps its parts in step. Top-level counts come from index set sizes; a group's sub-groups and
 * sorted notes are built only when asked for (`GroupTree`). An option or filter change drops everything derived; an
 * index edit (logged by `EditLog`) re-checks only the edited notes against the filter, keeps the built levels and
 * remakes in them only the groups the edited notes (before or after) can belong to, and patches the note lists it
 * touched. Rows come from a layout of the expanded tree (`rowCount`, `rowsInRange`), so a virtual view makes only
 * the rows in view; after an edit the layout copies the segments of the groups not remade from the previous one.
 * `allRows` makes them all (tests and the benchmark; the view never does). The model listens to the
 * index: call `dispose()` when the view closes.
 */
export class ExplorerModel {
	#opts: ExplorerOptions;
	#filter: ParsedFilter = parseFilter("");
	#filterSig = filterSignature(this.#filter);
	#match: FilterMatch | null = null;
	/** The previous matches, when the new filter can only narrow them (typing on). */
	#narrowFrom: Paths | null = null;
	#filterDirty = false;
	#builtFor = -1;
	#dirty = true;
	readonly #log: EditLog;
	readonly #tree: GroupTree;
	/** Groups made by patches since the last layout, whose others it can copy; null after a rebuild. */
	#remade: Set<GroupSpec> | null = null;
	/** The last layout made and its expanded set: reused while it is fresh, else kept so the next one copies from it. */
	#lastLayout: RowLayout | null = null;
	#lastExpanded!: Set<string>;
	/** Whether `lastLayout` still shows the current groups (none rebuilt or remade since it was made). */
	#layoutFresh = false;

	constructor(
		readonly index: ArticleIndex,
		options: ExplorerOptions,
	) {
		this.#opts = { ...options };
		this.#tree = new GroupTree(index);
		this.#log = new EditLog(index);
	}

	/** Stops listening to the index; the model keeps working, re-filtering fully after each edit. */
	dispose(): void {
		this.#log.stop();
		this.#tree.dispose();
	}

	/** Changes some options; the tree is rebuilt lazily, and only if something really changed. */
	setOptions(o: Partial<ExplorerOptions>): void {
		const next = { ...this.#opts, ...o };
		const keys = Object.keys(next) as (keyof ExplorerOptions)[];
		if (keys.every((k) => next[k] === this.#opts[k])) return;
		this.#opts = next;
		this.#dirty = true;
	}

	/** Sets the filter box text; re-filters only when the parsed tokens change (not for an extra space). */
	setFilter(text: string): void {
		const parsed = parseFilter(text);
		const sig = filterSignature(parsed);
		if (sig === this.#filterSig) return;
		// the state is current, so no matches means no filter, which nothing refines
		const narrower = !this.#filterDirty && this.#builtFor === this.index.version && refines(parsed, this.#filter);
		this.#narrowFrom = narrower ? this.#match : null;
		this.#filter = parsed;
		this.#filterSig = sig;
		this.#filterDirty = true;
	}

	/** Articles matching the filter (all articles when there is none). */
	get noteCount(): number {
		this.#sync();
		return this.#match?.size ?? this.index.size;
	}

	/** Why nothing is shown, if nothing is: an empty vault, or a filter that matches no note. */
	get emptyReason(): EmptyReason | null {
		this.#sync();
		if (this.index.size === 0) return EmptyReason.noNotes;
		return this.#match?.size === 0 ? EmptyReason.noMatch : null;
	}

	/** Whether a filter is active. */
	get filtering(): boolean {
		return !isEmptyFilter(this.#filter);
	}

	/** The top-level groups, sorted, empty ones left out. */
	topGroups(): GroupNode[] {
		this.#sync();
		return this.#tree.top().map((s) => s.node);
	}

	/** The sub-groups of a group, sorted; empty for an unknown id or a group without sub-groups. */
	childGroups(id: string): GroupNode[] {
		return this.#tree.children(this.#resolve(id)).map((s) => s.node);
	}

	/** The paths a group lists as rows, sorted by the note sort; empty when its notes live in sub-groups. */
	notesOf(id: string): string[] {
		return this.#tree.notes(this.#resolve(id));
	}

	/** How many rows the visible tree has, without making them (O(visible groups), cached per expanded set). */
	rowCount(expanded: ReadonlySet<string>): number {
		return this.#layout(expanded).rowCount;
	}

	/**
	 * Rows `start` (inclusive) to `end` (exclusive) of `allRows(model, expanded)`, made on demand: what a virtual view
	 * draws; an `end` past the last row stops at it.
	 * With `sets`, appends for each row its place among its siblings (from 1) and their number, for `aria-posinset`
	 * and `aria-setsize` (here, as each look-up of the layout compares the expanded sets).
	 */
	rowsInRange(expanded: ReadonlySet<string>, start: number, end: number, sets?: [number, number][]): Row[] {
		const layout = this.#layout(expanded);
		const rows = layout.rowsInRange(start, end);
		if (sets) for (let i = 0; i < rows.length; i++) sets.push(layout.siblings(Math.max(0, start) + i));
		return rows;
	}

	/** The index of a row in `allRows(model, expanded)` (a group by id, a note by path within its group), or -1. */
	rowIndex(expanded: ReadonlySet<string>, row: Row): number {
		return this.#layout(expanded).indexOf(row);
	}

	/** The index of the first row showing a note, in any group, or -1. */
	noteRowIndex(expanded: ReadonlySet<string>, path: string): number {
		return this.#layout(expanded).indexOfNote(path);
	}

	#layout(expanded: ReadonlySet<string>): RowLayout {
		this.#sync();
		const previous = this.#lastLayout && sameSet(this.#lastExpanded, expanded) ? this.#lastLayout : null;
		if (previous && this.#layoutFresh) return previous;
		const reuse = previous && this.#remade ? { old: previous, remade: this.#remade } : null;
		const layout = new RowLayout(this.#tree.top(), expanded, this.#tree, reuse);
		this.#remade = new Set();
		this.#layoutFresh = true;
		this.#lastLayout = layout;
		this.#lastExpanded = new Set(expanded);
		return layout;
	}

	/** The ids of every group holding the note (outer before inner), for "reveal active note"; empty if filtered out. */
	pathToGroups(path: string): string[] {
		this.#sync();
		const a = this.index.get(path);
		if (!a || (this.#match && !this.#match.has(path))) return [];
		return groupsOfNote(this.index, this.#opts, a);
	}

	/**
	 * Rebuilds the derived state when the index, the options or the filter changed since it was built. After an
	 * index edit under a filter only the changed notes are re-checked, so an edit does not cost a full re-filter.
	 */
	#sync(): void {
		const version = this.index.version;
		let narrowed = false;
		if (this.#filterDirty) {
			// set by the one `setFilter` since the build, to the matches then; still them if the index did not change
			const within = this.#builtFor === version ? this.#narrowFrom : null;
			// the old lists were made for exactly those matches, unless the options changed since
			narrowed = within !== null && !this.#dirty;
			this.#match = matchingPaths(this.index, this.#filter, within);
			this.#narrowFrom = null;
			this.#filterDirty = false;
			this.#dirty = true;
		} else if (version !== this.#builtFor) {
			const before = this.#match;
			const log = this.#log;
			// matches exist only once built; the log knows the changed notes unless there were too many
			if (!(before?.current && log.recheck(before, this.#filter))) this.#match = matchingPaths(this.index, this.#filter);
			const changes = !this.#dirty && this.#match === before ? log.changes(before) : null;
			// before the first build the state is dirty, so nothing unbuilt is patched
			const remade = changes ? this.#tree.patch(changes, this.#remade) : null;
			if (!remade) this.#dirty = true;
			else if (remade.size > 0) this.#layoutFresh = false;
		}
		this.#log.restart();
		this.#builtFor = version;
		if (!this.#dirty) return;
		this.#dirty = false;
		this.#tree.rebuild(this.#opts, this.#match, narrowed);
		this.#layoutFresh = false;
		this.#remade = null;
	}

	/** Finds a group by id, building its ancestors' sub-groups first if they were never shown. */
	#resolve(id: string): GroupSpec | undefined {
		this.#sync();
		return this.#tree.find(id);
	}
}

/**
 * The flattened visible tree for an expanded set: each group, and inside expanded ones their sub-groups then notes
 * (tests and the benchmark; a view asks only for the rows in view).
 */
export const allRows = (model: ExplorerModel, expanded: ReadonlySet<string>): Row[] => model.rowsInRange(expanded, 0, Infinity);

/** Whether two expanded sets hold the same ids. */
const sameSet = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
	if (a.size !== b.size) return false;
	for (const x of b) if (!a.has(x)) return false;
	return true;
};
