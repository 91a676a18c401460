import type { ArticleIndex } from "../articles/article-index";
import { filterPredicate, filterSignature, isEmptyFilter, matchingPaths, parseFilter, refines, type ParsedFilter } from "./filter";
import { GroupBuilder, type GroupSpec } from "./group-builder";
import { parentGroupId } from "./group-ids";
import { groupsOfNote } from "./note-groups";
import { NoteLists } from "./note-lists";
import { RowLayout } from "./row-layout";
import { countIn } from "./set-ops";
import type { EmptyReason, ExplorerOptions, GroupNode, Row } from "./types";

/** Beyond this many edits between two reads, re-filtering everything is cheaper than re-checking each edit. */
const MAX_TRACKED_CHANGES = 2000;

/**
 * The explorer's state over an index: options, filter and lazily built groups, shared by the sidebar view and the
 * CLI. Everything derived is cached per state (index version, options, filter) and dropped when any of them
 * changes: top-level counts come from index set sizes, a group's sub-groups and sorted notes are built only when
 * asked for, and `rows()` is cached by the expanded set's contents as well, so scrolling costs nothing. The model
 * listens to the index so that after an edit only the edited notes are re-filtered and re-sorted: call `dispose()`
 * when the view closes.
 */
export class ExplorerModel {
	private opts: ExplorerOptions;
	private filter: ParsedFilter = parseFilter("");
	private filterSig = filterSignature(this.filter);
	private match: Set<string> | null = null;
	/** The previous matches, when the new filter can only narrow them (typing on). */
	private narrowFrom: ReadonlySet<string> | null = null;
	private narrowVersion = -1;
	private filterDirty = false;
	/** Paths changed in the index since the state was built; null when unknown (too many, or not subscribed). */
	private changed: string[] | null = null;
	private readonly unsubscribe: () => void;
	private disposed = false;
	private builtFor = -1;
	private dirty = true;
	private builder!: GroupBuilder;
	private top: GroupSpec[] | null = null;
	private readonly specs = new Map<string, GroupSpec>();
	private readonly kids = new Map<string, GroupSpec[]>();
	private readonly notes = new Map<string, string[]>();
	private layoutCache: { expanded: Set<string>; layout: RowLayout } | null = null;
	/** Row objects of groups' note lists, kept across states while a group's sorted list is the same array. */
	private noteRowCache = new Map<string, { paths: string[]; rows: Row[] }>();
	private staleNoteRows = new Map<string, { paths: string[]; rows: Row[] }>();
	private readonly lists: NoteLists;

	constructor(
		readonly index: ArticleIndex,
		options: ExplorerOptions,
	) {
		this.opts = { ...options };
		this.lists = new NoteLists(index);
		this.unsubscribe = index.onChange((c) => {
			if (!this.changed || this.changed.length >= MAX_TRACKED_CHANGES) this.changed = null;
			else if (c.kind === "rename") this.changed.push(c.oldPath, c.path);
			else this.changed.push(c.path);
		});
	}

	/** Stops listening to the index; the model keeps working, re-filtering fully after each edit. */
	dispose(): void {
		this.unsubscribe();
		this.lists.dispose();
		this.disposed = true;
		this.changed = null;
	}

	/** The current options (a copy is kept; change them with `setOptions`). */
	get options(): Readonly<ExplorerOptions> {
		return this.opts;
	}

	/** Changes some options; the tree is rebuilt lazily, and only if something really changed. */
	setOptions(o: Partial<ExplorerOptions>): void {
		const next = { ...this.opts, ...o };
		const keys = Object.keys(next) as (keyof ExplorerOptions)[];
		if (keys.every((k) => next[k] === this.opts[k])) return;
		this.opts = next;
		this.dirty = true;
	}

