/** @jest-environment node */
/**
 * A scan of every source file: no code from strings (`eval`, `new Function`), no network access (the plugin and the
 * CLI are offline by design), and no HTML parsing of text (`innerHTML` and friends), so a note can never become
 * markup or a request.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const SRC = join(__dirname, "../../src");

/** What is forbidden, each with a line that must trip it (so a broken pattern cannot pass silently). */
const FORBIDDEN: Array<[string, RegExp, string]> = [
	["eval", /\beval\s*\(/, "const x = eval(code);"],
	["new Function", /\bnew\s+Function\b/, "const f = new Function('a', 'return a');"],
	["Function constructor call", /(?:^|[^.\w])Function\s*\(/, "const f = Function('return 1');"],
	["string timer", /\bset(?:Timeout|Interval)\s*\(\s*["'`]/, "window.setTimeout('alert(1)', 10);"],
	["fetch", /\bfetch\s*\(/, "await fetch(url);"],
	["XMLHttpRequest", /\bXMLHttpRequest\b/, "new XMLHttpRequest();"],
	["requestUrl", /\brequestUrl\b/, "await requestUrl({ url });"],
	["Obsidian's request", /import\s*\{[^}]*\brequest\b[^}]*\}\s*from\s*["']obsidian["']/, 'import { Notice, request } from "obsidian";'],
	["WebSocket", /\bWebSocket\b/, "new WebSocket(url);"],
	["EventSource", /\bEventSource\b/, "new EventSource(url);"],
	["sendBeacon", /\bsendBeacon\b/, "navigator.sendBeacon(url, data);"],
	["Node network modules", /["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns|child_process)["']/, 'import * as https from "node:https";'],
	["innerHTML", /\binnerHTML\b/, "el.innerHTML = text;"],
	["outerHTML", /\bouterHTML\b/, "el.outerHTML = text;"],
	["insertAdjacentHTML", /\binsertAdjacentHTML\b/, "el.insertAdjacentHTML('beforeend', text);"],
	["document.write", /\bdocument\.write(?:ln)?\s*\(/, "document.write(text);"],
	["createContextualFragment", /\bcreateContextualFragment\b/, "range.createContextualFragment(text);"],
];

function sourceFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.(?:ts|tsx|js|mjs|cjs)$/.test(entry.name) ? [full] : [];
	});
}

const FILES = sourceFiles(SRC);

it("finds the source files (core, plugin and CLI)", () => {
	const rel = FILES.map((f) => relative(SRC, f).split("\\").join("/"));
	expect(rel).toEqual(expect.arrayContaining(["main.ts", "cli/main.ts", "core/snippets/clean.ts", "plugin/explorer/row-renderer.ts"]));
	expect(FILES.length).toBeGreaterThan(50);
});

describe.each(FORBIDDEN)("no %s", (_name, pattern, sample) => {
	it("is caught by the scan when present", () => {
		expect(pattern.test(sample)).toBe(true);
	});

	it("appears in no source file", () => {
		const hits = FILES.flatMap((file) =>
			readFileSync(file, "utf8")
				.split("\n")
				.flatMap((line, i) => (pattern.test(line) ? [`${relative(SRC, file)}:${i + 1}: ${line.trim()}`] : [])),
		);
		expect(hits).toEqual([]);
	});
});
