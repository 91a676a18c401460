/** @jest-environment node */
import { matchingPaths, parseFilter, type ParsedFilter } from "../../../src/core/explorer/filter";
import { allRows, ExplorerModel } from "../../../src/core/explorer/explorer-model";
import { DEFAULT_EXPLORER_OPTIONS, EmptyReason } from "../../../src/core/explorer/types";
import { art, idCounts, indexOf, modelOf, SAMPLE, short } from "./fixtures";

describe("parseFilter", () => {
	it.each<[string, Partial<ParsedFilter>]>([
		["", {}],
		["   ", {}],
		["Alpha beta", { words: ["alpha", "beta"] }],
		["#Sales", { tags: ["sales"] }],
		["#sales/objections/", { tags: ["sales/objections"] }],
		["-#sales", { notTags: ["sales"] }],
		["type:Post", { types: ["post"] }],
		["TYPE:post", { types: ["post"] }],
		['type:"Case Study"', { types: ["case study"] }],
		['"key line" x', { words: ["key line", "x"] }],
		['"-#not-a-token"', { words: ["-#not-a-token"] }],
		["café", { words: ["cafe"] }],
		["# -# type:", {}], // half-typed tokens narrow nothing
		["#a #a word word", { tags: ["a"], words: ["word"] }],
		["x #a -#b type:c", { words: ["x"], tags: ["a"], notTags: ["b"], types: ["c"] }],
		["-Draft", { notWords: ["draft"] }],
		['-"Cold call" -TYPE:Podcast', { notWords: ["cold call"], notTypes: ["podcast"] }],
		['-type:"Case Study"', { notTypes: ["case study"] }],
		['-#"sales"', { notTags: ["sales"] }],
		["e-mail -", { words: ["e-mail"] }], // a hyphen inside a word is the word's; a lone one, half-typed
		["- -type: -#", {}],
		['-"half typed', { notWords: ["half typed"] }],
		["--x", { notWords: ["-x"] }],
		// Obsidian's search syntax for tags
		["tag:Sales TAG:#coaching", { tags: ["sales", "coaching"] }],
		["-tag:sales/objections", { notTags: ["sales/objections"] }],
		['tag:"sales" -tag:#"cold"', { tags: ["sales"], notTags: ["cold"] }],
		["tag: -tag:#", {}],
	])("%j", (text, expected) => {
		expect(parseFilter(text)).toEqual({ words: [], tags: [], notTags: [], types: [], notWords: [], notTypes: [], ...expected });
	});
});

describe("matchingPaths on the sample", () => {
	const index = indexOf(SAMPLE);

	it.each<[string, string[] | null]>([
		["", null],
		["#", null],
		["alpha", ["a"]],
		["ALPHA", ["a"]],
		["eta", ["b", "f", "g", "h"]], // Beta, Zeta, Eta, Theta
		["objections", ["b", "c"]], // matches tag text
		["newsletter", ["c", "f", "h"]], // matches type text
		["zeta tag2", ["f"]], // every word must match
		["zeta sales", []],
		["#sales", ["a", "b", "c"]], // nested tags included
		["#SALES/Objections", ["b", "c"]],
		["#sal", []], // a tag token is a whole tag, not a prefix
		["#nope", []],
		["-#sales", ["d", "e", "f", "g", "h"]],
		["-#marketing -#sales", ["e", "f", "g"]],
		["type:post", ["a", "b", "e", "h"]],
		["type:post type:newsletter", ["a", "b", "c", "e", "f", "h"]], // any of the types
		["#sales type:newsletter", ["c"]],
		["#sales #marketing", []], // all tags must hold
		["#marketing -#marketing/email", ["d"]],
		["type:post -#sales", ["e", "h"]],
		["type:post theta", ["h"]],
		["#sales -#sales/objections alpha", ["a"]],
		["-eta", ["a", "c", "d", "e"]], // Beta, Zeta, Eta, Theta dropped
		["-newsletter", ["a", "b", "d", "e", "g"]], // by type text too
		["-objections #sales", ["a"]], // by tag text
		["-type:post", ["c", "d", "f", "g"]],
		["-type:post -type:newsletter", ["d", "g"]],
		["type:newsletter -type:post", ["c", "f"]],
		["eta -theta", ["b", "f", "g"]],
		["-zz", ["a", "b", "c", "d", "e", "f", "g", "h"]],
	])("%j", (text, expected) => {
		const got = matchingPaths(index, parseFilter(text));
		expect(got === null ? null : short([...got].sort())).toEqual(expected);
	});

	it("matches quoted types and accents", () => {
		const idx = indexOf([
			art("1.md", { title: "Café au lait", types: ["Case Study"] }),
			art("2.md", { title: "Cafeteria", types: ["case"] }),
		]);
		expect([...matchingPaths(idx, parseFilter('type:"case study"'))!]).toEqual(["1.md"]);
		expect([...matchingPaths(idx, parseFilter("type:case"))!]).toEqual(["2.md"]);
		expect([...matchingPaths(idx, parseFilter("café"))!].sort()).toEqual(["1.md", "2.md"]);
		expect([...matchingPaths(idx, parseFilter('"cafe au"'))!]).toEqual(["1.md"]);
	});
});

