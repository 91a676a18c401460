/**
 * The explorer over a generated 20,000-note vault in a real browser: with every group expanded the tree has tens of
 * thousands of rows, yet only the rows in view (plus a small overscan) exist in the DOM wherever it is scrolled,
 * and the rows drawn are the ones under the viewport.
 */
import { afterAll, beforeAll, describe, expect, it, jest } from "@jest/globals";
import { type Demo, type DemoPage, explorerRows, openDemo, startDemo } from "./harness";

// A browser step takes seconds, not milliseconds; this also holds when run beside the unit tests (--projects).
jest.setTimeout(60000);

const NOTES = 20000;
const ROW_HEIGHT = 28;

let demo: Demo;
let view: DemoPage;

beforeAll(async () => {
	demo = await startDemo();
	view = await openDemo(demo, `?generate=${NOTES}`);
}, 90000);

afterAll(async () => {
	await view?.close();
	await demo?.stop();
});

/** Scroll position, viewport height, total height and the drawn rows' index range. */
async function windowState() {
	const state = await view.page.evaluate(() => {
		const scroller = document.querySelector(".article-desk-scroller") as HTMLElement;
		const sizer = document.querySelector(".article-desk-sizer") as HTMLElement;
		const rows = Array.from(scroller.querySelectorAll<HTMLElement>(".article-desk-row"));
		const sizerTop = sizer.getBoundingClientRect().top;
		return {
			scrollTop: scroller.scrollTop,
			height: scroller.clientHeight,
			total: sizer.getBoundingClientRect().height,
			indexes: rows.map((r) => Number(r.dataset.index)),
			// How far the row that belongs at the viewport's top is drawn from its place in the full list (0 = exact).
			firstVisibleOffset: (() => {
				const index = Math.floor(scroller.scrollTop / 28);
				const el = scroller.querySelector(`[data-index="${index}"]`);
				return el ? Math.round(el.getBoundingClientRect().top - sizerTop - index * 28) : null;
			})(),
		};
	});
	return { ...state, first: Math.min(...state.indexes), last: Math.max(...state.indexes) };
}

