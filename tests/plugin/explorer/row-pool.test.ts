/**
 * The explorer's row pool: a redraw keeps the element of every row still in view that shows the same thing, and the
 * window it leaves is exactly what drawing every row afresh gives (same elements in the same order, same markup).
 */
import type { Article } from "../../../src/core/articles/types";
import type { GroupNode, Row } from "../../../src/core/explorer";
import { DEFAULT_SETTINGS } from "../../../src/core/settings";
import { renderRow, RowPool, type RowContext } from "../../../src/plugin/explorer/row-renderer";

const note = (path: string, title: string, pubDate: string | null = "2025-03-01", problems: Article["problems"] = []): Article => ({
	path,
	basename: path.replace(/\.md$/, ""),
	title,
	types: ["post"],
	tags: [],
	frontmatterTags: [],
	pubDate,
	pubTime: pubDate ? Date.parse(pubDate) : null,
	mtime: 0,
	problems,
});

const group = (id: string, label: string, count: number, depth = 0): GroupNode => ({ id, kind: "tag", key: id, label, count, depth, hasChildren: true });

/** 60 rows: a group, its 20 notes, another group, its notes, and so on. */
function tree(articles: Map<string, Article>): Row[] {
	const rows: Row[] = [];
	for (let g = 0; g < 3; g++) {
		const node = group(`tag:g${g}`, `Group ${g}`, 19);
		rows.push({ type: "group", group: node, expanded: true });
		for (let n = 0; n < 19; n++) {
			const path = `g${g}/n${n}.md`;
			articles.set(path, note(path, `Note ${g}.${n}`));
			rows.push({ type: "note", path, depth: 1, parentId: node.id });
		}
	}
	return rows;
}

/** An element's markup with each class list sorted: a kept row may gain `is-selected` after its other classes. */
function markup(el: Element): string {
	const copy = el.cloneNode(true) as Element;
	for (const e of [copy, ...copy.querySelectorAll("[class]")]) e.setAttribute("class", [...e.classList].sort().join(" "));
	return copy.outerHTML;
}

/** What one window shows when every row is drawn afresh: the markup to compare the pool's window with. */
function fresh(rows: readonly Row[], start: number, selected: number, ctx: RowContext, sets: [number, number][]): string[] {
	const parent = document.createElement("div");
	rows.forEach((row, i) => renderRow(parent, row, start + i, start + i === selected, ctx, sets[i]));
	return [...parent.children].map(markup);
}

const setsOf = (rows: readonly Row[]): [number, number][] => rows.map((_, i) => [i + 1, rows.length]);

