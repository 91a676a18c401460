// Times the garbled-text body check in Chromium on the demo page over a generated vault: the first start (every note
// read in idle time), then two restarts of the plugin on the same page (answers kept in IndexedDB, no reads), then
// the folder that holds every generated note renamed (each note moves), and a restart after it.
// Usage, after `npm run build && node scripts/build-web.mjs`:
//   node scripts/measure-body-checks.mjs [notes, default 20000]
// Chromium from CHROMIUM_PATH or /usr/bin/chromium (Debian's `chromium` package). Prints one JSON line per start.
// RENAME_WAIT_MS (default 10000): how long the page is left alone after the rename, before the last restart.
import { spawn } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const notes = Number(process.argv[2] ?? 20000);
if (!Number.isInteger(notes) || notes < 1) {
	console.error(`measure-body-checks: not a note count: ${process.argv[2]}`);
	process.exit(2);
}

const server = spawn(process.execPath, [join(root, "scripts/serve-web.mjs"), "--port", "0"], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
const url = await new Promise((resolve, reject) => {
	let out = "";
	const read = (chunk) => {
		out += chunk;
		const match = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
		if (match) resolve(match[0]);
	};
	server.stdout.on("data", read);
	server.stderr.on("data", read);
	server.on("exit", (code) => reject(new Error(`serve-web exited (${code}): ${out}`)));
});
const browser = await chromium.launch({
	executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
	args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});

try {
	const page = await (await browser.newContext()).newPage();
	await page.goto(`${url}?generate=${notes}&explorer=closed`);
	await page.waitForSelector("body[data-ready], body[data-error]", { timeout: 600000 });
	for (const start of ["first", "restart", "restart", "rename", "restart"]) {
		const result = await page.evaluate(async (start) => {
			const handle = window.articleDesk;
			const vault = handle.app.vault;
			const read = vault.cachedRead;
			let reads = 0;
			vault.cachedRead = (file) => {
				reads++;
				return read.call(vault, file);
			};
			let plugin = handle.plugin;
			const since = performance.now();
			let moved;
			if (start === "rename") {
				moved = vault.getMarkdownFiles().filter((f) => f.path.startsWith("Generated/")).length;
				await vault.rename(vault.getFolderByPath("Generated"), "Renamed");
			}
			if (start === "restart") {
				// As Obsidian disables and enables a plugin: the old instance unloads, a new one of its class loads.
				plugin.unload();
				plugin = new plugin.constructor(handle.app, plugin.manifest);
				plugin.load();
				await plugin._loading;
				handle.plugin = plugin;
			}
			await plugin.store.bodiesChecked();
			vault.cachedRead = read;
			// The first start began before this page script could count: its reads are those since the page was ready.
			return { reads, ms: Math.round(performance.now() - since), ...(moved === undefined ? {} : { moved }) };
		}, start);
		console.log(JSON.stringify({ notes, start, ...result }));
		// Lets the last answers reach IndexedDB (written once a second, or on unload); moved records after a rename
		// are looked up first, so that step waits longer.
		await page.waitForTimeout(start === "rename" ? Number(process.env.RENAME_WAIT_MS ?? 10000) : 1500);
	}
} finally {
	await browser.close();
	server.kill();
}
