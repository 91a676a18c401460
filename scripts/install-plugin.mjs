// Copies the built plugin (main.js, manifest.json, styles.css) into a vault's plugin folder.
// Usage: npm run install-plugin -- <vault-path> [--config-dir .obsidian]
import { copyFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const args = process.argv.slice(2);
let configDir = ".obsidian";
const positional = [];
for (let i = 0; i < args.length; i++) {
	if (args[i] === "--config-dir") configDir = args[++i];
	else if (args[i].startsWith("--config-dir=")) configDir = args[i].slice("--config-dir=".length);
	else if (args[i].startsWith("--")) fail(`unknown flag ${args[i]}`);
	else positional.push(args[i]);
}
if (positional.length !== 1) fail("usage: npm run install-plugin -- <vault-path> [--config-dir .obsidian]");
if (!configDir) fail("--config-dir needs a value");

const vault = resolve(positional[0]);
if (!existsSync(vault) || !statSync(vault).isDirectory()) fail(`no such vault folder: ${vault}`);
const files = ["main.js", "manifest.json", "styles.css"];
for (const f of files) if (!existsSync(f)) fail(`${f} is missing; run npm run build first`);

const target = join(vault, configDir, "plugins", "article-desk");
mkdirSync(target, { recursive: true });
for (const f of files) copyFileSync(f, join(target, f));
console.log(`Installed Article Desk into ${target}. In Obsidian: Settings → Community plugins → enable Article Desk.`);

function fail(message) {
	console.error(`install-plugin: ${message}`);
	process.exit(2);
}
