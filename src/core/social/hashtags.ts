/**
 * Hashtags made from a note's tags. A nested tag gives its last level, the topic a reader follows
 * (`sales/cold-calling` → `#ColdCalling`, not `#SalesColdCalling`). Obsidian tags use `-` and `_` where a hashtag
 * cannot, so each piece is capitalised and the pieces are joined (`sold-vs-bought` → `#SoldVsBought`); the rest of
 * each piece keeps its case (`seo/AI-tools` → `#AITools`), and a piece with a capital after its first letter keeps
 * its first letter too, as a brand or camel case is spelt (`iPhone` → `#iPhone`, `eBay-tips` → `#eBayTips`).
 */

/** Runs of letters, marks and digits: everything else separates words of the tag. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const HAS_LETTER = /\p{L}/u;

/**
 * CamelCase hashtags from note tags (`sold-vs-bought` → `#SoldVsBought`, `sales/objections` → `#Objections`),
 * minus exclusions (case-insensitive), de-duplicated.
 * An exclusion matches the tag itself, its hashtag, or any tag nested under it (`articles` drops `articles/drafts`,
 * since structural parents carry structural children). A tag without a letter (`2024`) makes no hashtag: platforms
 * do not link all-digit hashtags.
 */
export const hashtagsFromTags = (tags: string[], exclude: string[]): string[] => {
	const excluded = exclude.map(normaliseTag).filter(Boolean);
	// Lower-cased hashtags already given out, seeded with the excluded ones so both are skipped by one test.
	const seen = new Set(exclude.map((tag) => toHashtag(tag)?.toLowerCase()));
	const out: string[] = [];
	for (const tag of tags) {
		const name = normaliseTag(tag);
		if (!name || excluded.some((parent) => name === parent || name.startsWith(parent + "/"))) continue;
		const hashtag = toHashtag(tag);
		const key = hashtag?.toLowerCase();
		if (!hashtag || seen.has(key)) continue;
		seen.add(key);
		out.push(hashtag);
	}
	return out;
};

/** `#Sales/Objections ` → `sales/objections`: how tags are compared (Obsidian tags ignore case). */
const normaliseTag = (tag: string): string => tag.trim().replace(/^#+/, "").toLowerCase();

/** The hashtag for one tag: its last level, or all of it when that level has no letter (`goals/2024`); null when none has. */
const toHashtag = (tag: string): string | null => {
	const leaf = hashtagOf(tag.slice(tag.lastIndexOf("/") + 1));
	return leaf ?? hashtagOf(tag);
};

const hashtagOf = (tag: string): string | null => {
	const words = tag.normalize("NFC").match(WORD) ?? [];
	const body = words.map(capitalise).join("");
	return HAS_LETTER.test(body) ? "#" + body : null;
};

const capitalise = (word: string): string => {
	const first = String.fromCodePoint(word.codePointAt(0) ?? 0);
	const rest = word.slice(first.length);
	return (rest === rest.toLowerCase() ? first.toUpperCase() : first) + rest;
};