describe("explorer over a generated 20k-note vault", () => {
	it("loads every generated note", async () => {
		await view.page.locator(".article-desk-row").first().waitFor();
		await expect(view.page.locator(".article-desk-count").textContent()).resolves.toBe(`${NOTES.toLocaleString("en-US")} articles`);
	});

	it("keeps the DOM row count bounded while scrolling through every expanded group", async () => {
		const { page } = view;
		await page.click('.clickable-icon[aria-label="Expand all"]');
		await page.waitForFunction(() => (document.querySelector(".article-desk-sizer") as HTMLElement).getBoundingClientRect().height > 20000 * 28);
		const start = await windowState();
		const totalRows = Math.round(start.total / ROW_HEIGHT);
		expect(totalRows).toBeGreaterThan(NOTES);
		const inView = Math.ceil(start.height / ROW_HEIGHT);
		const bound = inView + 2 * 8 + 1;

		const scrollTo = async (top: number) => {
			await page.evaluate((t) => {
				const scroller = document.querySelector(".article-desk-scroller") as HTMLElement;
				scroller.scrollTop = t;
			}, top);
			await page.waitForFunction((t) => {
				const scroller = document.querySelector(".article-desk-scroller") as HTMLElement;
				const index = Math.floor(Math.min(t, scroller.scrollHeight - scroller.clientHeight) / 28);
				return scroller.querySelector(`[data-index="${index}"]`) !== null;
			}, top);
			return windowState();
		};

		const positions = [0, start.total * 0.25, start.total / 2, start.total * 0.9, start.total];
		for (const top of positions) {
			const state = await scrollTo(top);
			expect(state.indexes.length).toBeLessThanOrEqual(bound);
			// The viewport is fully covered: drawn rows span from above its top to below its bottom.
			expect(state.first).toBeLessThanOrEqual(Math.floor(state.scrollTop / ROW_HEIGHT));
			expect(state.last).toBeGreaterThanOrEqual(Math.min(totalRows - 1, Math.floor((state.scrollTop + state.height) / ROW_HEIGHT) - 1));
			expect(state.firstVisibleOffset).toBe(0);
			expect(await page.locator(".article-desk-row").count()).toBe(state.indexes.length);
		}
		const bottom = await windowState();
		expect(bottom.last).toBe(totalRows - 1);

		// Wheel scrolling, as a user does it, draws the same bounded window.
		await page.hover(".article-desk-scroller");
		for (let i = 0; i < 10; i++) await page.mouse.wheel(0, -2000);
		await page.waitForFunction((prev) => (document.querySelector(".article-desk-scroller") as HTMLElement).scrollTop < prev, bottom.scrollTop);
		const wheeled = await windowState();
		expect(wheeled.indexes.length).toBeLessThanOrEqual(bound);
		expect(wheeled.firstVisibleOffset).toBe(0);
		const rows = await explorerRows(page);
		expect(rows.every((r) => r.label !== "")).toBe(true);
	});

	it("keeps the row at the top of the pane in place when a note is added above it", async () => {
		const { page } = view;
		// Still expanded from the test above; somewhere in the middle, a few pixels into a row.
		const middle = Math.round((await windowState()).total / 2) + 5;
		await page.evaluate((t) => {
			(document.querySelector(".article-desk-scroller") as HTMLElement).scrollTop = t;
		}, middle);
		const atTop = () =>
			page.evaluate(() => {
				const scroller = document.querySelector(".article-desk-scroller") as HTMLElement;
				const box = scroller.getBoundingClientRect();
				const row = document.elementFromPoint(box.left + 40, box.top + 1)?.closest<HTMLElement>(".article-desk-row");
				return { path: row?.dataset.path ?? row?.textContent ?? null, top: row ? Math.round(row.getBoundingClientRect().top - box.top) : null };
			});
		// The window is redrawn on the scroll event, a frame later: wait until the row at that position is drawn.
		await page.waitForFunction((t) => {
			const scroller = document.querySelector(".article-desk-scroller") as HTMLElement;
			return scroller.scrollTop === t && scroller.querySelector(`[data-index="${Math.floor(t / 28)}"]`) !== null;
		}, middle);
		const before = await atTop();
		expect(before.path).not.toBeNull();
		// A note whose tags are one string is listed under "Metadata problems", the tree's first group: rows appear above.
		const sizeBefore = (await windowState()).total;
		await page.evaluate(() =>
			window.articleDesk!.app.vault.create("Broken tags.md", '---\ntags: "alpha, beta"\n---\nA note.\n'),
		);
		await page.waitForFunction((size) => (document.querySelector(".article-desk-sizer") as HTMLElement).getBoundingClientRect().height > size, sizeBefore);
		await expect(page.locator(".article-desk-count").textContent()).resolves.toBe(`${(NOTES + 1).toLocaleString("en-US")} articles`);
		expect(await atTop()).toEqual(before);
		expect((await windowState()).scrollTop).toBeGreaterThan(middle);
	});

	it("filters 20k notes and collapses back to the top-level groups", async () => {
		const { page } = view;
		await page.locator(".article-desk-filter input").fill("#pricing/numbers");
		const text = (await page.locator(".article-desk-count").textContent()) ?? "";
		const matching = Number(/^([\d,]+) matching$/.exec(text)?.[1].replace(/,/g, ""));
		expect(matching).toBeGreaterThan(0);
		expect(matching).toBeLessThan(NOTES);
		// A new query is shown from the top of its matches.
		expect((await windowState()).scrollTop).toBe(0);
		await page.locator(".article-desk-filter input").fill("");
		await page.click('.clickable-icon[aria-label="Collapse all"]');
		const rows = await explorerRows(page);
		expect(rows.every((r) => r.level === 1 && r.kind === "group")).toBe(true);
		expect(view.errors).toEqual([]);
	});
});
