import { TreeView } from "../../../src/plugin/explorer/explorer-view";
import { openExplorer, type Explorer } from "./harness";

const ROW_HEIGHT = TreeView.rowHeight;

/** 20,000 generated notes: 40 topics with 3 sub-topics each, 5 types, dates over ten years. */
function generatedVault(count: number): Record<string, string> {
	const files: Record<string, string> = {};
	for (let i = 0; i < count; i++) {
		const topic = `topic${i % 40}`;
		const date = `${2015 + (i % 10)}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`;
		files[`Notes/${Math.floor(i / 1000)}/Note ${i}.md`] = `---\ntags: [${topic}, ${topic}/sub${i % 3}]\ntype: kind${i % 5}\npubDate: ${date}\n---\nText ${i}.\n`;
	}
	return files;
}

const OVERSCAN = 8;
let ex: Explorer;

beforeAll(async () => {
	ex = await openExplorer({ files: generatedVault(20000) });
}, 120000);

afterAll(async () => {
	await ex.app.dispose();
});

/** Rows that can show in a viewport (one more when scrolled mid-row), plus the overscan on both sides. */
function maxRows(viewport: number): number {
	return Math.ceil(viewport / ROW_HEIGHT) + 2 * OVERSCAN + 1;
}

function drawnIndexes(): number[] {
	return ex.ui.rowEls().map((el) => Number(el.getAttribute("data-index")));
}

it("loads all 20,000 notes", () => {
	expect(ex.ui.count()).toBe("20,000 articles");
	expect(ex.view.visibleRows).toHaveLength(40);
	// Even 40 collapsed groups are more than a 600 px pane shows: 23 in view + 8 overscan below.
	expect(ex.ui.rowEls()).toHaveLength(31);
});

it.each([560, 0])("draws only the rows that fit after Expand all (viewport %i px; 0 = not laid out yet)", (viewport) => {
	ex.ui.setViewportHeight(viewport);
	ex.ui.scrollTo(0);
	ex.ui.headerButton("Expand all").click();
	const total = ex.view.visibleRows.length;
	// Each note is listed under its topic and its sub-topic: 2 × 20,000 notes plus 40 + 120 groups.
	expect(total).toBe(40160);
	const shown = viewport || 600;
	expect(ex.ui.rowEls().length).toBeLessThanOrEqual(maxRows(shown));
	expect(drawnIndexes()[0]).toBe(0);
	const sizer = ex.ui.root.querySelector<HTMLElement>(".article-desk-sizer")!;
	expect(sizer.style.getPropertyValue("--article-desk-total-height")).toBe(`${total * ROW_HEIGHT}px`);
	ex.ui.headerButton("Collapse all").click();
});

it("changes which rows exist when scrolling, without growing their number", () => {
	ex.ui.setViewportHeight(560);
	ex.ui.scrollTo(0);
	ex.ui.headerButton("Expand all").click();
	const limit = 560 / ROW_HEIGHT + 2 * OVERSCAN + 1;
	const seen = new Set<string>();
	for (const row of [0, 500, 12345, 30000, 40159]) {
		ex.ui.scrollTo(row * ROW_HEIGHT);
		const indexes = drawnIndexes();
		expect(indexes.length).toBeLessThanOrEqual(limit);
		// Consecutive rows around the scroll position, the one at the top of the viewport included.
		expect(indexes).toEqual(Array.from({ length: indexes.length }, (_, k) => indexes[0] + k));
		expect(indexes).toContain(Math.min(row, 40160 - 560 / ROW_HEIGHT));
		seen.add(indexes.join(","));
		const offset = ex.ui.root.querySelector<HTMLElement>(".article-desk-window")!.style.getPropertyValue("--article-desk-offset");
		expect(offset).toBe(`${indexes[0] * ROW_HEIGHT}px`);
	}
	expect(seen.size).toBe(5);
	expect(drawnIndexes().at(-1)).toBe(40159);
});

it("fills a pane that grows taller when Obsidian reports the resize", () => {
	ex.ui.setViewportHeight(0);
	ex.ui.scrollTo(0);
	ex.ui.headerButton("Expand all").click();
	expect(drawnIndexes().at(-1)).toBe(30);
	ex.ui.setViewportHeight(1400);
	ex.view.onResize();
	// 50 rows fill 1400 px; the window must reach past them (plus the overscan), and no further.
	expect(drawnIndexes().at(-1)).toBe(50 + 1 + OVERSCAN - 1);
	expect(ex.ui.rowEls().length).toBeLessThanOrEqual(maxRows(1400));
});

it("tells assistive technology each drawn row's place among all its siblings, not only among the drawn rows", () => {
	ex.ui.setViewportHeight(560);
	ex.ui.scrollTo(0);
	ex.ui.headerButton("Expand all").click();
	const rows = ex.view.visibleRows;
	const depth = (i: number) => {
		const r = rows[i];
		return r.type === "group" ? r.group.depth : r.depth;
	};
	// the rows under one parent (or the top level) that are as deep as row i, in order: its siblings
	const siblingsOf = (i: number): number[] => {
		let first = i;
		while (first > 0 && depth(first - 1) >= depth(i)) first--;
		let last = i;
		while (last + 1 < rows.length && depth(last + 1) >= depth(i)) last++;
		const out: number[] = [];
		for (let j = first; j <= last; j++) if (depth(j) === depth(i)) out.push(j);
		return out;
	};
	for (const row of [0, 12345, 40159]) {
		ex.ui.scrollTo(row * ROW_HEIGHT);
		const drawn = ex.ui.rowEls();
		expect(drawn.length).toBeLessThanOrEqual(maxRows(560));
		for (const el of drawn) {
			const same = siblingsOf(Number(el.getAttribute("data-index")));
			expect([el.getAttribute("aria-posinset"), el.getAttribute("aria-setsize")]).toEqual([String(same.indexOf(Number(el.getAttribute("data-index"))) + 1), String(same.length)]);
		}
	}
	// 40 topics; a topic's 3 sub-topics then its 500 notes; a sub-topic's 166 or 167 notes
	const sizes = new Set(rows.map((_r, i) => siblingsOf(i).length));
	expect([...sizes].sort((a, b) => a - b)).toEqual([40, 166, 167, 503]);
	ex.ui.headerButton("Collapse all").click();
});