describe("RowPool", () => {
	let articles: Map<string, Article>;
	let rows: Row[];
	let ctx: RowContext;
	let parent: HTMLElement;
	let pool: RowPool;

	/** Draws rows [start, end) with the pool and checks the window against a fresh drawing; returns the elements. */
	function draw(start: number, end: number, selected = -1): HTMLElement[] {
		const window = rows.slice(start, end);
		const sets = setsOf(window);
		pool.draw(parent, window, start, selected, ctx, sets);
		const els = [...parent.children] as HTMLElement[];
		expect(els.map(markup)).toEqual(fresh(window, start, selected, ctx, sets));
		return els;
	}

	beforeEach(() => {
		articles = new Map();
		rows = tree(articles);
		ctx = { articles, active: undefined, settings: { ...DEFAULT_SETTINGS } };
		parent = document.createElement("div");
		pool = new RowPool();
	});

	it("keeps the elements of rows still in view when the window moves, and makes only the new ones", () => {
		const first = draw(0, 30);
		const down = draw(3, 33);
		// rows 3…29 are the same elements, in order; rows 30…32 are new
		expect(down.slice(0, 27)).toEqual(first.slice(3));
		expect(down.slice(27).some((el) => first.includes(el))).toBe(false);
		// up again: the new rows go in front of the kept ones
		const up = draw(1, 31);
		expect(up.slice(2, 30)).toEqual(down.slice(0, 28));
		expect(first.includes(up[0]) || down.includes(up[0])).toBe(false);
		// rows gone from view are out of the DOM
		expect(first[0].isConnected).toBe(false);
	});

	it("moves the selection on kept elements without making them again", () => {
		const before = draw(0, 20, 4);
		const after = draw(0, 20, 5);
		expect(after).toEqual(before);
		expect(after.filter((el) => el.hasClass("is-selected")).map((el) => el.dataset.index)).toEqual(["5"]);
		expect(after[4].getAttr("aria-selected")).toBe("false");
		expect(after[5].getAttr("aria-selected")).toBe("true");
	});

	it("makes again only the row of a changed note, a reopened group, or the note that became or stopped being active", () => {
		const before = draw(0, 20);
		articles.set("g0/n2.md", note("g0/n2.md", "Renamed title"));
		rows[0] = { type: "group", group: rows[0].type === "group" ? rows[0].group : group("x", "x", 0), expanded: false };
		ctx = { ...ctx, active: "g0/n5.md" };
		const after = draw(0, 20);
		const remade = after.map((el, i) => (el === before[i] ? null : i)).filter((i) => i !== null);
		// row 0 the group, row 3 the note g0/n2, row 6 the active note g0/n5
		expect(remade).toEqual([0, 3, 6]);
		expect(after[3].textContent).toContain("Renamed title");
		expect(after[6].querySelector(".is-active")).not.toBeNull();
		ctx = { ...ctx, active: undefined };
		const again = draw(0, 20);
		expect(again.map((el, i) => (el === after[i] ? null : i)).filter((i) => i !== null)).toEqual([6]);
	});

	it("draws every row again when the settings change", () => {
		const before = draw(0, 10);
		ctx = { ...ctx, settings: { ...ctx.settings, dateFormat: "yyyy-MM-dd" } };
		const after = draw(0, 10);
		expect(after.some((el) => before.includes(el))).toBe(false);
		expect(after[1].textContent).toContain("2025-03-01");
	});

	it("draws note rows again at midnight when dates are relative", () => {
		jest.useFakeTimers({ now: new Date(2025, 2, 3, 23, 59) });
		try {
			ctx = { ...ctx, settings: { ...ctx.settings, relativeDates: true } };
			const before = draw(0, 5);
			expect(before[1].textContent).toContain("2 days ago");
			jest.setSystemTime(new Date(2025, 2, 4, 0, 1));
			const after = draw(0, 5);
			expect(after[1].textContent).toContain("3 days ago");
			expect(after.some((el) => before.includes(el))).toBe(false);
		} finally {
			jest.useRealTimers();
		}
	});

	it("draws two rows with the same identity apart, and leaves neither behind when they go", () => {
		rows = [rows[0], rows[1], rows[1], rows[2]];
		const els = draw(0, 4);
		expect(new Set(els).size).toBe(4);
		rows = tree(articles).slice(30, 40);
		draw(0, 10);
		expect(parent.children.length).toBe(10);
		expect(els.some((el) => el.isConnected)).toBe(false);
	});

	it("matches a fresh drawing over a long run of random windows, selections and edits", () => {
		let seed = 7;
		const next = (n: number) => {
			seed = (seed * 1103515245 + 12345) % 2147483648;
			return seed % n;
		};
		for (let step = 0; step < 120; step++) {
			const kind = next(5);
			if (kind === 0) {
				const path = `g${next(3)}/n${next(19)}.md`;
				articles.set(path, note(path, `Edited ${step}`, next(2) ? "2024-01-01" : null, next(2) ? [{ code: "bad-date", message: "pubDate: x is not a date" }] : []));
			} else if (kind === 1) {
				ctx = { ...ctx, active: `g${next(3)}/n${next(19)}.md` };
			}
			const start = next(40);
			draw(start, start + 5 + next(20), next(60));
		}
	});
});
