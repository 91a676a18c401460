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
	const rules = { id, ...RULES[id] };
	if (id === "mastodon") rules.limit = mastodonLimit(opts?.mastodonLimit);
	return rules;
};

/** Each platform's rules but its id; Mastodon's limit is the stock one until `platformRules` sets the instance's. */
const RULES: Record<PlatformId, Omit<PlatformRules, "id">> = {
	x: { name: "X", limit: 280, maxHashtags: 2 },
	bluesky: { name: "Bluesky", limit: 300, maxBytes: 3000, maxHashtags: 3 },
	threads: { name: "Threads", limit: 500, maxHashtags: 1, maxLinks: 5 },
	mastodon: { name: "Mastodon", limit: DEFAULT_MASTODON_LIMIT, maxHashtags: 3 },
	linkedin: { name: "LinkedIn", limit: 3000, maxHashtags: 5 },
};

/** A usable instance limit, or the default when the setting is missing or nonsense. */
const mastodonLimit = (value: number | undefined): number =>
	value && value > 0 && Number.isInteger(value) ? value : DEFAULT_MASTODON_LIMIT;
