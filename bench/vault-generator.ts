/**
 * The benchmark's synthetic vault. Every note is a pure function of (seed, index), so a vault of 1 000 notes is the
 * first thousand of the vault of 100 000, runs on different machines measure the same input, and one note can be
 * rebuilt alone. The mix follows real writers' vaults: 0–8 tags (some nested, some differing only in case, some
 * written inline), 0–2 types, publication dates over ten years, bodies of uneven length, and a few notes whose
 * metadata Obsidian misreads.
 */
import { proseBody, sentence } from "./prose";
import { itemSeed, Random } from "./random";
import { DATE_KEYS, FOLDERS, TAG_CASINGS, TAG_CHILDREN, TAG_ROOTS, TYPES } from "./words";

/** The seed `npm run bench` uses. */
export const DEFAULT_SEED = 20240601;

/** First day dates are drawn from; dates span ten years from here. */
const FIRST_DAY = Date.UTC(2015, 0, 1);
const TEN_YEARS_DAYS = 3653;
const DAY_MS = 86_400_000;

/** The metadata mistakes planted in about one note in 25, each of which the article model must survive. */
export const BROKEN_KINDS = [
	"invalid-yaml",
	"string-tags",
	"legacy-tag-key",
	"hash-in-yaml",
	"numeric-tag",
	"bad-date",
	"type-key-case",
	"mojibake-title",
] as const;

export type BrokenKind = (typeof BROKEN_KINDS)[number];

/** One generated note, with what the generator meant to put in it (tests compare the parse against this). */
export interface GeneratedNote {
	path: string;
	text: string;
	/** Tags as written, frontmatter ones first, without `#` (empty when none). */
	tags: string[];
	types: string[];
	/** The publication date written (`yyyy-MM-dd`), or null when the note has none. */
	date: string | null;
	broken: BrokenKind | null;
}

function tag(r: Random): string {
	// Squaring skews the choice towards the first roots: a few tags are everywhere, most are rare.
	const root = TAG_ROOTS[Math.floor(TAG_ROOTS.length * r.next() ** 2)];
	const depth = r.weighted([55, 30, 15]);
	let out = root;
	for (let d = 0; d < depth; d++) out += `/${r.pick(TAG_CHILDREN)}`;
	return r.chance(0.12) ? r.pick(TAG_CASINGS)(out) : out;
}

function typeValue(r: Random): string {
	const t = r.pick(TYPES);
	return r.chance(0.08) ? t.charAt(0).toUpperCase() + t.slice(1) : t;
}

function dateOf(r: Random): { date: string; written: string } {
	const iso = new Date(FIRST_DAY + r.int(0, TEN_YEARS_DAYS - 1) * DAY_MS).toISOString();
	const date = iso.slice(0, 10);
	const time = `${String(r.int(6, 22)).padStart(2, "0")}:${String(r.int(0, 59)).padStart(2, "0")}`;
	const written = [date, `${date}T${time}:00`, `"${date}"`, `${date} ${time}`][r.weighted([70, 15, 10, 5])];
	return { date, written };
}

function yamlList(key: string, values: readonly string[], r: Random): string[] {
	if (values.length === 1 && r.chance(0.2)) return [`${key}: ${values[0]}`];
	if (r.chance(0.5)) return [`${key}: [${values.join(", ")}]`];
	return [`${key}:`, ...values.map((v) => `  - ${v}`)];
}

/** Replaces the frontmatter with a broken variant of the given kind; returns the lines to write. */
function breakFrontmatter(kind: BrokenKind, lines: string[], fmTags: string[], r: Random): string[] {
	const withoutTags = lines.filter((l) => !l.startsWith("tags:") && !l.startsWith("  - "));
	const first = fmTags[0] ?? "sales";
	switch (kind) {
		case "invalid-yaml":
			return [...lines, `aliases: [${first}, unclosed`];
		case "string-tags":
			return [...withoutTags, `tags: ${first}, ${r.pick(TAG_ROOTS)}`];
		case "legacy-tag-key":
			return [...withoutTags, `tag: ${first}`];
		case "hash-in-yaml":
			return [...withoutTags, "tags:", `  - #${first}`, `  - ${r.pick(TAG_ROOTS)}`];
		case "numeric-tag":
			return [...withoutTags, `tags: [${r.int(1900, 2030)}, ${first}]`];
		case "bad-date":
			return [...lines.filter((l) => !DATE_KEYS.some((k) => l.startsWith(`${k}:`))), r.chance(0.5) ? "date: 2019-13-45" : "date: someday soon"];
		case "type-key-case":
			return [...lines.filter((l) => !l.startsWith("type:")), `Type: ${r.pick(TYPES)}`];
		case "mojibake-title":
			return [...lines.filter((l) => !l.startsWith("title:")), `title: "CafÃ© ${r.pick(TAG_ROOTS)} notes â€” part ${r.int(1, 9)}"`];
	}
}

/** The note at `index` of the vault seeded with `seed`; independent of every other note. */
export function generateNote(index: number, seed: number = DEFAULT_SEED): GeneratedNote {
	const r = new Random(itemSeed(seed, index));
	const tags: string[] = [];
	const tagCount = r.weighted([10, 14, 20, 18, 14, 10, 7, 4, 3]);
	for (let i = 0; i < tagCount; i++) tags.push(tag(r));
	const hasFrontmatter = r.chance(0.92);
	const fmTags = hasFrontmatter ? tags.filter(() => r.chance(0.7)) : [];
	const inlineTags = tags.filter((t) => !fmTags.includes(t));
	const types: string[] = [];
	for (let k = hasFrontmatter ? r.weighted([25, 65, 10]) : 0; types.length < k; ) {
		const t = typeValue(r);
		if (!types.some((u) => u.toLowerCase() === t.toLowerCase())) types.push(t);
	}
	const dated = hasFrontmatter && r.chance(0.9) ? dateOf(r) : null;
	const titleText = sentence(r, r.int(3, 9)).replace(/[.?!,”“]/g, "");
	const folder = r.pick(FOLDERS);
	const slug = titleText.toLowerCase().split(" ").slice(0, 6).join("-");
	const path = `${folder}/${slug}-${index}.md`;
	const broken = hasFrontmatter && r.chance(0.04) ? r.pick(BROKEN_KINDS) : null;

	let lines: string[] = [];
	if (hasFrontmatter) {
		if (r.chance(0.6)) lines.push(`title: "${titleText}"`);
		if (fmTags.length > 0) lines.push(...yamlList("tags", fmTags, r));
		if (types.length > 0) lines.push(types.length === 1 ? `type: ${types[0]}` : `type: [${types.join(", ")}]`);
		if (dated) lines.push(`${r.pick(DATE_KEYS)}: ${dated.written}`);
		if (broken) lines = breakFrontmatter(broken, lines, fmTags, r);
	}
	const words = Math.max(15, Math.min(3000, Math.round(r.logNormal(180, 0.75))));
	const body = proseBody(r, words, { inlineTags, code: true });
	const text = hasFrontmatter ? `---\n${lines.join("\n")}\n---\n${body}\n` : `${body}\n`;
	return { path, text, tags: [...fmTags, ...inlineTags], types, date: dated ? dated.date : null, broken };
}

/** The first `count` notes of the vault seeded with `seed`. */
export function generateVault(count: number, seed: number = DEFAULT_SEED): GeneratedNote[] {
	const notes: GeneratedNote[] = [];
	for (let i = 0; i < count; i++) notes.push(generateNote(i, seed));
	return notes;
}
