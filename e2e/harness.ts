/**
 * Shared set-up for the end-to-end tests: the demo server (scripts/serve-web.mjs on a free port), Debian's Chromium
 * through playwright-core, a page per test with clipboard access and only localhost traffic, and readers for the
 * explorer's rows and the CLI's answers (the explorer and the CLI share one model, so they must agree).
 */
import { afterAll, afterEach, beforeAll, beforeEach, expect } from "@jest/globals";
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";

/** What the demo page exposes on `window` (web/main.ts), as far as the tests use it. */
declare global {
	interface Window {
		articleDesk?: {
			app: { workspace: { getLeavesOfType(type: string): { view: unknown }[] }; vault: { create(path: string, text: string): Promise<unknown> } };
			setDark(dark: boolean): void;
		};
	}
}

/** The repository, and artifacts/ where screenshots go (not committed). */
export const ROOT = join(__dirname, "..");
export const ARTIFACTS = join(ROOT, "artifacts");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
/** A laptop-sized window, so layout (and the virtual list) behaves as on a real screen. */
export const VIEWPORT = { width: 1280, height: 800 };

/** The demo server and a browser, started once per test file. */
export interface Demo {
	url: string;
	browser: Browser;
	stop(): Promise<void>;
}

function startServer(): Promise<{ url: string; child: ChildProcess }> {
	const child = spawn(process.execPath, [join(ROOT, "scripts/serve-web.mjs"), "--port", "0"], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
	return new Promise((resolve, reject) => {
		let out = "";
		const timer = setTimeout(() => reject(new Error(`serve-web did not print its address: ${out}`)), 10000);
		const read = (chunk: Buffer) => {
			out += chunk.toString();
			const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
			if (match) {
				clearTimeout(timer);
				resolve({ url: match[0], child });
			}
		};
		child.stdout?.on("data", read);
		child.stderr?.on("data", read);
		child.on("exit", (code) => reject(new Error(`serve-web exited (${code}): ${out}`)));
	});
}

/** Starts the server and Chromium. */
export async function startDemo(): Promise<Demo> {
	const { url, child } = await startServer();
	const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
	return {
		url,
		browser,
		async stop() {
			await browser.close();
			child.kill("SIGTERM");
		},
	};
}

/** One loaded demo page; `errors` collects uncaught page errors and console errors (a test should end with none). */
export interface DemoPage {
	page: Page;
	context: BrowserContext;
	errors: string[];
	close(): Promise<void>;
}

/** Opens the demo with a query (`?generate=20000`, `?explorer=closed`…) and waits until the plugin has loaded. */
export async function openDemo(demo: Demo, query = ""): Promise<DemoPage> {
	const context = await demo.browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: "en-US" });
	await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: demo.url.replace(/\/$/, "") });
	// Only the demo server may be reached; anything else would be a network request the plugin must never make.
	const origin = new URL(demo.url).origin;
	const errors: string[] = [];
	await context.route("**/*", (route) => {
		if (new URL(route.request().url()).origin === origin) return route.continue();
		errors.push(`blocked request: ${route.request().url()}`);
		return route.abort();
	});
	const page = await context.newPage();
	page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
	page.on("console", (msg) => {
		if (msg.type() === "error") errors.push(`console error: ${msg.text()}`);
	});
	await page.goto(demo.url + query);
	await page.waitForSelector("body[data-ready], body[data-error]", { timeout: 45000 });
	const failed = await page.getAttribute("body", "data-error");
	if (failed) throw new Error(`The demo did not start: ${failed}`);
	return { page, context, errors, close: () => context.close() };
}

/**
 * The set-up of a file whose tests each use a fresh page: one demo server and browser for the file, a page per test
 * opened with `query`, and each test ending with no page or console error. Returns the current test's page.
 */
