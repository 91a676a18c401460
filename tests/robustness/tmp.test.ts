/** @jest-environment node */
import { noteInputFromMarkdown } from "../../src/core/articles/from-markdown";
import { buildArticle } from "../../src/core/articles/article";
it.each([
	"self: &s [*s]",
	"self: &s [*s, *s]",
	"tags: &t [a, *t]",
	"type: &y [post, *y]",
	"date: &d [*d]",
	"title: &ti [*ti]",
	"m: &m {a: *m, b: *m}",
])("%s", (yaml) => {
	const t0 = Date.now();
	const input = noteInputFromMarkdown("a.md", `---\n${yaml}\n---\nBody.\n`);
	const a = buildArticle(input);
	console.log(yaml, Date.now() - t0, input.yamlError, JSON.stringify(a.tags), a.title, a.problems.map((p) => p.code).join());
});
