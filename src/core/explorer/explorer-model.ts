import type { ArticleIndex } from "../articles/article-index";
import { filterPredicate, filterSignature, isEmptyFilter, matchingPaths, parseFilter, refines, type ParsedFilter } from "./filter";
import { GroupBuilder, type GroupSpec } from "./group-builder";
import { parentGroupId } from "./group-ids";
import { groupsOfNote } from "./note-groups";
import { NoteLists } from "./note-lists";
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
	private rowCache: { expanded: Set<string>; rows: Row[] } | null = null;
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
		this.sync();
		const cached = this.rowCache;
		if (cached && cached.expanded.size === expanded.size && [...expanded].every((id) => cached.expanded.has(id))) {
			return cached.rows;
		}
		const rows: Row[] = [];
		const walk = (specs: GroupSpec[]): void => {
			for (const spec of specs) {
				const open = expanded.has(spec.node.id);
				rows.push({ type: "group", group: spec.node, expanded: open });
				if (!open) continue;
				walk(this.childSpecs(spec));
				const depth = spec.node.depth + 1;
				for (const path of this.notesOf(spec.node.id)) rows.push({ type: "note", path, depth, parentId: spec.node.id });
			}
		};
		walk(this.topSpecs());
		this.rowCache = { expanded: new Set(expanded), rows };
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
		this.rowCache = null;
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
