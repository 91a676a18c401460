/** @jest-environment node */
import { findUrls } from "../../../src/core/social/urls";

function linked(text: string, mastodon = false): string[] {
	return findUrls(text, { mastodon }).map((span) => text.slice(span.start, span.end));
}

describe("findUrls, X's reading", () => {
	it.each([
		["scheme link", "go to https://example.com/a now", ["https://example.com/a"]],
		["bare domain", "go to example.com now", ["example.com"]],
		["country-code domain", "example.de", ["example.de"]],
		["full stop after a domain stays out", "see example.com.", ["example.com"]],
		["full stop inside a path stays in", "example.com/a.b", ["example.com/a.b"]],
		["full stop after a path stays out", "example.com/a.b.", ["example.com/a.b"]],
		["balanced parentheses stay in", "(https://en.wikipedia.org/wiki/Foo_(bar))", ["https://en.wikipedia.org/wiki/Foo_(bar)"]],
		["parentheses after a full stop stay out", "https://example.com/a.(b)", ["https://example.com/a"]],
		["curly quotes around", "“example.com”", ["example.com"]],
		["two domains around a comma", "a.com,b.org", ["a.com", "b.org"]],
		["port and path", "example.com:8080/x", ["example.com:8080/x"]],
		["a query without a path is left off a bare domain", "example.com?x=1", ["example.com"]],
		["a query is kept after a scheme", "https://example.com?x=1", ["https://example.com?x=1"]],
		["a query ends on a letter or digit", "https://example.com/?q=1&a=b.", ["https://example.com/?q=1&a=b"]],
		["upper-case scheme and host", "HTTPS://EXAMPLE.COM", ["HTTPS://EXAMPLE.COM"]],
		["ASCII tail of a host glued to CJK", "中文example.com", ["example.com"]],
		["t.co keeps only its slug", "https://t.co/abc/def", ["https://t.co/abc"]],
		["bare t.co keeps its path", "t.co/x", ["t.co/x"]],
		["t.co slug over 40 is not a link", `https://t.co/${"a".repeat(41)} x`, []],
		["sentence glued to an Italian TLD", "I said it.It was", ["it.It"]],
		["Markdown file name on Moldova's TLD", "notes.md", ["notes.md"]],
		["hyphen inside a domain", "a-example.com", ["a-example.com"]],
	])("%s", (_name, text, expected) => {
		expect(linked(text)).toEqual(expected);
	});

	it.each([
		["e-mail address", "user@example.com"],
		["after a hyphen", "-example.com"],
		["after an underscore", "_example.com"],
		["after a slash", "/example.com"],
		["after a cashtag sign", "$example.com"],
		["after a hash", "#example.com"],
		["unknown scheme", "ftp://example.com"],
		["TLD glued to letters", "example.comx"],
		["TLD glued to a digit", "example.com1"],
		["no TLD", "https://localhost"],
		["one-letter TLD", "example.c"],
		["no full stop at all", "just words here"],
		["a 64-character label", `${"a".repeat(64)}.com`],
		["60 CJK characters glued to the domain make a label too long for DNS", `${"很".repeat(60)}example.com`],
	])("no link: %s", (_name, text) => {
		expect(linked(text)).toEqual([]);
	});

	it("a 63-character label is still a host", () => {
		expect(linked(`${"a".repeat(63)}.com`)).toHaveLength(1);
	});

	it("offsets are UTF-16 indices into the text as given", () => {
		const text = "😀 example.com";
		expect(findUrls(text)).toEqual([{ start: 3, end: 14 }]);
	});
});

describe("findUrls, Mastodon's server reading (mastodon)", () => {
	const mastodon = (text: string) => linked(text, true);

	it.each([
		["full stop stays out", "See https://example.com/x.", ["https://example.com/x"]],
		["bare domains are text", "example.com https://a.io", ["https://a.io"]],
		["t.co keeps only its slug", "https://t.co/abc/def", ["https://t.co/abc"]],
		["t.co with a query", "https://t.co/abc?x=1", ["https://t.co/abc?x=1"]],
		["every scheme Mastodon links", "dat://a.io dweb://a.io ipfs://a.io ipns://a.io ssb://a.io gopher://a.io gemini://a.io HTTP://a.io", ["dat://a.io", "dweb://a.io", "ipfs://a.io", "ipns://a.io", "ssb://a.io", "gopher://a.io", "gemini://a.io", "HTTP://a.io"]],
		["a path ends before = , . ; : ! and the like", "https://a.io/x=,.;:!*'\"$%~&|@[] y", ["https://a.io/x"]],
		["a path goes on through them to a later letter", "https://a.io/x=y,z", ["https://a.io/x=y,z"]],
		// Mastodon's path also takes these; read here by X's rules, the link stops sooner (counted above, see count.ts).
		["a path of CJK stops at the slash", "https://a.io/日本/😀{x}", ["https://a.io/"]],
		["white space ends a path", "https://a.io/a\u00a0b", ["https://a.io/a"]],
		["< and > end a path", "<https://a.io/a>", ["https://a.io/a"]],
		["balanced parentheses, one level nested", "https://a.io/(a(b)c)", ["https://a.io/(a(b)c)"]],
		["two levels nested end the path", "https://a.io/x(a(b(c)))", ["https://a.io/x"]],
		["empty parentheses end the path", "https://a.io/x()", ["https://a.io/x"]],
		["a bare slash", "https://a.io/", ["https://a.io/"]],
		["port, path and query", "https://a.io:8080/p?q=1&r=1.", ["https://a.io:8080/p?q=1&r=1"]],
		["no query after a path that ended before =", "https://a.io/p=?q=1", ["https://a.io/p"]],
		["a path ending on = gives it back", "https://a.io/p=q= x", ["https://a.io/p=q"]],
		["no link after a letter", "xhttps://a.io", []],
		["a skipped bare domain hides a link glued to it", "a.io/https://b.io", []],
	])("%s", (_name, text, expected) => {
		expect(mastodon(text)).toEqual(expected);
	});

	it("reads a long path of unbalanced openers in linear time", () => {
		const text = `https://a.io/${"(x".repeat(50_000)}`;
		expect(mastodon(text)).toEqual(["https://a.io/"]);
	});
});