	/** Sets the filter box text; re-filters only when the parsed tokens change (not for an extra space). */
	setFilter(text: string): void {
		const parsed = parseFilter(text);
		const sig = filterSignature(parsed);
		if (sig === this.filterSig) return;
		const narrower = !this.filterDirty && this.builtFor === this.index.version && this.match !== null && refines(parsed, this.filter);
		this.narrowFrom = narrower ? this.match : null;
		this.narrowVersion = this.index.version;
		this.filter = parsed;
		this.filterSig = sig;
		this.filterDirty = true;
	}

	/** Articles matching the filter (all articles when there is none). */
	get noteCount(): number {
		this.sync();
		return this.match ? this.match.size : this.index.size;
	}

	/** Why nothing is shown, if nothing is: an empty vault, or a filter that matches no note. */
	get emptyReason(): EmptyReason {
		this.sync();
		if (this.index.size === 0) return "no-notes";
		return this.match && this.match.size === 0 ? "no-match" : null;
	}

	/** Whether a filter is active. */
	get filtering(): boolean {
		return !isEmptyFilter(this.filter);
	}

	/** The top-level groups, sorted, empty ones left out. */
	topGroups(): GroupNode[] {
		return this.topSpecs().map((s) => s.node);
	}

	/** The sub-groups of a group, sorted; empty for an unknown id or a group without sub-groups. */
	childGroups(id: string): GroupNode[] {
		const spec = this.resolve(id);
		return spec ? this.childSpecs(spec).map((s) => s.node) : [];
	}

	/** The paths a group lists as rows, sorted by the note sort; empty when its notes live in sub-groups. */
	notesOf(id: string): string[] {
		const spec = this.resolve(id);
		if (!spec || !spec.list) return [];
		let paths = this.notes.get(id);
		if (!paths) {
			paths = this.lists.get(id, spec.list, this.match, this.opts);
			this.notes.set(id, paths);
		}
		return paths;
	}

	/** The flattened visible tree for an expanded set: each group, and inside expanded ones their sub-groups then notes. */
	rows(expanded: ReadonlySet<string>): Row[] {
		return this.layout(expanded).rows();
	}

	/** How many rows the visible tree has, without making them (O(visible groups), cached per expanded set). */
	rowCount(expanded: ReadonlySet<string>): number {
		return this.layout(expanded).rowCount;
	}

	/** Rows `start` (inclusive) to `end` (exclusive) of `rows(expanded)`, made on demand: what a virtual view draws. */
	rowsInRange(expanded: ReadonlySet<string>, start: number, end: number): Row[] {
		return this.layout(expanded).rowsInRange(start, end);
	}

	/** The index of a row in `rows(expanded)` (a group by id, a note by path within its group), or -1. */
	rowIndex(expanded: ReadonlySet<string>, row: Row): number {
		return this.layout(expanded).indexOf(row);
	}

	/** The index of the first row showing a note, in any group, or -1. */
	noteRowIndex(expanded: ReadonlySet<string>, path: string): number {
		return this.layout(expanded).indexOfNote(path);
	}

	private layout(expanded: ReadonlySet<string>): RowLayout {
		this.sync();
		const cached = this.layoutCache;
		if (cached && sameSet(cached.expanded, expanded)) return cached.layout;
		const layout = new RowLayout(this.topSpecs(), expanded, {
			children: (spec) => this.childSpecs(spec),
			noteCount: (spec) => {
				const known = this.notes.get(spec.node.id);
				return known ? known.length : spec.list ? countIn(spec.list, this.match) : 0;
			},
			notes: (spec) => this.notesOf(spec.node.id),
			noteRows: (spec) => this.noteRows(spec),
		});
		this.layoutCache = { expanded: new Set(expanded), layout };
		return layout;
	}

	private noteRows(spec: GroupSpec): Row[] {
		const id = spec.node.id;
		const paths = this.notesOf(id);
		const cached = this.noteRowCache.get(id) ?? this.staleNoteRows.get(id);
		if (cached && cached.paths === paths) {
			this.noteRowCache.set(id, cached);
			return cached.rows;
		}
		const rows = noteRowsFor(paths, spec.node.depth + 1, id, cached ?? null);
		this.noteRowCache.set(id, { paths, rows });
		return rows;
	}

