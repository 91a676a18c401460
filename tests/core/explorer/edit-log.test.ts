/** @jest-environment node */
import { EditLog } from "../../../src/core/explorer/edit-log";
import { matchingPaths, parseFilter } from "../../../src/core/explorer/filter";
import type { FilterMatch } from "../../../src/core/explorer/filter-match";
import { art, indexOf, SAMPLE } from "./fixtures";

/** The sample index with a log that has been started, as a model does after its first build. */
function started() {
	const index = indexOf(SAMPLE);
	const log = new EditLog(index);
	log.restart();
	return { index, log };
}

describe("EditLog", () => {
	it("keeps each edited note's first article since the build, and a renamed note under both paths", () => {
		const { index, log } = started();
		const a0 = index.get("a.md")!;
		const b0 = index.get("b.md")!;
		index.upsert(art("a.md", { title: "Alpha 2" }));
		index.upsert(art("a.md", { title: "Alpha 3" }));
		index.rename("b.md", art("b2.md", { title: "Beta" }));
		index.upsert(art("new.md"));
		index.remove("c.md");
		const changes = log.changes(null)!;
		expect(changes.map((c) => [c.before, c.after?.title])).toEqual([
			[a0, "Alpha 3"],
			[b0, undefined],
			[undefined, "Beta"],
			[undefined, "new"],
			[SAMPLE[2], undefined],
		]);
		// without a filter every version was and is shown (if it exists)
		expect(changes.map((c) => [c.wasShown, c.isShown])).toEqual([
			[true, true],
			[true, false],
			[false, true],
			[false, true],
			[true, false],
		]);
	});

	it("starts empty again on restart", () => {
		const { index, log } = started();
		index.upsert(art("a.md", { title: "Alpha 2" }));
		log.restart();
		expect(log.changes(null)).toEqual([]);
	});

	it("gives the edits up past its limit, or after a rename that replaced a note", () => {
		const { index, log } = started();
		for (let i = 0; i < 40; i++) index.upsert(art(`n${i}.md`));
		expect(log.changes(null)).toBeNull();
		log.restart();
		index.upsert(art("a.md", { title: "Alpha 2" }));
		// renaming onto an existing note replaces it unannounced: the index shrinks by one
		index.rename("b.md", art("c.md", { title: "Beta over Gamma" }));
		expect(log.changes(null)).toBeNull();
	});

	it("re-checks only the changed notes against a filter, telling what it showed before and shows now", () => {
		const { index, log } = started();
		const match = matchingPaths(index, parseFilter("#sales")) as FilterMatch;
		expect([...match].sort()).toEqual(["a.md", "b.md", "c.md"]);
		index.upsert(art("a.md", { title: "Alpha", tags: ["marketing"] }));
		index.upsert(art("d.md", { title: "Delta", tags: ["sales"] }));
		index.upsert(art("e.md", { title: "Epsilon 2" }));
		expect(log.recheck(match, parseFilter("#sales"))).toBe(true);
		expect([...match].sort()).toEqual(["b.md", "c.md", "d.md"]);
		expect(log.changes(match)!.map((c) => [c.wasShown, c.isShown])).toEqual([
			[true, false],
			[false, true],
			[false, false],
		]);
	});

	it("cannot re-check past its limit of changed paths, and then says so", () => {
		const { index, log } = started();
		const match = matchingPaths(index, parseFilter("#sales")) as FilterMatch;
		for (let i = 0; i < 2100; i++) index.upsert(art(`n${i}.md`, { tags: ["sales"] }));
		expect(log.recheck(match, parseFilter("#sales"))).toBe(false);
		log.restart();
		index.upsert(art("n1.md"));
		expect(log.recheck(match, parseFilter("#sales"))).toBe(true);
		expect(match.has("n1.md")).toBe(false);
	});

	it("knows nothing once stopped, even after a restart", () => {
		const { index, log } = started();
		log.stop();
		log.restart();
		index.upsert(art("a.md", { title: "Alpha 2" }));
		expect(log.changes(null)).toBeNull();
		expect(log.recheck(matchingPaths(index, parseFilter("alpha")) as FilterMatch, parseFilter("alpha"))).toBe(false);
	});

	it("knows no changed paths before its first restart", () => {
		const index = indexOf(SAMPLE);
		const log = new EditLog(index);
		index.upsert(art("a.md", { title: "Alpha 2" }));
		expect(log.recheck(matchingPaths(index, parseFilter("alpha")) as FilterMatch, parseFilter("alpha"))).toBe(false);
	});
});
