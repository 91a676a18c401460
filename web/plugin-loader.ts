/**
 * Loads the built plugin exactly as shipped: fetches main.js and manifest.json from the server, evaluates main.js
 * as a CommonJS module whose `require` hands out the Obsidian double and the page's CodeMirror packages (the same
 * module instances the page's editors use), then loads it the way Obsidian does.
 */
import type { PluginManifest } from "obsidian";
import * as cmState from "@codemirror/state";
import * as cmView from "@codemirror/view";

import * as obsidian from "../tests/obsidian/index";
import type { App } from "../tests/obsidian/app";
import { loadPlugin } from "../tests/obsidian/app-factory";

const MODULES: Record<string, unknown> = {
	"obsidian": obsidian,
	"@codemirror/state": cmState,
	"@codemirror/view": cmView,
};

type PluginClass = new (app: never, manifest: never) => { load(): void };

/** Evaluates CommonJS source with the shimmed `require`; returns its exports. */
export function evaluateCommonJs(source: string, name: string): unknown {
	const module = { exports: {} as Record<string, unknown> };
	const require = (id: string): unknown => {
		if (id in MODULES) return MODULES[id];
		throw new Error(`${name} requires "${id}", which the demo page does not provide.`);
	};
	// The plugin is a CommonJS bundle, as Obsidian evaluates it; the page is its only host.
	// eslint-disable-next-line @typescript-eslint/no-implied-eval
	const run = new Function("module", "exports", "require", `${source}\n//# sourceURL=${name}`) as (m: unknown, e: unknown, r: unknown) => void;
	run(module, module.exports, require);
	return module.exports;
}

async function fetchText(path: string): Promise<string> {
	const response = await fetch(path, { cache: "no-store" });
	if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
	return response.text();
}

/** Fetches, evaluates and loads the built plugin; resolves to the plugin instance once `onload` has finished. */
export async function loadBuiltPlugin(app: App): Promise<unknown> {
	const [source, manifestText] = await Promise.all([fetchText("/main.js"), fetchText("/manifest.json")]);
	const manifest = JSON.parse(manifestText) as PluginManifest;
	const exports = evaluateCommonJs(source, "main.js") as { default?: PluginClass } & PluginClass;
	const Plugin = exports.default ?? exports;
	return loadPlugin(app, Plugin, manifest);
}