export function pagePerTest(query: string): () => Page {
	let demo: Demo | undefined;
	let view: DemoPage | undefined;
	beforeAll(async () => {
		demo = await startDemo();
	});
	afterAll(async () => {
		await demo?.stop();
	});
	beforeEach(async () => {
		view = await openDemo(demo!, query);
	});
	afterEach(async () => {
		const errors = view!.errors;
		await view!.close();
		expect(errors).toEqual([]);
	});
	return () => view!.page;
}

/** One drawn explorer row, as a user sees it. */
export interface RowView {
	index: number;
	kind: "group" | "note";
	level: number;
	label: string;
	count: number | null;
	expanded: boolean | null;
	selected: boolean;
	path: string | null;
	/** aria-posinset and aria-setsize: the row's place among its siblings, and their number. */
	set: [number, number];
}

/** The explorer rows currently in the DOM, top to bottom. */
export function explorerRows(page: Page): Promise<RowView[]> {
	return page.$$eval(".article-desk-explorer .article-desk-row", (els) =>
		els.map((el) => {
			const flair = el.querySelector(".tree-item-flair");
			const expanded = el.getAttribute("aria-expanded");
			return {
				index: Number(el.getAttribute("data-index")),
				kind: el.classList.contains("nav-folder") ? ("group" as const) : ("note" as const),
				level: Number(el.getAttribute("aria-level")),
				label: el.querySelector(".tree-item-inner")?.textContent ?? "",
				count: flair ? Number(flair.textContent) : null,
				expanded: expanded === null ? null : expanded === "true",
				selected: el.getAttribute("aria-selected") === "true",
				path: el.getAttribute("data-path"),
				set: [Number(el.getAttribute("aria-posinset")), Number(el.getAttribute("aria-setsize"))] as [number, number],
			};
		}),
	);
}

/** The explorer row with this label (first match), as a locator. */
export function rowByLabel(page: Page, label: string, kind: "group" | "note" = "group") {
	const cls = kind === "group" ? ".nav-folder" : ".nav-file";
	return page.locator(`.article-desk-explorer .article-desk-row${cls}`).filter({ has: page.locator(".tree-item-inner", { hasText: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`) }) }).first();
}

/** The headless CLI's JSON answer, from the same build. */
export function cliJson<T>(args: string[]): T {
	return JSON.parse(execFileSync(process.execPath, [join(ROOT, "dist/cli.js"), ...args, "--json"], { cwd: ROOT, encoding: "utf8" })) as T;
}

/** A group as `explore --json` prints it. */
export interface CliGroup {
	label: string;
	count: number;
	notes: { path: string; title: string }[];
	children: CliGroup[];
}

/** Runs a command through the demo's command palette, as a user would (Ctrl+P, type, Enter). */
export async function runCommand(page: Page, name: string): Promise<void> {
	await page.keyboard.press("Control+p");
	const input = page.locator(".demo-palette .prompt-input");
	await input.fill(name);
	const item = page.locator(".demo-palette .suggestion-item", { hasText: name }).first();
	await item.waitFor();
	await item.click();
	await page.locator(".demo-palette").waitFor({ state: "detached" });
}

/** Saves a screenshot of the page to artifacts/; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
	mkdirSync(ARTIFACTS, { recursive: true });
	const path = join(ARTIFACTS, name);
	await page.screenshot({ path });
	return path;
}

/** The active tab's title and the centre editor's text. */
export async function activeNote(page: Page): Promise<{ tabs: string[]; active: string; text: string }> {
	return page.evaluate(() => {
		const tabs = Array.from(document.querySelectorAll(".workspace-tab-header")).map((t) => t.textContent ?? "");
		const active = document.querySelector(".workspace-tab-header.is-active")?.textContent ?? "";
		const lines = document.querySelectorAll(".mod-root .workspace-leaf.mod-active .cm-content .cm-line");
		const text = Array.from(lines).map((l) => l.textContent ?? "").join("\n");
		return { tabs, active, text };
	});
}
