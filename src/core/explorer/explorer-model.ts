import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { articleKeys, type ArticleKeys } from "./article-keys";
import { filterPredicate, filterSignature, isEmptyFilter, matchingPaths, parseFilter, refines, type ParsedFilter } from "./filter";
import type { FilterMatch } from "./filter-match";
import { GroupBuilder, type GroupLabels, type GroupSpec } from "./group-builder";
import { levelOrder } from "./level-order";
import { editedGroups, patchLevel } from "./group-patch";
import { parentGroupId } from "./group-ids";
import { groupsOfNote } from "./note-groups";
import { NoteLists } from "./note-lists";
import { noteRowsFor, RowLayout } from "./row-layout";
import { ScopeTallies, type NoteChange } from "./scope-tallies";
import type { EmptyReason, ExplorerOptions, GroupNode, Row } from "./types";

/** Beyond this many edits between two reads, re-filtering everything is cheaper than re-checking each edit. */
const MAX_TRACKED_CHANGES = 2000;
/** Beyond this many edited notes between two reads, the groups are rebuilt instead of patched. */
const MAX_PATCHED_NOTES = 32;

/**
 * The explorer's state over an index: options, filter and lazily built groups, shared by the sidebar view and the
 * CLI. Top-level counts come from index set sizes; a group's sub-groups and sorted notes are built only when asked
 * for. An option or filter change drops everything derived; an index edit keeps the built levels and remakes in them
 * only the groups the edited notes (before or after) can belong to, put back at their sorted place (`group-patch`),
 * and patches the note lists it touched. Rows come from a layout of the expanded tree (`rowCount`, `rowsInRange`),
 * so a virtual view makes only the rows in view; after an edit the layout copies the segments of the groups not
 * remade from the previous one. `rows()` makes them all, reusing the row objects of unchanged groups. The model listens to the index: call
 * `dispose()` when the view closes.
 */
export class ExplorerModel {
	#opts: ExplorerOptions;
	#filter: ParsedFilter = parseFilter("");
	#filterSig = filterSignature(this.#filter);
	#match: FilterMatch | null = null;
	/** The previous matches, when the new filter can only narrow them (typing on). */
	#narrowFrom: ReadonlySet<string> | null = null;
	#narrowVersion = -1;
	#filterDirty = false;
	/** Paths changed in the index since the state was built; null when unknown (too many, or not subscribed). */
	#changed: string[] | null = null;
	readonly #unsubscribe: () => void;
	#disposed = false;
	#builtFor = -1;
	#dirty = true;
	#builder!: GroupBuilder;
	#top: GroupSpec[] | null = null;
	readonly #specs = new Map<string, GroupSpec>();
	readonly #kids = new Map<string, GroupSpec[]>();
	readonly #notes = new Map<string, string[]>();
	/** The previous state's note lists when the filter only narrowed it (typing on): filtered again, not rebuilt. */
	#narrowBase: Map<string, string[]> | null = null;
	#layoutCache: { expanded: Set<string>; layout: RowLayout } | null = null;
	/** Groups made by patches since the last layout, whose others it can copy; null after a rebuild. */
	#remade: Set<GroupSpec> | null = null;
	/** The layout before the current state's, kept (unlike `layoutCache`) across rebuilds so rows can be patched. */
	#lastLayout: { expanded: Set<string>; layout: RowLayout } | null = null;
	/** Row objects of groups' note lists, kept across states while a group's sorted list is the same array. */
	#noteRowCache = new Map<string, { paths: string[]; rows: Row[] }>();
	#staleNoteRows = new Map<string, { paths: string[]; rows: Row[] }>();
	readonly #lists: NoteLists;
	/** Each note edited since the groups were built, with its article then (undefined: new); null when too many. */
	#edited: Map<string, Article | undefined> | null = new Map();
	/** Sub-group counts of scoped levels, patched across edits while the groups are. */
	#tallies: ScopeTallies;
	/** The index labels the built groups took, to spot an edit that relabels a kept group (and not look them up again). */
	readonly #labels: GroupLabels = { tag: new Map(), type: new Map() };
	readonly #keys: ArticleKeys;
	/** The index's size after the last change seen: a rename that replaced a note shrinks it unannounced. */
	#seenSize: number;

