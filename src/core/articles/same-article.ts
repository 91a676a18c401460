/**
 * Equality of two articles, field by field. The index skips a replacement equal to what it holds (Obsidian reports
 * a note as changed on every save, often with nothing the explorer shows changed), so this runs on every edit and
 * must not serialise both articles to compare them.
 */
import type { Article, MetadataProblem } from "./types";

/** True when the two articles hold the same data (same values in every field). */
export const same = (a: Article, b: Article): boolean => (
		a === b ||
		(a.path === b.path &&
			a.basename === b.basename &&
			a.title === b.title &&
			a.pubDate === b.pubDate &&
			sameNumber(a.pubTime, b.pubTime) &&
			sameNumber(a.mtime, b.mtime) &&
			sameStrings(a.tags, b.tags) &&
			sameStrings(a.frontmatterTags, b.frontmatterTags) &&
			sameStrings(a.types, b.types) &&
			sameProblems(a.problems, b.problems))
	);

/** NaN equals NaN here, as both serialise to the same JSON. */
const sameNumber = (a: number | null, b: number | null): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b));

/** Same strings in the same order; the same list object answers at once. */
export const sameStrings = (a: readonly string[], b: readonly string[]): boolean => sameLists(a, b, (x, y) => x === y);

const sameProblems = (a: readonly MetadataProblem[], b: readonly MetadataProblem[]): boolean => sameLists(a, b, (x, y) => x.code === y.code && x.message === y.message);

/** Same length and `equal` items in the same order; the same list object answers at once. */
const sameLists = <T,>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): boolean => {
	if (a === b) return true;
	if (a.length !== b.length) return false;
	for (let i = 0; i < a.length; i++) if (!equal(a[i], b[i])) return false;
	return true;
};
