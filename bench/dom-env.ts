/**
 * A browser-like global scope for the benchmark, which runs the plugin in plain Node: a jsdom window whose DOM
 * classes and globals are copied onto `globalThis`, plus Obsidian's DOM helpers (`createDiv`, `empty`, `setText`…)
 * from the test double. Imported first by `main.ts`, so it is in place before any plugin module runs.
 */
import { JSDOM } from "jsdom";

import { installDomHelpers } from "../tests/obsidian/dom";

// Same clock zone as the tests (tests/setup/global.js), so date groups do not depend on the machine.
process.env.TZ = "UTC";

/** Names Node defines too, whose DOM version the plugin's DOM code needs (events dispatched into jsdom). */
const OVERRIDE = ["window", "document", "Event", "EventTarget", "CustomEvent", "navigator"];

function copyMissing(win: Record<string, unknown>, overrides: readonly string[]): void {
	const g = globalThis as unknown as Record<string, unknown>;
	for (const key of Object.getOwnPropertyNames(win)) {
		if (key in g && !overrides.includes(key)) continue;
		try {
			g[key] = win[key];
		} catch {
			// A few jsdom getters throw outside a browsing context; the plugin does not use them.
		}
	}
}

/** Creates the window and installs everything; returns it. Safe to call once per process. */
export function installDom(): Window & typeof globalThis {
	const dom = new JSDOM("<!doctype html><html><head></head><body></body></html>", { pretendToBeVisual: true, url: "http://localhost/" });
	const win = dom.window as unknown as Window & typeof globalThis;
	const g = globalThis as unknown as Record<string, unknown>;
	g.window = win;
	g.document = win.document;
	copyMissing(win as unknown as Record<string, unknown>, OVERRIDE);
	installDomHelpers(win);
	// installDomHelpers puts createEl, activeDocument… on the window; in Node bare names read globalThis.
	copyMissing(win as unknown as Record<string, unknown>, []);
	return win;
}

installDom();