	constructor(
		readonly index: ArticleIndex,
		options: ExplorerOptions,
	) {
		this.#opts = { ...options };
		this.#lists = new NoteLists(index);
		this.#keys = articleKeys(index);
		this.#seenSize = index.size;
		this.#tallies = new ScopeTallies(index);
		this.#unsubscribe = index.onChange((c) => {
			const grew = c.kind === "remove" ? -1 : c.kind === "upsert" && !c.before ? 1 : 0;
			const displaced = index.size !== this.#seenSize + grew;
			this.#seenSize = index.size;
			const edited = this.#edited;
			if (edited && !displaced && edited.size < MAX_PATCHED_NOTES) {
				// only the first change of a note since the build tells what the groups counted
				if (c.kind === "rename" && !edited.has(c.oldPath)) edited.set(c.oldPath, c.before);
				if (!edited.has(c.path)) edited.set(c.path, c.kind === "rename" ? undefined : c.before);
			} else this.#edited = null;
			if (!this.#changed || this.#changed.length >= MAX_TRACKED_CHANGES) this.#changed = null;
			else if (c.kind === "rename") this.#changed.push(c.oldPath, c.path);
			else this.#changed.push(c.path);
		});
	}

	/** Stops listening to the index; the model keeps working, re-filtering fully after each edit. */
	dispose(): void {
		this.#unsubscribe();
		this.#lists.dispose();
		this.#disposed = true;
		this.#changed = null;
		this.#edited = null;
	}

	/** The current options (a copy is kept; change them with `setOptions`). */
	get options(): Readonly<ExplorerOptions> {
		return this.#opts;
	}

	/** Changes some options; the tree is rebuilt lazily, and only if something really changed. */
	setOptions(o: Partial<ExplorerOptions>): void {
		const next = { ...this.#opts, ...o };
		const keys = Object.keys(next) as (keyof ExplorerOptions)[];
		if (keys.every((k) => next[k] === this.#opts[k])) return;
		this.#opts = next;
		this.#dirty = true;
		this.#edited = null;
		this.#lists.clear();
	}

	/** Sets the filter box text; re-filters only when the parsed tokens change (not for an extra space). */
	setFilter(text: string): void {
		const parsed = parseFilter(text);
		const sig = filterSignature(parsed);
		if (sig === this.#filterSig) return;
		const narrower = !this.#filterDirty && this.#builtFor === this.index.version && this.#match !== null && refines(parsed, this.#filter);
		this.#narrowFrom = narrower ? this.#match : null;
		this.#narrowVersion = this.index.version;
		this.#filter = parsed;
		this.#filterSig = sig;
		this.#filterDirty = true;
	}

	/** Articles matching the filter (all articles when there is none). */
	get noteCount(): number {
		this.#sync();
		return this.#match ? this.#match.size : this.index.size;
	}

	/** Why nothing is shown, if nothing is: an empty vault, or a filter that matches no note. */
	get emptyReason(): EmptyReason {
		this.#sync();
		if (this.index.size === 0) return "no-notes";
		return this.#match && this.#match.size === 0 ? "no-match" : null;
	}

	/** Whether a filter is active. */
	get filtering(): boolean {
		return !isEmptyFilter(this.#filter);
	}

	/** The top-level groups, sorted, empty ones left out. */
	topGroups(): GroupNode[] {
		return this.#topSpecs().map((s) => s.node);
	}

	/** The sub-groups of a group, sorted; empty for an unknown id or a group without sub-groups. */
	childGroups(id: string): GroupNode[] {
		const spec = this.#resolve(id);
		return spec ? this.#childSpecs(spec).map((s) => s.node) : [];
	}

	/** The paths a group lists as rows, sorted by the note sort; empty when its notes live in sub-groups. */
	notesOf(id: string): string[] {
		const spec = this.#resolve(id);
		if (!spec || !spec.list) return [];
		let paths = this.#notes.get(id);
		if (!paths) {
			const wider = this.#narrowBase?.get(id);
			const match = this.#match;
			paths = wider && match ? wider.filter((p) => match.has(p)) : this.#lists.get(id, spec.list, match, this.#opts);
			this.#notes.set(id, paths);
		}
		return paths;
	}

	/** The flattened visible tree for an expanded set: each group, and inside expanded ones their sub-groups then notes. */
	rows(expanded: ReadonlySet<string>): Row[] {
		return this.#layout(expanded).rows();
	}

	/** How many rows the visible tree has, without making them (O(visible groups), cached per expanded set). */
	rowCount(expanded: ReadonlySet<string>): number {
		return this.#layout(expanded).rowCount;
	}

	/** Rows `start` (inclusive) to `end` (exclusive) of `rows(expanded)`, made on demand: what a virtual view draws. */
	rowsInRange(expanded: ReadonlySet<string>, start: number, end: number): Row[] {
		return this.#layout(expanded).rowsInRange(start, end);
	}

	/** The index of a row in `rows(expanded)` (a group by id, a note by path within its group), or -1. */
	rowIndex(expanded: ReadonlySet<string>, row: Row): number {
		return this.#layout(expanded).indexOf(row);
	}

	/** The index of the first row showing a note, in any group, or -1. */
	noteRowIndex(expanded: ReadonlySet<string>, path: string): number {
		return this.#layout(expanded).indexOfNote(path);
	}

	#layout(expanded: ReadonlySet<string>): RowLayout {
		this.#sync();
		const cached = this.#layoutCache;
		if (cached && sameSet(cached.expanded, expanded)) return cached.layout;
		const previous = this.#lastLayout && sameSet(this.#lastLayout.expanded, expanded) ? this.#lastLayout.layout : null;
		const reuse = previous && this.#remade ? { old: previous, remade: this.#remade } : null;
		const layout = new RowLayout(this.#topSpecs(), expanded, {
			children: (spec) => this.#childSpecs(spec),
			// the counts say how many notes a group lists: no list is made (or patched) until its rows are in view
			noteCount: (spec) => (spec.list ? spec.listed : 0),
			notes: (spec) => this.notesOf(spec.node.id),
			noteRows: (spec) => this.#noteRows(spec),
		}, previous, reuse);
		this.#remade = new Set();
		this.#layoutCache = { expanded: new Set(expanded), layout };
		this.#lastLayout = this.#layoutCache;
		return layout;
	}

	#noteRows(spec: GroupSpec): Row[] {
		const id = spec.node.id;
		const paths = this.notesOf(id);
		const cached = this.#noteRowCache.get(id) ?? this.#staleNoteRows.get(id);
		if (cached && cached.paths === paths) {
			this.#noteRowCache.set(id, cached);
			return cached.rows;
		}
		const diff = cached ? this.#lists.diffOf(paths) : undefined;
		const rows = noteRowsFor(paths, spec.node.depth + 1, id, cached ?? null, diff && cached && diff.from === cached.paths ? diff : null);
		this.#noteRowCache.set(id, { paths, rows });
		return rows;
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
			const within = this.#narrowVersion === version ? this.#narrowFrom : null;
			// the old lists were made for exactly the old matches, under the same options and index version
			narrowed = within !== null && within === this.#match && !this.#dirty && this.#builtFor === version;
			this.#match = matchingPaths(this.index, this.#filter, within);
			this.#narrowFrom = null;
			this.#filterDirty = false;
			this.#dirty = true;
		} else if (version !== this.#builtFor) {
			const before = this.#match;
			const edited = this.#edited;
			// asked before the match is patched; a note that just left still has its flag (but no longer `has`)
			const wasShown = edited && before ? [...edited.keys()].map((p) => before.marked(p)) : null;
			if (this.#match && this.#match.current && this.#changed && this.#builtFor >= 0) {
				const keeps = filterPredicate(this.index, this.#filter);
				for (const p of this.#changed) {
					if (keeps(p)) this.#match.add(p);
					else this.#match.delete(p);
				}
			} else this.#match = matchingPaths(this.index, this.#filter);
			const changes = edited && this.#match === before ? this.#noteChanges(edited, wasShown) : null;
			const patched = !this.#dirty && changes && this.#builtFor >= 0 && !this.#disposed && this.#labelsKept(changes) && this.#tallies.apply(changes) && this.#patchGroups(changes);
			if (!patched) this.#dirty = true;
		}
		this.#edited = this.#disposed ? null : new Map();
		this.#builtFor = version;
		if (this.#changed === null && !this.#disposed) this.#changed = [];
		else this.#changed?.splice(0);
		if (!this.#dirty) return;
		this.#dirty = false;
		this.#labels.tag.clear();
		this.#labels.type.clear();
		this.#tallies = new ScopeTallies(this.index);
		this.#builder = this.#newBuilder();
		this.#top = null;
		this.#specs.clear();
		this.#kids.clear();
		this.#narrowBase = narrowed ? new Map(this.#notes) : null;
		this.#notes.clear();
		this.#layoutCache = null;
		this.#remade = null;
		this.#staleNoteRows = this.#noteRowCache;
		this.#noteRowCache = new Map();
	}

	#newBuilder(): GroupBuilder {
		return new GroupBuilder(this.index, this.#opts, this.#match, this.#tallies, this.#labels);
	}

	/** Each edited note's article before and after, and whether the filter showed it then and shows it now. */
	#noteChanges(edited: Map<string, Article | undefined>, wasShown: boolean[] | null): NoteChange[] {
		const out: NoteChange[] = [];
		let i = 0;
		for (const [path, before] of edited) {
			const after = this.index.get(path);
			const shownThen = wasShown ? wasShown[i++] : true;
			out.push({ before, after, wasShown: before !== undefined && shownThen, isShown: after !== undefined && (!this.#match || this.#match.has(path)) });
		}
		return out;
	}

	/** Whether the edits left every label the built groups show as it was (a relabel is rare: then all is rebuilt). */
	#labelsKept(changes: NoteChange[]): boolean {
		const tags = new Set<string>();
		const types = new Set<string>();
		for (const c of changes) for (const a of [c.before, c.after]) {
			if (!a) continue;
			for (const k of this.#keys.tagsWithParents(a)) tags.add(k);
			for (const t of a.types) types.add(t.toLowerCase());
		}
		for (const k of tags) {
			const seen = this.#labels.tag.get(k);
			if (seen !== undefined && seen !== this.index.tagLabel(k)) return false;
		}
		for (const k of types) {
			const seen = this.#labels.type.get(k);
			if (seen !== undefined && seen !== this.index.typeLabel(k)) return false;
		}
		return true;
	}

	/**
	 * After a few edits, keeps the built levels and patches them: only the groups the edited notes (before or after)
	 * may belong to are made again and put back at their sorted place; every other group stays with its sub-groups
	 * and sorted notes. False when the edits' groups cannot be told from the notes (then everything is rebuilt).
	 */
	#patchGroups(changes: NoteChange[]): boolean {
		// a note the filter hides, before and after, changes no group's rows or counts
		const versions: Article[] = [];
		for (const c of changes) {
			if (c.before && c.wasShown) versions.push(c.before);
			if (c.after && c.isShown) versions.push(c.after);
		}
		const refs = editedGroups(this.index, this.#keys, this.#opts, versions);
		if (!refs) return false;
		this.#narrowBase = null;
		if (refs.size === 0) return true;
		this.#builder = this.#newBuilder();
		const built = { specs: this.#specs, kids: this.#kids, notes: this.#notes, made: this.#remade };
		if (this.#top) this.#top = patchLevel(this.#top, null, this.#builder.topGroup, refs, built, levelOrder(this.#opts));
		else {
			this.#kids.clear();
			this.#notes.clear();
			this.#specs.clear();
		}
		this.#layoutCache = null;
		return true;
	}

	#topSpecs(): GroupSpec[] {
		this.#sync();
		if (!this.#top) this.#top = this.#register(this.#builder.top());
		return this.#top;
	}

	#childSpecs(spec: GroupSpec): GroupSpec[] {
		let list = this.#kids.get(spec.node.id);
		if (!list) {
			list = this.#register(spec.children());
			this.#kids.set(spec.node.id, list);
		}
		return list;
	}

	#register(specs: GroupSpec[]): GroupSpec[] {
		for (const s of specs) this.#specs.set(s.node.id, s);
		return specs;
	}

	/** Finds a group by id, building its ancestors' sub-groups first if they were never shown. */
	#resolve(id: string): GroupSpec | undefined {
		this.#topSpecs();
		const known = this.#specs.get(id);
		if (known) return known;
		const parent = parentGroupId(id, this.#opts.nestedTags);
		if (parent === null) return undefined;
		const spec = this.#resolve(parent);
		if (!spec) return undefined;
		this.#childSpecs(spec);
		return this.#specs.get(id);
	}
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	if (a.size !== b.size) return false;
	for (const x of b) if (!a.has(x)) return false;
	return true;
}
