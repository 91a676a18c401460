/**
 * The hostile-note corpus: the small files committed under `tests/fixtures/hostile/`, plus the huge ones generated
 * here at test time (a 5 MB note, three 100k-character lines, 10k tags, lone surrogates, an alias-amplified list),
 * so the repository stays small.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative, sep } from "node:path";

/** Where the committed corpus lives. */
export const HOSTILE_DIR = join(__dirname, "../fixtures/hostile");

/** Every committed corpus file as raw bytes, keyed by its vault path (`/`-separated). */
export function hostileBytes(): Record<string, Buffer> {
	const out: Record<string, Buffer> = {};
	const walk = (dir: string): void => {
		for (const entry of readdirSync(dir, { withFileTypes: true })) {
			const full = join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else out[relative(HOSTILE_DIR, full).split(sep).join("/")] = readFileSync(full);
		}
	};
	walk(HOSTILE_DIR);
	return out;
}

const SENTENCE = "The quick prospect asked a slow question about pricing and the answer took a whole page. ";

/** The corpus members too big (or impossible in UTF-8) to commit, built the same way on every run. */
export function generatedNotes(): Record<string, string> {
	const fiveMb = `---\ntitle: Five megabytes\ntags: [huge]\n---\n${Array.from({ length: 60_000 }, (_, i) => `${i % 40 === 0 ? `\n## Part ${i}\n\n` : ""}${SENTENCE}`).join("")}`;
	const longLine = `---\ntitle: One long line\n---\n${"word ".repeat(20_000)}\n`;
	const longSentences = `---\ntitle: One long line of sentences\n---\n${"Short one. Then another! ".repeat(4_200)}\n`;
	const longAccented = `---\ntitle: Une longue ligne\n---\n${"café crème déjà vu ".repeat(5_300)}\n`;
	const big = Array.from({ length: 10_000 }, (_, i) => `t${i}`).join(", ");
	const amplified = `---\ntitle: Amplified by aliases\na: &a [${big}]\ntags: [${Array(99).fill("*a").join(", ")}]\n---\nNinety-nine aliases of a ten-thousand-item list.\n`;
	const tags = Array.from({ length: 10_000 }, (_, i) => `t${i}`);
	const tenKTags = `---\ntitle: Ten thousand tags\ntags: [${tags.join(", ")}]\n---\n${tags.slice(0, 2_000).map((t) => `#inline-${t}`).join(" ")}\n`;
	const surrogates = `---\ntitle: "Lone \uD800 surrogate \uDC00 pair \uDBFF"\ntags: ["x\uD800y"]\n---\nA high \uD83D surrogate alone, a low \uDE00 one, and a reversed pair \uDE00\uD83D in a sentence.\n#tag\uD800\n`;
	return {
		"generated/five-megabytes.md": fiveMb,
		"generated/long-line.md": longLine,
		"generated/long-line-of-sentences.md": longSentences,
		"generated/long-line-accented.md": longAccented,
		"generated/ten-thousand-tags.md": tenKTags,
		"generated/lone-surrogates.md": surrogates,
		"generated/alias-amplified.md": amplified,
	};
}

/** Decodes bytes the way the test double's `readFolder` does (Node's UTF-8, invalid bytes → U+FFFD, BOM kept). */
export function hostileTexts(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [path, bytes] of Object.entries(hostileBytes())) out[path.normalize("NFC")] = bytes.toString("utf8");
	return { ...out, ...generatedNotes() };
}

/** Writes the whole corpus (committed bytes as they are, generated notes as UTF-8) into a fresh temp folder. */
export function writeHostileVault(): string {
	const root = mkdtempSync(join(tmpdir(), "article-desk-hostile-"));
	const write = (path: string, data: Buffer | string) => {
		const full = join(root, ...path.split("/"));
		mkdirSync(dirname(full), { recursive: true });
		writeFileSync(full, data);
	};
	for (const [path, bytes] of Object.entries(hostileBytes())) write(path, bytes);
	for (const [path, text] of Object.entries(generatedNotes())) write(path, text);
	return root;
}

/**
 * Titles worked out by hand from the rules (frontmatter `title` as text, a number, or the first string of a list;
 * otherwise the file name; invalid YAML is ignored as a whole). Any markup in them must be shown as these characters.
 */
export const EXPECTED_TITLES: Record<string, string> = {
	"bom.md": "Byte order mark",
	"crlf.md": "Windows line endings",
	"frontmatter-only.md": "Frontmatter and nothing else",
	"frontmatter-empty.md": "frontmatter-empty",
	"unterminated-frontmatter.md": "unterminated-frontmatter",
	"duplicate-keys.md": "duplicate-keys",
	"tabs-in-yaml.md": "tabs-in-yaml",
	"title-number.md": "42",
	"title-float-infinity.md": "title-float-infinity",
	"title-list.md": "First string",
	"title-map.md": "title-map",
	"title-null.md": "title-null",
	"title-multiline.md": "First line\nSecond line",
	"title-entities.md": "&lt;b&gt;bold&lt;/b&gt; &amp; &#x3C;script&#x3E;",
	"html-title.md": "<script>alert('title')</script><b>bold</b><img src=x onerror=alert(1)>",
	"<script>alert(1)<script>.md": "<script>alert(1)<script>",
	"name []#^| chars.md": "name []#^| chars",
	"title-emoji-only.md": "🔥👨‍👩‍👧‍👦🏳️‍🌈",
	"title-rtl.md": "مقالة عن المبيعات \u202Egnp.exe",
	"nul-bytes.md": "Nul\u0000byte",
	"mojibake-title.md": "Café crème – naïve",
	"billion-laughs.md": "billion-laughs",
	"alias-doubling.md": "alias-doubling",
	"alias-undefined.md": "alias-undefined",
	"alias-cycles.md": "alias-cycles",
	"generated/alias-amplified.md": "Amplified by aliases",
	"frontmatter-list.md": "frontmatter-list",
	"frontmatter-scalar.md": "frontmatter-scalar",
	"Folder.with.dots/note.md.md": "note.md",
	"generated/five-megabytes.md": "Five megabytes",
	"generated/ten-thousand-tags.md": "Ten thousand tags",
	"generated/lone-surrogates.md": "Lone \uD800 surrogate \uDC00 pair \uDBFF",
};
