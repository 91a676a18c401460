import { fits, countLength } from "./count";
import type { PlatformId, PlatformRules } from "./platforms";

/** What a post is made of: the chosen line, an optional link back to the article, and hashtags (`#Tag`). */
export interface PostInput {
	text: string;
	link?: string | null;
	hashtags: string[];
}

/** A ready-to-copy post; `reply` holds the link when it had to leave the post, `droppedHashtags` what was left out. */
export interface Post {
	platform: PlatformId;
	text: string;
	length: number;
	limit: number;
	reply?: string;
	droppedHashtags: string[];
	linkMoved: boolean;
}

/**
 * Builds a post that never exceeds the limit: drops hashtags first (from the end), then moves the link to a reply;
 * null when the bare line itself does not fit (caller uses the next line).
 * Layout: the line, a blank line and the link, a blank line and the hashtags separated by spaces. Nothing is ever
 * truncated, so no word or grapheme is cut. Hashtags beyond the platform's cap, or already written in the line, are
 * dropped up front. The reply is the bare link; it is not checked against the limit (a link alone fits every
 * platform unless it is thousands of characters long).
 */
export const buildPost = (rules: PlatformRules, input: PostInput): Post | null => {
	const line = input.text.trim();
	if (!line) return null;
	const link = input.link?.trim() || null;
	const { kept, dropped } = usableHashtags(input.hashtags, line, rules.maxHashtags);
	const placements = link ? [false, true] : [false];
	for (const linkMoved of placements) {
		for (let count = kept.length; count >= 0; count--) {
			const tags = kept.slice(0, count);
			const text = layout(line, linkMoved ? null : link, tags);
			if (!fits(rules, text)) continue;
			const post: Post = {
				platform: rules.id,
				text,
				length: countLength(rules.id, text),
				limit: rules.limit,
				droppedHashtags: [...dropped, ...kept.slice(count)],
				linkMoved,
			};
			if (linkMoved && link) post.reply = link;
			return post;
		}
	}
	return null;
};

/** The parts joined as the platforms show them best: each part its own paragraph. */
const layout = (line: string, link: string | null, hashtags: string[]): string =>
	[line, link, hashtags.join(" ")].filter(Boolean).join("\n\n");

/** Hashtags worth trying, in order, within the cap; the rest (and those the line already has) are dropped. */
export const usableHashtags = (hashtags: string[], line: string, cap: number): { kept: string[]; dropped: string[] } => {
	const inLine = new Set((line.normalize("NFC").match(/#[\p{L}\p{M}\p{N}_]+/gu) ?? []).map((tag) => tag.toLowerCase()));
	const kept: string[] = [];
	const dropped: string[] = [];
	for (const raw of hashtags) {
		const trimmed = raw.trim();
		const tag = trimmed.startsWith("#") ? trimmed : "#" + trimmed;
		if (tag === "#") continue;
		const key = tag.toLowerCase();
		if (inLine.has(key) || kept.length >= cap) dropped.push(tag);
		else {
			kept.push(tag);
			inLine.add(key);
		}
	}
	return { kept, dropped };
};
