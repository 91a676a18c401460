/** @jest-environment node */
/**
 * Frontmatter that attacks the YAML parser: alias bombs are refused (the `yaml` package's `maxAliasCount`, set to
 * 100 in `src/core/metadata/frontmatter.ts`), aliases that contain themselves are walked once, and problem messages
 * about huge values stay short. Each case must finish well within a second.
 */
import { buildArticle } from "../../src/core/articles/article";
import { noteInputFromMarkdown } from "../../src/core/articles/from-markdown";
import { parseNote } from "../../src/core/metadata";
import { generatedNotes, hostileTexts } from "./hostile-corpus";

const TEXTS = hostileTexts();

function timed<T>(fn: () => T): { value: T; ms: number } {
	const start = Date.now();
	const value = fn();
	return { value, ms: Date.now() - start };
}

describe("alias bombs", () => {
	it.each([["billion-laughs.md"], ["alias-doubling.md"]])("%s is refused as invalid YAML, quickly", (path) => {
		const { value, ms } = timed(() => parseNote(TEXTS[path]));
		expect(value.yamlError).toMatch(/resource exhaustion/);
		expect(value.metadata.frontmatter).toBeUndefined();
		expect(ms).toBeLessThan(1_000);
	});

	it("still reads ordinary aliases", () => {
		const { metadata, yamlError } = parseNote("---\nbase: &b sales\ntags: [*b, *b]\nsame: *b\n---\n");
		expect(yamlError).toBeNull();
		expect(metadata.frontmatter).toEqual({ base: "sales", tags: ["sales", "sales"], same: "sales" });
	});
});

describe("aliases that contain themselves", () => {
	it("parse, and each wikilink inside is found once, quickly", () => {
		const { value, ms } = timed(() => parseNote(TEXTS["alias-cycles.md"]));
		expect(value.yamlError).toBeNull();
		const fm = value.metadata.frontmatter!;
		expect((fm.self as unknown[])[0]).toBe(fm.self);
		expect(value.metadata.frontmatterLinks?.map((l) => [l.key, l.link])).toEqual([["l.0", "x"]]);
		expect(ms).toBeLessThan(1_000);
	});

	it("give an article with the file name as title, the one text tag, and short messages", () => {
		const article = buildArticle(noteInputFromMarkdown("alias-cycles.md", TEXTS["alias-cycles.md"]));
		expect(article.title).toBe("alias-cycles");
		expect(article.tags).toEqual(["a"]);
		expect(article.types).toEqual(["post"]);
		expect(article.problems.map((p) => p.code)).toEqual(["non-string-tag", "bad-date"]);
		expect(article.problems.find((p) => p.code === "bad-date")!.message).toBe("created: {…} is not a date (write it like 2024-02-06)");
	});
});

describe("a list amplified by 99 aliases (allowed: within the alias budget)", () => {
	const text = generatedNotes()["generated/alias-amplified.md"];

	it("is read, and its problem message quotes at most five values of at most 60 characters", () => {
		const { value: article, ms } = timed(() => buildArticle(noteInputFromMarkdown("x.md", text)));
		expect(article.title).toBe("Amplified by aliases");
		expect(article.tags).toEqual([]);
		const [problem] = article.problems;
		expect(problem.code).toBe("non-string-tag");
		expect(problem.message).toMatch(/ and 94 more; Obsidian drops them$/);
		expect(problem.message.length).toBeLessThan(5 * 62 + 100);
		expect(ms).toBeLessThan(2_000);
	});
});

describe("deep nesting", () => {
	it.each([["deep-yaml-flow.md"], ["deep-yaml-block.md"]])("%s neither throws nor hangs", (path) => {
		const { value, ms } = timed(() => buildArticle(noteInputFromMarkdown(path, TEXTS[path])));
		expect(typeof value.title).toBe("string");
		expect(ms).toBeLessThan(2_000);
	});
});
