/**
 * What the modal shows for one platform: the composed posts for the checked lines, each with its count. Unlike the
 * compose step, a line too long for the platform is not dropped here: the author is editing it, so it is shown bare
 * and flagged over the limit until it fits. Its count is then what must go for the post to fit at all, and the link
 * is kept as the first reply (where it goes once the line fits), so a copy or a save never loses it.
 */
import { type ComposeOptions, postsForLines, rulesFor, threadForLines } from "../../core/publish/compose";
import { countLength, fits, type PlatformId } from "../../core/social/count";
import type { ThreadNumbering } from "../../core/settings";

/** One post as the modal lists it. */
export interface DraftPost {
	text: string;
	length: number;
	limit: number;
	over: boolean;
	/** The link, when it had to move to a reply to make the post fit. */
	reply?: string;
}

/** One line the author may post: its (edited) text and, for threads, where it sits in the note. */
export interface DraftLine {
	text: string;
	/** 1-based source line, or null for a selection; threads follow document order. */
	line: number | null;
}

/** The posts for the checked lines: one per line, or one thread of all of them in document order. */
export const draftPosts = (platform: PlatformId, lines: readonly DraftLine[], thread: boolean, options: ComposeOptions, numbering: ThreadNumbering): DraftPost[] => {
	const rules = rulesFor(platform, options);
	const texts = lines.map((l) => ({ ...l, text: l.text.trim() })).filter((l) => l.text.length > 0);
	const measured = (text: string): DraftPost => ({ text, length: countLength(platform, text), limit: rules.limit, over: !fits(rules, text) });
	if (thread) {
		// Document order, lines with no place last. `sort` is stable, so ties keep the order given (`|| 0`: two lines
		// with no place give Infinity - Infinity, NaN, a tie).
		const ordered = texts.sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity) || 0).map((l) => l.text);
		return threadForLines(platform, ordered, options, { numbering }).map(measured);
	}
	return texts.map(({ text }) => {
		// A composed post fits, so it measures within the limit; a line too long even bare is shown bare, over it.
		const post = postsForLines(platform, [text], options)[0];
		const draft = measured(post ? post.text : text);
		const reply = post ? post.reply : options.link?.trim();
		if (reply) draft.reply = reply;
		return draft;
	});
};
