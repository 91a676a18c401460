/** The platforms a post can be written for. */
export type PlatformId = "x" | "bluesky" | "threads" | "mastodon" | "linkedin";

/** What a post must respect on one platform; `limit` is in that platform's own unit (see `countLength`). */
export interface PlatformRules {
	id: PlatformId;
	name: string;
	limit: number;
	/** Bluesky also caps the UTF-8 size of a post. */
	maxBytes?: number;
	/** How many hashtags a post built for the platform carries at most (house style, not a platform rule). */
	maxHashtags: number;
	/** Threads refuses posts with more links than this. */
	maxLinks?: number;
}

/** Every platform, in the order the UI lists them. */
export const PLATFORM_IDS: readonly PlatformId[] = ["x", "bluesky", "threads", "mastodon", "linkedin"];

/** Mastodon's stock limit; each instance may raise it. */
export const DEFAULT_MASTODON_LIMIT = 500;

/** Default rules; Mastodon's limit is a setting, pass it in. */
export const platformRules = (id: PlatformId, opts?: { mastodonLimit?: number }): PlatformRules => {
	const [name, limit, maxHashtags, extra] = RULES[id];
	return { id, name, limit: id === "mastodon" ? mastodonLimit(opts?.mastodonLimit) : limit, maxHashtags, ...extra };
};

/**
 * Each platform's name, limit, most hashtags and any further rules, as a tuple (the bundle spells each field name
 * once, in `platformRules`); Mastodon's limit is the stock one until `platformRules` sets the instance's.
 */
const RULES: Record<PlatformId, [name: string, limit: number, maxHashtags: number, extra?: Pick<PlatformRules, "maxBytes" | "maxLinks">]> = {
	x: ["X", 280, 2],
	bluesky: ["Bluesky", 300, 3, { maxBytes: 3000 }],
	threads: ["Threads", 500, 1, { maxLinks: 5 }],
	mastodon: ["Mastodon", DEFAULT_MASTODON_LIMIT, 3],
	linkedin: ["LinkedIn", 3000, 5],
};

/** A usable instance limit, or the default when the setting is missing or nonsense. */
const mastodonLimit = (value: number | undefined): number =>
	value && value > 0 && Number.isInteger(value) ? value : DEFAULT_MASTODON_LIMIT;
