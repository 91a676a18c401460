import type { ArticleIndex } from "../articles/article-index";
import { articleKeys, parentTag, type ArticleKeys } from "./article-keys";
import type { Article } from "../articles/types";
import { countedForest } from "./counted-forest";
import { branchSpec, catchAll, CATCH_ALL_LABELS, childId, groupNode, leafSpec, NO_TYPE, PROBLEMS, topCatchAll, UNTAGGED } from "./group-ids";
import { levelOrder } from "./level-order";
import { cached } from "../maps";
import { dateGroup, dateGroups } from "./date-groups";
import { countIn, eachIn, type PathSets } from "./set-ops";
import { TypeTally, type ScopeTallies } from "./scope-tallies";
import { indexForest, tagSet, type TagForest } from "./tag-forest";
import type { ExplorerOptions, GroupKind, GroupNode } from "./types";
import type { Paths } from "../articles/path-set";

/** Exact membership of a note (any version of it) in the group a level is nested in; null at the top level. */
type Holds = ((a: Article) => boolean) | null;

/** A group with what it takes to list its notes and build its sub-groups lazily. */
export interface GroupSpec {
	node: GroupNode;
	/** Sets whose intersection (narrowed by the filter) is the notes shown as rows; null when they go to sub-groups. */
	list: PathSets | null;
	/** How many notes `list` shows (with the filter), known from the counts: the layout needs no list to size a group. */
	listed: number;
	/** Builds the sorted sub-groups; called only when the group is expanded or exported. */
	children: () => GroupSpec[];
	/**
	 * Builds the one sub-group `children` would hold for a kind and key (null when it would hold none), so a model
	 * keeping the sub-groups across an edit rebuilds only those the edited notes left or joined.
	 */
	child: GroupMaker;
}

/** The index's labels of tag and type keys, as groups took them. */
export interface GroupLabels {
	tag: Map<string, string>;
	type: Map<string, string>;
}

/** Builds the one group of a level with this kind and key, as the whole level would; null when it is not shown. */
export type GroupMaker = (kind: GroupKind, key: string) => GroupSpec | null;

/**
 * Builds the groups of each mode. Settled semantics:
 * - counts are distinct notes: a note tagged `sales` and `sales/objections` counts once in `sales`;
 * - nested tags: a group's sub-groups are its child tags; with `parentListsChildNotes` off a parent lists only the
 *   notes tagged with it exactly (its count still includes its children's notes);
 * - flattened tags: every used tag (`sales/objections` too) is its own top-level group with its exact-tag notes;
 * - Type → tag: each type holds the tag tree of that type's notes plus `Untagged`; `No type` likewise;
 * - Tag → type: each tag holds its child tags, then one group per type of the notes it lists, plus `No type`;
 *   `Untagged` likewise; notes are rows only at the type level;
 * - date: years (newest first) → months (newest first, `March 2025`); undated notes under `No date`;
 * - catch-alls (`Untagged`, `No type`, `No date`, kind `none`) always sort last; empty groups are never shown;
 * - `Metadata problems` (kind `none`, only with `problemsGroup`) comes first in every mode, whatever the group sort:
 *   it is a to-do list, and at the bottom of a long expanded tree it would go unseen.
 */
export class GroupBuilder {
	readonly #keys: ArticleKeys;
	/** The forest of the whole index, made when first asked (undefined until then). */
	#rootForest: TagForest | undefined;

	readonly #index: ArticleIndex;
	readonly #o: ExplorerOptions;
	readonly #match: Paths | null;
	/** Sub-group counts of scoped levels, kept by the model across edits (patched, not recounted). */
	readonly #tallies: ScopeTallies;
	/**
	 * The index labels groups took, by key: read back instead of asking the index again (a model keeping groups
	 * across edits clears it when a label may have changed), and so a model can tell when one changed.
	 */
	readonly #labels: GroupLabels;

	constructor(
		index: ArticleIndex,
		o: ExplorerOptions,
		match: Paths | null,
		tallies: ScopeTallies,
		labels: GroupLabels = { tag: new Map(), type: new Map() },
	) {
		this.#index = index;
		this.#o = o;
		this.#match = match;
		this.#tallies = tallies;
		this.#labels = labels;
		this.#keys = articleKeys(index);
	}

	/** The top-level groups of the current mode, sorted, after the problems group when it is on and not empty. */
	top(): GroupSpec[] {
		const groups = this.#modeTop();
		const problems = this.#problemsSpec();
		return problems ? [problems, ...groups] : groups;
	}

