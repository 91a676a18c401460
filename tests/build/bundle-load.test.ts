// Loads the built main.js the way Obsidian does: as a CommonJS module whose `require("obsidian")` is the app's API
// (here the test double), taking the plugin class from its exports (`default`, else the exports themselves).
import { resolve } from "node:path";
import { Plugin } from "obsidian";

import { createApp, flushAll, loadPlugin } from "../obsidian/app-factory";

const mainJs = resolve(__dirname, "../../main.js");

describe("main.js, loaded as Obsidian loads it", () => {
	it("exports the plugin class, which loads, indexes a vault and unloads", async () => {
		const exported = require(mainJs) as { default?: typeof Plugin } & typeof Plugin;
		const PluginClass = exported.default ?? exported;
		expect(typeof PluginClass).toBe("function");
		expect(PluginClass.prototype).toBeInstanceOf(Plugin);
		const app = createApp({ files: { "Articles/a.md": "---\ntags: [sales]\ntype: post\n---\nHello.\n", "Articles/b.md": "Plain.\n" } });
		const plugin = (await loadPlugin(app, PluginClass as never)) as unknown as { store: { index: { size: number } }; unload(): void };
		await flushAll(app);
		expect(plugin.store.index.size).toBe(2);
		plugin.unload();
	});
});