	/** The ids of every group holding the note (outer before inner), for "reveal active note"; empty if filtered out. */
	pathToGroups(path: string): string[] {
		this.sync();
		const a = this.index.get(path);
		if (!a || (this.match && !this.match.has(path))) return [];
		return groupsOfNote(this.index, this.opts, a);
	}

	/**
	 * Rebuilds the derived state when the index, the options or the filter changed since it was built. After an
	 * index edit under a filter only the changed notes are re-checked, so an edit does not cost a full re-filter.
	 */
	private sync(): void {
		const version = this.index.version;
		if (this.filterDirty) {
			const within = this.narrowVersion === version ? this.narrowFrom : null;
			this.match = matchingPaths(this.index, this.filter, within);
			this.narrowFrom = null;
			this.filterDirty = false;
			this.dirty = true;
		} else if (version !== this.builtFor) {
			if (this.match && this.changed && this.builtFor >= 0) {
				const keeps = filterPredicate(this.index, this.filter);
				for (const p of this.changed) {
					if (keeps(p)) this.match.add(p);
					else this.match.delete(p);
				}
			} else this.match = matchingPaths(this.index, this.filter);
			this.dirty = true;
		}
		this.builtFor = version;
		if (this.changed === null && !this.disposed) this.changed = [];
		else this.changed?.splice(0);
		if (!this.dirty) return;
		this.dirty = false;
		this.builder = new GroupBuilder(this.index, this.opts, this.match);
		this.top = null;
		this.specs.clear();
		this.kids.clear();
		this.notes.clear();
		this.layoutCache = null;
		this.staleNoteRows = this.noteRowCache;
		this.noteRowCache = new Map();
	}

	private topSpecs(): GroupSpec[] {
		this.sync();
		if (!this.top) this.top = this.register(this.builder.top());
		return this.top;
	}

	private childSpecs(spec: GroupSpec): GroupSpec[] {
		let list = this.kids.get(spec.node.id);
		if (!list) {
			list = this.register(spec.children());
			this.kids.set(spec.node.id, list);
		}
		return list;
	}

	private register(specs: GroupSpec[]): GroupSpec[] {
		for (const s of specs) this.specs.set(s.node.id, s);
		return specs;
	}

	/** Finds a group by id, building its ancestors' sub-groups first if they were never shown. */
	private resolve(id: string): GroupSpec | undefined {
		this.topSpecs();
		const known = this.specs.get(id);
		if (known) return known;
		const parent = parentGroupId(id, this.opts.nestedTags);
		if (parent === null) return undefined;
		const spec = this.resolve(parent);
		if (!spec) return undefined;
		this.childSpecs(spec);
		return this.specs.get(id);
	}
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	if (a.size !== b.size) return false;
	for (const x of b) if (!a.has(x)) return false;
	return true;
}

/**
 * Row objects for a group's sorted paths, reusing the previous rows of the same group where the paths agree: after
 * an edit a list differs from the last one by a note or two, so only the rows between the common prefix and the
 * common suffix are made anew.
 */
function noteRowsFor(paths: string[], depth: number, parentId: string, prev: { paths: string[]; rows: Row[] } | null): Row[] {
	const n = paths.length;
	const rows: Row[] = new Array<Row>(n);
	let head = 0;
	let tail = 0;
	if (prev && prev.rows.length > 0 && (prev.rows[0] as { depth?: number }).depth === depth) {
		const old = prev.paths;
		const max = Math.min(n, old.length);
		while (head < max && paths[head] === old[head]) head++;
		while (tail < max - head && paths[n - 1 - tail] === old[old.length - 1 - tail]) tail++;
		for (let i = 0; i < head; i++) rows[i] = prev.rows[i];
		for (let i = 0; i < tail; i++) rows[n - 1 - i] = prev.rows[old.length - 1 - i];
	}
	for (let i = head; i < n - tail; i++) rows[i] = { type: "note", path: paths[i], depth, parentId };
	return rows;
}
