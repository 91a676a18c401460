import type { ArticleDeskSettings, GroupMode } from "../settings";

export type { GroupMode } from "../settings";

/** The settings that shape the tree; kept separate from the plugin settings so the CLI can pass its own. */
export interface ExplorerOptions {
	mode: GroupMode;
	/** `sales/objections` nests under `sales`; when false every tag is its own top-level group. */
	nestedTags: boolean;
	/** A parent tag also lists its children's notes as rows (its count includes them either way). */
	parentListsChildNotes: boolean;
	groupSort: "name" | "count";
	noteSort: "date" | "title" | "mtime";
	/** Newest / Z→A / most recently modified first. */
	noteSortDesc: boolean;
	/**
	 * Puts a "Metadata problems" group above the mode's groups, listing every note with a problem. The view turns it
	 * on; the CLI leaves it off because its JSON already reports `problems` beside the tree.
	 */
	problemsGroup?: boolean;
}

/** Defaults matching the plugin's default settings, for the CLI and tests. */
export const DEFAULT_EXPLORER_OPTIONS: Readonly<ExplorerOptions> = {
	mode: "tag",
	nestedTags: true,
	parentListsChildNotes: true,
	groupSort: "name",
	noteSort: "date",
	noteSortDesc: true,
};

/** Picks the explorer's options out of the plugin settings, so the view and the CLI build the same tree. */
export const explorerOptionsFrom = (s: ArticleDeskSettings): ExplorerOptions =>
	({
		mode: s.groupMode,
		nestedTags: s.nestedTags,
		parentListsChildNotes: s.parentListsChildNotes,
		groupSort: s.groupSort,
		noteSort: s.noteSort,
		noteSortDesc: s.noteSortDesc,
	});

/** What a group stands for: a tag, a type, a year or month, or a catch-all bucket (`Untagged`, `No type`, `No date`). */
export type GroupKind = "tag" | "type" | "date" | "none";

/** One group as the view draws it; plain data so rows can be diffed and serialised. */
export interface GroupNode {
	/** Stable across rebuilds (e.g. `tag:sales/objections`, `type:post>tag:sales`), so expanded state survives. */
	id: string;
	kind: GroupKind;
	/** Tag key, type key, `yyyy` / `yyyy-MM`, or `untagged` / `notype` / `nodate` for catch-alls. */
	key: string;
	label: string;
	/** Distinct notes in the group and its sub-groups that match the filter. */
	count: number;
	depth: number;
	/** Whether expanding shows sub-groups (every non-empty group also has notes somewhere below). */
	hasChildren: boolean;
}

/** One line of the flattened, virtualised tree. */
export type Row =
	| { type: "group"; group: GroupNode; expanded: boolean }
	| { type: "note"; path: string; depth: number; parentId: string };

/**
 * Why the tree is empty, so the view can say so instead of showing a blank pane (an enum, so the bundler writes each
 * as a plain number).
 */
export enum EmptyReason {
	/** The index holds no note. */
	noNotes = 1,
	/** The filter keeps none of them. */
	noMatch,
}
