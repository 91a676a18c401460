/** @jest-environment node */
import { findUrls } from "../../../src/core/social/urls";

// Long runs of characters a host may hold (CJK, Thai, Latin without spaces) once made `findUrls` rescan the run from
// every offset. These pin the links found in such texts: the ones a short text would give, nothing more or less.

function linked(text: string, requireScheme = false): string[] {
	return findUrls(text, { requireScheme }).map((span) => text.slice(span.start, span.end));
}

const CJK = "日本語";

describe("findUrls on long runs of host characters", () => {
	it.each([
		["a domain after a long CJK run and a space", `${CJK.repeat(3000)} example.com`, ["example.com"]],
		["a TLD glued to a long CJK run (one label, too long for DNS)", `${CJK.repeat(30000)}.com`, []],
		["a full stop between two long runs", `${CJK.repeat(15000)}.${CJK.repeat(15000)} x`, []],
		["a lone full stop at the end", `${"日本語の文章".repeat(2000)} a.`, []],
		["a hyphen before the full stop", `${"x".repeat(5000)}-.com example.org`, ["example.org"]],
		["an underscore before the domain", `${"日本語_".repeat(2000)}a.com`, []],
		["a scheme glued to a long run", `${CJK.repeat(3000)}https://example.com`, ["https://example.com"]],
		["a chain of subdomains", `${"語".repeat(5000)} a.b.example.co.uk/x.`, ["a.b.example.co.uk/x"]],
		["the ASCII tail of a short glued label", `${"語".repeat(5000)} 日本example.com`, ["example.com"]],
		["full stops spread through Thai", `${"ภาษาไทย.".repeat(3000)}co`, []],
		["emoji glued to a domain", `${"😀".repeat(3000)}.com example.net`, ["example.net"]],
	])("%s", (_name, text, expected) => {
		expect(linked(text)).toEqual(expected);
	});

	it("finds a link in the middle of text with many full stops, in both readings", () => {
		const dotted = "日本語の文章.".repeat(3000);
		const text = `${dotted} https://example.com/a ${dotted}`;
		expect(findUrls(text)).toEqual([{ start: dotted.length + 1, end: dotted.length + 22 }]);
		expect(findUrls(text, { requireScheme: true })).toEqual([{ start: dotted.length + 1, end: dotted.length + 22 }]);
	});

	it("a label is measured once encoded for DNS, so 56 emoji (112 UTF-16 units) fit and 57 do not", () => {
		const host = (count: number) => `https://${"😀".repeat(count)}.com`;
		expect(linked(host(56), true)).toEqual([host(56)]);
		expect(linked(host(57), true)).toEqual([]);
		expect(linked(`https://${"é".repeat(5000)}.com and https://a.io`, true)).toEqual(["https://a.io"]);
	});

	it("a long dotted chain is one host, dropped when longer than a link may be", () => {
		expect(linked("a.com.".repeat(16000))).toEqual([]);
		expect(linked("a.com.".repeat(10))).toEqual(["a.com.".repeat(10).slice(0, -1)]);
	});
});
