/** The explorer's pure core in one import, for the sidebar view and the CLI. */
export { compareNames, foldName } from "./natural-order";
export { exportTree, type ExportedGroup, type ExportedNote, type ExportedProblem, type ExportedTree } from "./export-tree";
export { allRows, ExplorerModel } from "./explorer-model";
export { isEmptyFilter, matchingPaths, parseFilter, type ParsedFilter } from "./filter";
export { CATCH_ALL_LABELS, NO_DATE, NO_TYPE, PROBLEMS, PROBLEMS_GROUP_ID, UNTAGGED } from "./group-ids";
export { DEFAULT_DATE_FORMAT, formatPubDate, isValidDateFormat } from "./pub-date";
export * from "./types";
