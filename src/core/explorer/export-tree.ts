import type { ProblemCode } from "../articles/types";
import type { ExplorerModel } from "./explorer-model";
import type { GroupKind, GroupNode } from "./types";

/** One note as `explore --json` prints it. */
export interface ExportedNote {
	path: string;
	title: string;
	/** `yyyy-MM-dd`, or null when the note has no publication date. */
	pubDate: string | null;
}

/** One group as `explore --json` prints it; nested tags and second-level groups are `children`. */
export interface ExportedGroup {
	kind: GroupKind;
	key: string;
	label: string;
	/** Distinct notes in the group and its children. */
	count: number;
	/** The notes the group lists itself, in the view's order (empty when they are split into children). */
	notes: ExportedNote[];
	children: ExportedGroup[];
}

/** One metadata problem of one note. */
export interface ExportedProblem {
	path: string;
	code: ProblemCode;
	message: string;
}

/** The whole tree as the CLI prints it. */
export interface ExportedTree {
	/** Notes matching the filter (all notes without one). */
	notes: number;
	groups: ExportedGroup[];
	problems: ExportedProblem[];
}

/**
 * The full tree as the CLI prints it: the same groups, counts and order as the view, every group expanded. Problems
 * default to every problem the index knows (the whole vault, not only the filtered notes), sorted by path.
 */
export const exportTree = (model: ExplorerModel, problems?: ExportedProblem[]): ExportedTree => {
	const index = model.index;
	const exportGroups = (nodes: GroupNode[]): ExportedGroup[] =>
		nodes.map((n) => ({
			kind: n.kind,
			key: n.key,
			label: n.label,
			count: n.count,
			notes: model.notesOf(n.id).map((path) => {
				const a = index.get(path);
				return { path, title: a ? a.title : path, pubDate: a ? a.pubDate : null };
			}),
			children: exportGroups(model.childGroups(n.id)),
		}));
	return {
		notes: model.noteCount,
		groups: exportGroups(model.topGroups()),
		problems: problems ?? indexProblems(model),
	};
};

const indexProblems = (model: ExplorerModel): ExportedProblem[] => {
	const out: ExportedProblem[] = [];
	const paths = [...model.index.problemPaths()].sort();
	for (const path of paths) {
		const a = model.index.get(path);
		if (a) for (const p of a.problems) out.push({ path, code: p.code, message: p.message });
	}
	return out;
};
