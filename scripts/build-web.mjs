// Bundles the browser demo (web/main.ts: the Obsidian double, CodeMirror and the example vault's text) into
// artifacts/web/app.js. The plugin itself is not bundled here: the page loads the built main.js at run time.
import esbuild from "esbuild";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const VAULT = join(root, "examples/vault");

/** The vault's text files by vault path, dot-files and dot-folders skipped as Obsidian does. */
function snapshot(dir, rel = "", out = {}) {
	for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
		if (entry.name.startsWith(".")) continue;
		const path = rel ? `${rel}/${entry.name}` : entry.name;
		if (entry.isDirectory()) snapshot(join(dir, entry.name), path, out);
		else out[path.normalize("NFC")] = readFileSync(join(dir, entry.name), "utf8");
	}
	return out;
}

/** `virtual:example-vault` is the vault snapshot as JSON, `virtual:manifest` the plugin's manifest; `fs` and `path` (only the double's readFolder uses them) throw. */
const webModules = {
	name: "web-modules",
	setup(build) {
		build.onResolve({ filter: /^virtual:example-vault$/ }, (args) => ({ path: args.path, namespace: "vault" }));
		build.onLoad({ filter: /.*/, namespace: "vault" }, () => ({ contents: JSON.stringify(snapshot(VAULT)), loader: "json" }));
		build.onResolve({ filter: /^virtual:manifest$/ }, () => ({ path: join(root, "manifest.json") }));
		build.onResolve({ filter: /^(fs|path|node:fs|node:path)$/ }, (args) => ({ path: args.path, namespace: "no-node" }));
		build.onLoad({ filter: /.*/, namespace: "no-node" }, () => ({
			contents: "const none = () => { throw new Error('No file system in the browser demo.'); };\n" +
				"export const readdirSync = none, readFileSync = none, join = none;\n",
			loader: "js",
		}));
	},
};

const result = await esbuild.build({
	entryPoints: [join(root, "web/main.ts")],
	outfile: join(root, "artifacts/web/app.js"),
	bundle: true,
	format: "iife",
	platform: "browser",
	target: "es2022",
	sourcemap: "linked",
	plugins: [webModules],
	logLevel: "warning",
	metafile: true,
});
const bytes = Object.values(result.metafile.outputs).reduce((sum, o) => sum + o.bytes, 0);
console.log(`build-web: artifacts/web/app.js (${Math.round(bytes / 1024)} KB with its source map)`);
