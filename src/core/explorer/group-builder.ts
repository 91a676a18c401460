import type { ArticleIndex } from "../articles/article-index";
import { articleKeys, type ArticleKeys } from "./article-keys";
import type { Article } from "../articles/types";
import { CountedForest } from "./counted-forest";
import { catchAll, CATCH_ALL_LABELS, childId, NO_TYPE, PROBLEMS, UNTAGGED } from "./group-ids";
import { compareNames, compareRaw } from "./natural-order";
import { dateGroups } from "./date-groups";
import { countIn, eachIn, type PathSets } from "./set-ops";
import { TypeTally, type ScopeTallies } from "./scope-tallies";
import { indexForest, type TagForest } from "./tag-forest";
import type { ExplorerOptions, GroupKind, GroupNode } from "./types";

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
}

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
	private readonly keys: ArticleKeys;
	private rootForest: TagForest | null = null;

	constructor(
		private readonly index: ArticleIndex,
		private readonly o: ExplorerOptions,
		private readonly match: ReadonlySet<string> | null,
		/** Sub-group counts of scoped levels, kept by the model across edits (patched, not recounted). */
		private readonly tallies: ScopeTallies,
		/** Told each index label a group took, so a model keeping groups across edits can tell when one changed. */
		private readonly onLabel: (kind: "tag" | "type", key: string, label: string) => void = () => undefined,
		/**
		 * A group kept from before a few edits that none of the edited notes can belong to: it is used as it was, so
		 * patching after an edit rebuilds only the groups on the edited notes' paths (no labels looked up or counted).
		 */
		private readonly kept: (id: string) => GroupSpec | undefined = () => undefined,
	) {
		this.keys = articleKeys(index);
	}

	/** The top-level groups of the current mode, sorted, after the problems group when it is on and not empty. */
	top(): GroupSpec[] {
		const groups = this.modeTop();
		const problems = this.o.problemsGroup ? this.problemsSpec() : null;
		return problems ? [problems, ...groups] : groups;
	}

	/** Notes with a metadata problem (that match the filter), listed flat. */
	private problemsSpec(): GroupSpec | null {
		const sets = [this.index.problemPaths()];
		const count = countIn(sets, this.match);
		if (count === 0) return null;
		return { node: catchAll(childId(null, "none", PROBLEMS), PROBLEMS, count, 0, false), list: sets, listed: count, children: () => [] };
	}

	private modeTop(): GroupSpec[] {
		switch (this.o.mode) {
			case "tag":
				return this.tagLevel(null, [], 0, false, null);
			case "tag-type":
				return this.tagLevel(null, [], 0, true, null);
			case "type":
				return this.typeLevel(null, [], 0, false, null);
			case "type-tag":
				return this.typeLevel(null, [], 0, true, null);
			case "date":
				return dateGroups(this.index, this.match, this.kept);
		}
	}

	/** The tag tree of the top level (from the index), or of one group's notes (counted once, then patched). */
	private forest(prefix: string | null, scope: PathSets, holds: Holds): TagForest {
		if (prefix === null || !holds) return (this.rootForest ??= indexForest(this.index, this.o.nestedTags, this.match));
		const fill = (): CountedForest => {
			const forest = new CountedForest(this.keys, this.o.nestedTags);
			for (const p of eachIn(scope, this.match)) {
				const a = this.index.get(p);
				if (a) forest.apply(a, 1);
			}
			return forest;
		};
		return this.tallies.get(prefix, fill, holds);
	}

	/** The tag tree (roots, then `Untagged`) of the notes in `scope`; `split` sends each tag's notes to type groups. */
	private tagLevel(prefix: string | null, scope: PathSets, depth: number, split: boolean, holds: Holds): GroupSpec[] {
		const forest = this.forest(prefix, scope, holds);
		const roots = forest.roots.filter((k) => forest.count(k) > 0);
		const out = this.sorted(roots.map((k) => this.tagSpec(forest, k, prefix, scope, depth, split)));
		if (forest.untagged > 0) {
			const id = childId(prefix, "none", UNTAGGED);
			const sets = [this.index.untagged(), ...scope];
			const node = catchAll(id, UNTAGGED, forest.untagged, depth, split);
			out.push(
				split
					? { node, list: null, listed: 0, children: () => this.typeLevel(id, sets, depth + 1, false, (a) => this.keys.tags(a).length === 0) }
					: { node, list: sets, listed: forest.untagged, children: () => [] },
			);
		}
		return out;
	}

	private tagSpec(forest: TagForest, key: string, prefix: string | null, scope: PathSets, depth: number, split: boolean): GroupSpec {
		const id = childId(prefix, "tag", key);
		const kept = this.kept(id);
		if (kept) return kept;
		const listsAll = this.o.nestedTags && this.o.parentListsChildNotes;
		const listed = [listsAll ? this.index.pathsUnderTag(key) : this.index.pathsWithTag(key), ...scope];
		const listedCount = listsAll ? forest.count(key) : forest.direct(key);
		const childKeys = forest.children(key);
		const node: GroupNode = {
			id,
			kind: "tag",
			key,
			label: this.tagLabel(key),
			count: forest.count(key),
			depth,
			hasChildren: (split && listedCount > 0) || childKeys.some((k) => forest.count(k) > 0),
		};
		return {
			node,
			list: split ? null : listed,
			listed: split ? 0 : listedCount,
			children: () => {
				const shown = childKeys.filter((k) => forest.count(k) > 0);
				const tags = this.sorted(shown.map((k) => this.tagSpec(forest, k, prefix, scope, depth + 1, split)));
				if (!split || listedCount === 0) return tags;
				const holds = listsAll ? (a: Article) => this.keys.tagsWithParents(a).includes(key) : (a: Article) => this.keys.tags(a).includes(key);
				return [...tags, ...this.typeLevel(id, listed, depth + 1, false, holds)];
			},
		};
	}

	/** One group per type among the notes in `scope`, then `No type`; `withTags` puts a tag tree inside each. */
	private typeLevel(prefix: string | null, scope: PathSets, depth: number, withTags: boolean, holds: Holds): GroupSpec[] {
		const out: GroupSpec[] = [];
		const tally = prefix !== null && holds ? this.tallies.get(prefix, () => this.typeTally(scope), holds) : null;
		const add = (kind: GroupKind, key: string, label: () => string, set: ReadonlySet<string>): void => {
			const id = childId(prefix, kind, key);
			const kept = this.kept(id);
			if (kept) {
				out.push(kept);
				return;
			}
			const sets = [set, ...scope];
			const count = tally ? (kind === "type" ? tally.count(key) : tally.untyped) : countIn(sets, this.match);
			if (count === 0) return;
			const node: GroupNode = { id, kind, key, label: label(), count, depth, hasChildren: withTags };
			const inner = kind === "type" ? (a: Article) => a.types.some((t) => t.toLowerCase() === key) : (a: Article) => a.types.length === 0;
			out.push(
				withTags
					? { node, list: null, listed: 0, children: () => this.tagLevel(id, sets, depth + 1, false, inner) }
					: { node, list: sets, listed: count, children: () => [] },
			);
		};
		for (const t of this.index.typeKeys()) add("type", t, () => this.typeLabel(t), this.index.pathsWithType(t));
		const sorted = this.sorted(out);
		out.length = 0;
		add("none", NO_TYPE, () => CATCH_ALL_LABELS[NO_TYPE], this.index.untyped());
		return [...sorted, ...out];
	}

	/** Notes per type among the notes in every `scope` set, counted once per type (the tally is then patched). */
	private typeTally(scope: PathSets): TypeTally {
		const tally = new TypeTally();
		for (const t of this.index.typeKeys()) tally.set(t, countIn([this.index.pathsWithType(t), ...scope], this.match));
		tally.untyped = countIn([this.index.untyped(), ...scope], this.match);
		return tally;
	}

	private typeLabel(key: string): string {
		const label = this.index.typeLabel(key);
		this.onLabel("type", key, label);
		return label;
	}

	private tagLabel(key: string): string {
		const raw = this.index.tagLabel(key);
		this.onLabel("tag", key, raw);
		const label = raw || key;
		if (!this.o.nestedTags) return label;
		const parts = label.split("/");
		return parts.length === key.split("/").length ? parts[parts.length - 1] : key.slice(key.lastIndexOf("/") + 1);
	}

	private sorted(specs: GroupSpec[]): GroupSpec[] {
		const byName = (a: GroupSpec, b: GroupSpec): number =>
			compareNames(a.node.label, b.node.label) || compareRaw(a.node.key, b.node.key);
		return specs
			.filter((s) => s.node.count > 0)
			.sort(this.o.groupSort === "count" ? (a, b) => b.node.count - a.node.count || byName(a, b) : byName);
	}
}