	/** The one top-level group `top` would hold for a kind and key, or null. */
	readonly topGroup: GroupMaker = (kind, key) => {
		const mode = this.#o.mode;
		if (kind === "none" && key === PROBLEMS) return this.#problemsSpec();
		if (mode === "date") return dateGroup(this.#index, this.#match, levelOrder(this.#o), kind, key);
		// the two-level modes ("tag-type", "type-tag") split each top-level group into groups of the other kind
		const split = mode.includes("-");
		return mode.startsWith("tag") ? this.#tagGroup(null, [], 0, split, null, kind, key) : this.#typeGroup(null, [], 0, split, null, kind, key);
	};

	/** Notes with a metadata problem (that match the filter), listed flat; none unless the options ask for the group. */
	#problemsSpec(): GroupSpec | null {
		return this.#o.problemsGroup ? topCatchAll(PROBLEMS, this.#index.problemPaths(), this.#match) : null;
	}

	/** The mode's top level, as `topGroup` makes each of its groups. */
	#modeTop(): GroupSpec[] {
		const mode = this.#o.mode;
		if (mode === "date") return dateGroups(this.#index, this.#match, levelOrder(this.#o));
		const split = mode.includes("-");
		return mode.startsWith("tag") ? this.#tagLevel(null, [], 0, split, null) : this.#typeLevel(null, [], 0, split, null);
	}

	/** The tag tree of the top level (from the index), or of one group's notes (counted once, then patched). */
	#forest(prefix: string | null, scope: PathSets, holds: Holds): TagForest {
		if (prefix === null || !holds) return (this.#rootForest ??= indexForest(this.#index, this.#o.nestedTags, this.#match));
		return this.#tallies.get(prefix, () => countedForest(this.#index, this.#o.nestedTags, eachIn(scope, this.#match)), holds);
	}

