// Before the end-to-end tests: the built plugin and CLI must exist (`npm run build`), then the demo page is bundled.
const { execFileSync } = require("node:child_process");
const { existsSync, mkdirSync } = require("node:fs");
const { join } = require("node:path");

module.exports = async () => {
	process.env.TZ = "UTC";
	const root = join(__dirname, "..");
	for (const built of ["main.js", "dist/cli.js"]) {
		if (!existsSync(join(root, built))) throw new Error(`e2e: ${built} is missing; run \`npm run build\` first.`);
	}
	mkdirSync(join(root, "artifacts"), { recursive: true });
	execFileSync(process.execPath, [join(root, "scripts/build-web.mjs")], { cwd: root, stdio: "inherit" });
};
