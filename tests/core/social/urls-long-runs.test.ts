/** @jest-environment node */
import { findUrls } from "../../../src/core/social/urls";

// Long runs of characters a host may hold (CJK, Thai, Latin without spaces) once made `findUrls` rescan the run from
// every offset. These pin the links found in such texts: the ones a short text would give, nothing more or less.

function linked(text: string, mastodon = false): string[] {
	return findUrls(text, { mastodon }).map((span) => text.slice(span.start, span.end));
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
		expect(findUrls(text, { mastodon: true })).toEqual([{ start: dotted.length + 1, end: dotted.length + 22 }]);
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

// Chains of thousands of labels where each label start could begin a host that ends soon (`x.com` after `_`) while
// the chain goes on: a regex tried from every start once read the whole chain from each. The texts are built from
// pieces marked as links or not, so what must be found is known independently of the finder.
type Piece = string | { link: string };

function built(...pieces: Piece[]): { text: string; links: string[] } {
	const text = pieces.map((piece) => (typeof piece === "string" ? piece : piece.link)).join("");
	const links = pieces.flatMap((piece) => (typeof piece === "string" ? [] : [piece.link]));
	return { text, links };
}

describe("findUrls on long chains of labels", () => {
	const mixed = ["com_x.", "io_7.", "co_y.", "uk_z.", "app_q.", "xn--a_b."].join("");
	it.each([
		[
			"`_` after each TLD, a link in the middle",
			built({ link: "b.com" }, "_x.", "com_x.".repeat(8000), " ", { link: "https://example.com/a" }, " ", "com_x.".repeat(8000)),
		],
		["`-` after each TLD", built("b.", "com-x.".repeat(16000), " ", { link: "example.org" })],
		["digits", built({ link: "1.com" }, "_2.", "com_2.".repeat(16000), " ", { link: "a.io" })],
		["mixed TLDs", built({ link: "b.com" }, "_x.", mixed.repeat(2700), " ", { link: "https://a.app/x" })],
		["`@` after each TLD", built("b.", "com@x.".repeat(16000), " ", { link: "a.co" })],
		[
			"`/` after each TLD: one long path",
			built("see ", { link: `b.com/x.${"com/x.".repeat(600)}com` }, ". ", "com/x.".repeat(16000)),
		],
	])("%s", (_name, { text, links }) => {
		expect(linked(text)).toEqual(links);
		expect(linked(text, true)).toEqual(links.filter((link) => link.startsWith("https://")));
	});

	it("a scheme before a chain of CJK or emoji labels", () => {
		for (const label of ["語", "😀"]) {
			const link = `https://${label}.com`;
			const text = `${link}_${label}.${`com_${label}.`.repeat(16000)}`;
			expect(linked(text)).toEqual([link]);
			expect(linked(text, true)).toEqual([link]);
		}
	});

	it("a Punycode host with thousands of labels but no ASCII domain is no link; the next one is", () => {
		const { text, links } = built("https://xn--a.", "b.".repeat(16000), "日.com ", { link: "https://xn--a.b.com" });
		expect(linked(text, true)).toEqual(links);
	});

	it("the ASCII domain at the end of hosts with a thousand labels each", () => {
		const host: Piece[] = [`a.${"b.".repeat(1000)}日.`, { link: "com.io" }, " "];
		const { text, links } = built(...Array.from({ length: 8 }, () => host).flat());
		expect(linked(text)).toEqual(links);
	});

	it("a path of a thousand `(…)` groups is one link, without the full stop after it", () => {
		const { text, links } = built("see ", { link: `x.com/${"(a)".repeat(1300)}` }, ".");
		expect(linked(text)).toEqual(links);
		expect(linked(`x.com/${"(a)".repeat(16000)}`)).toEqual([]); // longer than a link may be
	});
});