	/** The tag tree (roots, then `Untagged`) of the notes in `scope`; `split` sends each tag's notes to type groups. */
	#tagLevel(prefix: string | null, scope: PathSets, depth: number, split: boolean, holds: Holds): GroupSpec[] {
		const forest = this.#forest(prefix, scope, holds);
		const roots = forest.roots.filter((k) => forest.count(k) > 0);
		const out = this.#sorted(roots.map((k) => this.#tagSpec(forest, k, prefix, scope, depth, split)));
		const untagged = this.#untaggedSpec(forest, prefix, scope, depth, split);
		if (untagged) out.push(untagged);
		return out;
	}

	/**
	 * The group of `tagLevel`'s level with this kind and key. A (regular) key is a root exactly when it has no parent
	 * key: the index and the counted forests file every parent of a nested key.
	 */
	#tagGroup(prefix: string | null, scope: PathSets, depth: number, split: boolean, holds: Holds, kind: GroupKind, key: string): GroupSpec | null {
		const forest = this.#forest(prefix, scope, holds);
		if (kind === "none") return key === UNTAGGED ? this.#untaggedSpec(forest, prefix, scope, depth, split) : null;
		if (kind !== "tag" || (this.#o.nestedTags && parentTag(key) !== null) || forest.count(key) === 0) return null;
		return this.#tagSpec(forest, key, prefix, scope, depth, split);
	}

	#untaggedSpec(forest: TagForest, prefix: string | null, scope: PathSets, depth: number, split: boolean): GroupSpec | null {
		if (forest.untagged <= 0) return null;
		const id = childId(prefix, "none", UNTAGGED);
		const sets = [this.#index.untagged(), ...scope];
		const node = catchAll(id, UNTAGGED, forest.untagged, depth, split);
		if (!split) return leafSpec(node, sets, forest.untagged);
		const holds = (a: Article): boolean => this.#keys.tags(a).length === 0;
		return branchSpec(
			node,
			() => this.#typeLevel(id, sets, depth + 1, false, holds),
			(kind, key) => this.#typeGroup(id, sets, depth + 1, false, holds, kind, key),
		);
	}

	#tagSpec(forest: TagForest, key: string, prefix: string | null, scope: PathSets, depth: number, split: boolean): GroupSpec {
		const id = childId(prefix, "tag", key);
		const listsAll = this.#o.nestedTags && this.#o.parentListsChildNotes;
		const listed = [tagSet(this.#index, listsAll, key), ...scope];
		const listedCount = listsAll ? forest.count(key) : forest.direct(key);
		const childKeys = forest.children(key);
		const hasChildren = (split && listedCount > 0) || childKeys.some((k) => forest.count(k) > 0);
		const node = groupNode(id, "tag", key, this.#tagLabel(key), forest.count(key), depth, hasChildren);
		const holds = (a: Article) => (listsAll ? this.#keys.tagsWithParents(a) : this.#keys.tags(a)).includes(key);
		return {
			node,
			list: split ? null : listed,
			listed: split ? 0 : listedCount,
			children: () => {
				const shown = childKeys.filter((k) => forest.count(k) > 0);
				const tags = this.#sorted(shown.map((k) => this.#tagSpec(forest, k, prefix, scope, depth + 1, split)));
				if (!split || listedCount === 0) return tags;
				return [...tags, ...this.#typeLevel(id, listed, depth + 1, false, holds)];
			},
			child: (kind, childKey) => {
				if (kind === "tag") {
					const inside = this.#o.nestedTags && parentTag(childKey) === key && forest.count(childKey) > 0;
					return inside ? this.#tagSpec(forest, childKey, prefix, scope, depth + 1, split) : null;
				}
				return split && listedCount > 0 ? this.#typeGroup(id, listed, depth + 1, false, holds, kind, childKey) : null;
			},
		};
	}

	/** One group per type among the notes in `scope`, then `No type`; `withTags` puts a tag tree inside each. */
	#typeLevel(prefix: string | null, scope: PathSets, depth: number, withTags: boolean, holds: Holds): GroupSpec[] {
		const tally = this.#typeCounts(prefix, scope, holds);
		const out: GroupSpec[] = [];
		for (const t of this.#index.typeKeys()) {
			const spec = this.#typeSpec(prefix, scope, depth, withTags, tally, "type", t);
			if (spec) out.push(spec);
		}
		const sorted = this.#sorted(out);
		const untyped = this.#typeSpec(prefix, scope, depth, withTags, tally, "none", NO_TYPE);
		if (untyped) sorted.push(untyped);
		return sorted;
	}

	/** The group of `typeLevel`'s level with this kind and key. */
	#typeGroup(prefix: string | null, scope: PathSets, depth: number, withTags: boolean, holds: Holds, kind: GroupKind, key: string): GroupSpec | null {
		if (kind !== "type" && !(kind === "none" && key === NO_TYPE)) return null;
		return this.#typeSpec(prefix, scope, depth, withTags, this.#typeCounts(prefix, scope, holds), kind, key);
	}

	/** The scope's type tally (kept and patched across edits), or null where counts are set intersections. */
	#typeCounts(prefix: string | null, scope: PathSets, holds: Holds): TypeTally | null {
		return prefix !== null && holds ? this.#tallies.get(prefix, () => this.#typeTally(scope), holds) : null;
	}

	/** A type group (`kind` "type") or `No type` (`kind` "none"); null when it holds no note. */
	#typeSpec(prefix: string | null, scope: PathSets, depth: number, withTags: boolean, tally: TypeTally | null, kind: GroupKind, key: string): GroupSpec | null {
		const id = childId(prefix, kind, key);
		const isType = kind === "type";
		const sets = [isType ? this.#index.pathsWithType(key) : this.#index.untyped(), ...scope];
		const count = tally ? (isType ? tally.count(key) : tally.untyped) : countIn(sets, this.#match);
		if (count === 0) return null;
		const label = isType ? cached(this.#labels.type, key, (k) => this.#index.typeLabel(k)) : CATCH_ALL_LABELS[NO_TYPE];
		const node = groupNode(id, kind, key, label, count, depth, withTags);
		if (!withTags) return leafSpec(node, sets, count);
		const inner = isType ? (a: Article) => a.types.some((t) => t.toLowerCase() === key) : (a: Article) => a.types.length === 0;
		return branchSpec(
			node,
			() => this.#tagLevel(id, sets, depth + 1, false, inner),
			(k, childKey) => this.#tagGroup(id, sets, depth + 1, false, inner, k, childKey),
		);
	}

	/** Notes per type among the notes in every `scope` set, counted once per type (the tally is then patched). */
	#typeTally(scope: PathSets): TypeTally {
		const tally = new TypeTally();
		for (const t of this.#index.typeKeys()) tally.set(t, countIn([this.#index.pathsWithType(t), ...scope], this.#match));
		tally.untyped = countIn([this.#index.untyped(), ...scope], this.#match);
		return tally;
	}

	#tagLabel(key: string): string {
		const label = cached(this.#labels.tag, key, (k) => this.#index.tagLabel(k)) || key;
		if (!this.#o.nestedTags) return label;
		// the label's last segment when it has as many segments as the key, else the key's; a root with a leading `/`
		// (which nests nothing) and a key ending in `/` show whole, not as a bare or an empty segment
		const named = label.split("/").length === key.split("/").length ? label : key;
		const at = named.lastIndexOf("/");
		return at > 0 && at < named.length - 1 ? named.slice(at + 1) : named;
	}

	#sorted(specs: GroupSpec[]): GroupSpec[] {
		return specs.filter((s) => s.node.count > 0).sort(levelOrder(this.#o));
	}
}