describe("the model under a filter", () => {
	it("hides groups with no match and recounts the rest", () => {
		const m = modelOf();
		m.setFilter("type:newsletter");
		expect(m.noteCount).toBe(3);
		expect(idCounts(m.topGroups())).toEqual([
			["tag:marketing", 1],
			["tag:sales", 1],
			["tag:tag2", 1],
			["tag:tag10", 1],
		]);
		expect(idCounts(m.childGroups("tag:sales"))).toEqual([["tag:sales/objections", 1]]);
		expect(short(m.notesOf("tag:sales"))).toEqual(["c"]);
		expect(m.emptyReason).toBeNull();
	});

	it("narrows every mode", () => {
		const m = modelOf({ mode: "date" });
		m.setFilter("type:post");
		expect(idCounts(m.topGroups())).toEqual([
			["date:2025", 2],
			["date:2023", 1],
			["none:nodate", 1],
		]);
		m.setOptions({ mode: "type-tag" });
		expect(idCounts(m.topGroups())).toEqual([
			["type:newsletter", 1], // h is both a post and a newsletter
			["type:post", 4],
		]);
		m.setFilter("type:post -#sales");
		expect(idCounts(m.childGroups("type:post"))).toEqual([
			["type:post>tag:marketing", 1],
			["type:post>none:untagged", 1],
		]);
	});

	it("says when nothing matches, and comes back when the filter is cleared", () => {
		const m = modelOf();
		m.setFilter("#nope");
		expect(m.topGroups()).toEqual([]);
		expect(allRows(m, new Set())).toEqual([]);
		expect(m.noteCount).toBe(0);
		expect(m.emptyReason).toBe(EmptyReason.noMatch);
		m.setFilter("");
		expect(m.noteCount).toBe(8);
		expect(m.topGroups()).toHaveLength(5);
		expect(m.emptyReason).toBeNull();
		expect(modelOf({}, []).emptyReason).toBe(EmptyReason.noNotes);
	});

	it("typing on narrows the previous matches, and stays right when the index changed in between", () => {
		const index = indexOf(SAMPLE);
		const m = new ExplorerModel(index, DEFAULT_EXPLORER_OPTIONS);
		const seen: number[] = [];
		for (const text of ["t", "th", "the", "thet", "theta"]) {
			m.setFilter(text);
			seen.push(m.noteCount);
		}
		expect(seen).toEqual([8, 1, 1, 1, 1]); // every haystack has a "t" (post, objections, marketing, tag…); "th" only Theta
		m.setFilter("al");
		expect(short([...allRows(m, new Set(["tag:sales"]))].flatMap((r) => (r.type === "note" ? [r.path] : [])))).toEqual(["a", "b", "c"]); // "al" is in "sales"
		m.setFilter("alp");
		index.upsert(art("new.md", { title: "Alpine", tags: ["sales"] }));
		expect(m.noteCount).toBe(2);
		expect(short(m.notesOf("tag:sales"))).toEqual(["a", "new"]);
	});

	it("keeps an exclusion right through edits and while the excluded word is typed", () => {
		const index = indexOf(SAMPLE);
		const m = new ExplorerModel(index, DEFAULT_EXPLORER_OPTIONS);
		const seen: number[] = [];
		for (const text of ["-", "-t", "-th", "-the"]) {
			m.setFilter(text);
			seen.push(m.noteCount);
		}
		expect(seen).toEqual([8, 0, 7, 7]); // every haystack has a "t"; only Theta has "th"
		index.upsert(art("a.md", { title: "Alpha the second", tags: ["sales"], types: ["post"] }));
		expect(short(m.notesOf("tag:sales"))).toEqual(["b", "c"]);
		index.upsert(art("h.md", { title: "Eight", tags: ["marketing/email"] }));
		expect(short(m.notesOf("tag:marketing"))).toEqual(["d", "h"]);
		m.setFilter("-type:post");
		expect(m.noteCount).toBe(5); // c d f g, and h, no longer a post
		index.upsert(art("d.md", { title: "Delta", tags: ["marketing"], types: ["Post"] }));
		expect(short(m.notesOf("tag:marketing"))).toEqual(["h"]);
	});

	it("narrows only from the matches of the filter they were computed for", () => {
		const m = modelOf();
		m.setFilter("tag");
		expect(m.noteCount).toBe(1); // Zeta, by its tags
		m.setFilter("t"); // not read: its matches are never computed
		m.setFilter("ta"); // refines "t", but must not be searched among the matches of "tag"
		expect(short(allRows(m, new Set()).length ? [...matchingPaths(m.index, parseFilter("ta"))!].sort() : [])).toEqual(["b", "d", "f", "g", "h"]);
		expect(m.noteCount).toBe(5);
	});
});
