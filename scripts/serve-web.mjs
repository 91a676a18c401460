// Serves the browser demo (web/index.html, the web bundle, the built main.js and styles.css) on 127.0.0.1 only.
// Usage: node scripts/serve-web.mjs [--port N]   (or PORT=N; default 5178; 0 picks a free port). Prints the URL.
import { createServer } from "node:http";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const DEFAULT_PORT = 5178;

/** Every address the page needs, and where its file lives; nothing else is served. */
const routes = {
	"/": ["web/index.html", "text/html; charset=utf-8"],
	"/index.html": ["web/index.html", "text/html; charset=utf-8"],
	"/app.js": ["artifacts/web/app.js", "text/javascript; charset=utf-8"],
	"/app.js.map": ["artifacts/web/app.js.map", "application/json; charset=utf-8"],
	"/main.js": ["main.js", "text/javascript; charset=utf-8"],
	"/styles.css": ["styles.css", "text/css; charset=utf-8"],
	"/web/obsidian-theme.css": ["web/obsidian-theme.css", "text/css; charset=utf-8"],
	"/web/workspace.css": ["web/workspace.css", "text/css; charset=utf-8"],
};

function parsePort(argv, env) {
	const i = argv.indexOf("--port");
	const raw = i >= 0 ? argv[i + 1] : (argv.find((a) => a.startsWith("--port="))?.slice(7) ?? env.PORT);
	if (raw === undefined || raw === "") return DEFAULT_PORT;
	const port = Number(raw);
	if (!Number.isInteger(port) || port < 0 || port > 65535) {
		console.error(`serve-web: not a port number: ${raw}`);
		process.exit(2);
	}
	return port;
}

const port = parsePort(process.argv.slice(2), process.env);
for (const needed of ["main.js", "artifacts/web/app.js"]) {
	if (!existsSync(join(root, needed))) {
		console.error(`serve-web: ${needed} is missing; run \`npm run build && node scripts/build-web.mjs\` first.`);
		process.exit(1);
	}
}

const server = createServer((req, res) => {
	const path = new URL(req.url ?? "/", "http://localhost").pathname;
	const route = routes[path];
	if (!route || (req.method !== "GET" && req.method !== "HEAD")) {
		res.writeHead(404, { "content-type": "text/plain" }).end("Not found");
		return;
	}
	let body;
	try {
		// Read on every request, so a rebuilt main.js or an edited stylesheet shows on reload.
		body = readFileSync(join(root, route[0]));
	} catch {
		res.writeHead(404, { "content-type": "text/plain" }).end(`${route[0]} is missing`);
		return;
	}
	res.writeHead(200, { "content-type": route[1], "cache-control": "no-store", "content-length": body.length });
	res.end(req.method === "HEAD" ? undefined : body);
});

server.listen(port, "127.0.0.1", () => {
	const address = server.address();
	console.log(`Article Desk demo: http://127.0.0.1:${address.port}/  (add ?generate=20000 for a generated vault)`);
});
server.on("error", (error) => {
	console.error(`serve-web: ${error.message}`);
	process.exit(1);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.close(() => process.exit(0)));
