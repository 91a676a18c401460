/**
 * Loads the built plugin exactly as shipped: main.js runs as a classic script that sees CommonJS's `module`,
 * `exports` and `require`, where `require` hands out the Obsidian double and the page's own CodeMirror packages
 * (the same module instances the page's editors use); then the plugin is loaded the way Obsidian does.
 */
import * as cmState from "@codemirror/state";
import * as cmView from "@codemirror/view";
import manifest from "virtual:manifest";

import * as obsidian from "../tests/obsidian/index";
import type { App } from "../tests/obsidian/app";
import { loadPlugin } from "../tests/obsidian/app-factory";

const MODULES: Record<string, unknown> = {
	"obsidian": obsidian,
	"@codemirror/state": cmState,
	"@codemirror/view": cmView,
};

type PluginClass = new (app: never, manifest: never) => { load(): void };

/** The CommonJS names a bundle reads as free variables; present on `window` only while it runs. */
interface CommonJsGlobals {
	module?: { exports: unknown };
	exports?: unknown;
	require?: (id: string) => unknown;
}

/** Runs a CommonJS bundle from `src` with the shimmed `require`; resolves to its exports. */
export function runCommonJs(src: string): Promise<unknown> {
	const g = window as unknown as CommonJsGlobals;
	const module = { exports: {} as unknown };
	g.module = module;
	g.exports = module.exports;
	g.require = (id: string): unknown => {
		if (id in MODULES) return MODULES[id];
		throw new Error(`${src} requires "${id}", which the demo page does not provide.`);
	};
	const cleanUp = () => {
		delete g.module;
		delete g.exports;
		delete g.require;
	};
	return new Promise((resolve, reject) => {
		const script = document.head.createEl("script", { attr: { src } });
		script.addEventListener("load", () => {
			cleanUp();
			resolve(module.exports);
		});
		script.addEventListener("error", () => {
			cleanUp();
			reject(new Error(`${src} could not be loaded`));
		});
	});
}

/** Runs the built main.js and loads the plugin; resolves to the plugin instance once `onload` has finished. */
export async function loadBuiltPlugin(app: App): Promise<unknown> {
	const exports = (await runCommonJs("/main.js")) as { default?: PluginClass } & PluginClass;
	const Plugin = exports.default ?? exports;
	return loadPlugin(app, Plugin, manifest);
}
