import type { ArticleIndex } from "../articles/article-index";
import type { Article } from "../articles/types";
import { articleKeys, type ArticleKeys } from "./article-keys";
import type { FilterMatch } from "./filter-match";
import { GroupBuilder, type GroupLabels, type GroupSpec } from "./group-builder";
import { parentGroupId } from "./group-ids";
import { editedGroups, patchLevel, type GroupRef } from "./group-patch";
import { levelOrder } from "./level-order";
import { cached } from "../maps";
import { NoteLists } from "./note-lists";
import type { LayoutSource } from "./row-layout";
import { ScopeTallies, type NoteChange } from "./scope-tallies";
import type { ExplorerOptions } from "./types";

/**
 * The groups of one explorer state (options, filter matches), built level by level as they are asked for, with the
 * sorted note lists of the groups shown. After a few index edits the built levels are patched instead of rebuilt:
 * only the groups the edited notes (before or after) may belong to are made again and put back at their sorted
 * place (`group-patch`); every other group stays with its sub-groups and sorted notes. It is what a row layout lays
 * out.
 */
export class GroupTree implements LayoutSource {
	#opts!: ExplorerOptions;
	#match: FilterMatch | null = null;
	#builder!: GroupBuilder;
	/** Sub-group counts of scoped levels, patched across edits while the groups are. */
	#tallies!: ScopeTallies;
	#top: GroupSpec[] | null = null;
	readonly #specs = new Map<string, GroupSpec>();
	readonly #kids = new Map<string, GroupSpec[]>();
	#notes = new Map<string, string[]>();
	/** The previous state's note lists when the filter only narrowed it (typing on): filtered again, not rebuilt. */
	#narrowBase: Map<string, string[]> | null = null;
	/** The index labels the built groups took, to spot an edit that relabels a kept group (and not look them up again). */
	#labels!: GroupLabels;
	readonly #keys: ArticleKeys;
	readonly #index: ArticleIndex;
	readonly #lists: NoteLists;

	constructor(index: ArticleIndex) {
		this.#index = index;
		this.#lists = new NoteLists(index);
		this.#keys = articleKeys(index);
	}

	/** Stops the note lists listening to the index. */
	dispose(): void {
		this.#lists.dispose();
	}

	/**
	 * Drops everything built, for new options (a new object: the sorted lists go too) or new matches; `narrowed`:
	 * the matches only narrowed the previous ones, so the lists already made are filtered instead of made again.
	 */
	rebuild(opts: ExplorerOptions, match: FilterMatch | null, narrowed: boolean): void {
		if (opts !== this.#opts) this.#lists.clear();
		this.#opts = opts;
		this.#match = match;
		this.#labels = { tag: new Map(), type: new Map() };
		this.#tallies = new ScopeTallies(this.#index);
		this.#builder = this.#newBuilder();
		this.#top = null;
		this.#specs.clear();
		this.#kids.clear();
		this.#narrowBase = narrowed ? this.#notes : null;
		this.#notes = new Map();
	}

	#newBuilder(): GroupBuilder {
		return new GroupBuilder(this.#index, this.#opts, this.#match, this.#tallies, this.#labels);
	}

	/** The top-level groups, sorted, built on first use. */
	top(): GroupSpec[] {
		return (this.#top ??= this.#register(this.#builder.top()));
	}

	/** A group's sorted sub-groups, built on first use; none for no group. */
	children(spec: GroupSpec | undefined): GroupSpec[] {
		return spec ? cached(this.#kids, spec.node.id, () => this.#register(spec.children())) : [];
	}

	#register(specs: GroupSpec[]): GroupSpec[] {
		for (const s of specs) this.#specs.set(s.node.id, s);
		return specs;
	}

	/** Finds a group by id, building the top level and its ancestors' sub-groups first if they were never shown. */
	find(id: string): GroupSpec | undefined {
		this.top();
		const known = this.#specs.get(id);
		if (known) return known;
		const parent = parentGroupId(id, this.#opts.nestedTags);
		if (parent === null) return undefined;
		this.children(this.find(parent));
		return this.#specs.get(id);
	}

	/** A group's notes shown as rows, sorted, made on first use; none for no group or one listing in sub-groups. */
	notes(spec: GroupSpec | undefined): string[] {
		if (!spec?.list) return [];
		const list = spec.list;
		return cached(this.#notes, spec.node.id, (id) => {
			const wider = this.#narrowBase?.get(id);
			const match = this.#match;
			return wider && match ? wider.filter((p) => match.has(p)) : this.#lists.get(id, list, match, this.#opts);
		});
	}

	/** How many notes a group lists, known from the counts: no list is made (or patched) until its rows are in view. */
	noteCount(spec: GroupSpec): number {
		return spec.list ? spec.listed : 0;
	}

	/**
	 * Patches the built levels for some edits (the matches patched in place). Null when that cannot be done (a label
	 * the groups show changed, or the edits' groups cannot be told from the notes): then rebuild. Otherwise the
	 * groups remade, by the id of the level holding them (empty: no group changed); `made` collects the new specs.
	 */
	patch(changes: NoteChange[], made: Set<GroupSpec> | null): Map<string | null, GroupRef[]> | null {
		if (!this.#labelsKept(changes) || !this.#tallies.apply(changes)) return null;
		// a note the filter hides, before and after, changes no group's rows or counts
		const versions: Article[] = [];
		for (const c of changes) {
			if (c.before && c.wasShown) versions.push(c.before);
			if (c.after && c.isShown) versions.push(c.after);
		}
		const refs = editedGroups(this.#index, this.#keys, this.#opts, versions);
		if (!refs) return null;
		this.#narrowBase = null;
		if (refs.size === 0) return refs;
		this.#builder = this.#newBuilder();
		const built = { specs: this.#specs, kids: this.#kids, notes: this.#notes, made };
		// with no top level built nothing is built below it either
		if (this.#top) this.#top = patchLevel(this.#top, null, this.#builder.topGroup, refs, built, levelOrder(this.#opts));
		return refs;
	}

	/** Whether the edits left every label the built groups show as it was (a relabel is rare: then all is rebuilt). */
	#labelsKept(changes: NoteChange[]): boolean {
		const { tag, type } = this.#labels;
		for (const c of changes) for (const a of [c.before, c.after]) {
			if (!a) continue;
			for (const k of this.#keys.tagsWithParents(a)) {
				const seen = tag.get(k);
				if (seen !== undefined && seen !== this.#index.tagLabel(k)) return false;
			}
			for (const t of a.types) {
				const k = t.toLowerCase();
				const seen = type.get(k);
				if (seen !== undefined && seen !== this.#index.typeLabel(k)) return false;
			}
		}
		return true;
	}
}
