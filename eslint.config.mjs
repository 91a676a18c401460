// Lints with eslint-plugin-obsidianmd's recommended config (what Obsidian's plugin review checks).
// The plugin and the pure core get every rule; Node-only code (CLI, tests, benchmark, scripts) may use Node built-ins.
import { defineConfig, globalIgnores } from "eslint/config";
import obsidianmd from "eslint-plugin-obsidianmd";
import globals from "globals";

// The review's own import rules, extended below: the plugin takes Obsidian's runtime values from one module.
const reviewImports = obsidianmd.configs.recommended.map((c) => c.rules?.["@typescript-eslint/no-restricted-imports"]).find(Boolean);

const nodeOnly = ["src/cli/**", "tests/**", "bench/**", "scripts/**", "*.mjs", "*.js", ".ci/**", "e2e/**"];

export default defineConfig([
	globalIgnores(["node_modules/", "main.js", "dist/", "artifacts/", "coverage/", "examples/", "docs/"]),
	...obsidianmd.configs.recommended,
	{
		languageOptions: {
			parserOptions: {
				projectService: {
					allowDefaultProject: ["eslint.config.mjs", "esbuild.config.mjs", "jest.config.js", "scripts/*.mjs", "tests/setup/*.js"],
				},
				tsconfigRootDir: import.meta.dirname,
			},
		},
	},
	{
		files: ["src/**/*.ts"],
		ignores: ["src/plugin/obsidian-api.ts"],
		rules: {
			"@typescript-eslint/no-restricted-imports": [
				...reviewImports,
				{
					name: "obsidian",
					allowTypeImports: true,
					message: "Take Obsidian's runtime values from src/plugin/obsidian-api.ts (types may come from 'obsidian').",
				},
			],
		},
	},
	{
		// main.js is a CommonJS module: Obsidian's loader hands it `module` (and reads the plugin from its exports).
		files: ["src/bundle-entry.ts"],
		languageOptions: { globals: { module: "writable" } },
	},
	{
		files: nodeOnly,
		languageOptions: { globals: { ...globals.node } },
		rules: {
			"obsidianmd/no-nodejs-modules": "off",
			"obsidianmd/prefer-create-el": "off",
			"obsidianmd/prefer-instanceof": "off",
			"obsidianmd/no-global-this": "off",
			"obsidianmd/prefer-window-timers": "off",
			"obsidianmd/ui/sentence-case": "off",
			"obsidianmd/no-static-styles-assignment": "off",
			"obsidianmd/no-forbidden-elements": "off",
			"obsidianmd/no-unsupported-api": "off",
			"obsidianmd/vault/iterate": "off",
			"obsidianmd/hardcoded-config-path": "off",
			"import/no-extraneous-dependencies": "off",
			"no-restricted-globals": "off",
			"@typescript-eslint/no-restricted-imports": "off",
			"@typescript-eslint/require-await": "off",
			"@typescript-eslint/unbound-method": "off",
			"@typescript-eslint/no-require-imports": "off",
			// Command-line programs talk to the terminal.
			"obsidianmd/rule-custom-message": "off",
		},
	},
	{
		files: ["tests/**"],
		rules: {
			"@typescript-eslint/no-explicit-any": "off",
			"@typescript-eslint/no-unsafe-assignment": "off",
			"@typescript-eslint/no-unsafe-member-access": "off",
			"@typescript-eslint/no-unsafe-call": "off",
			"@typescript-eslint/no-unsafe-argument": "off",
			"@typescript-eslint/no-unsafe-return": "off",
			"@typescript-eslint/no-non-null-assertion": "off",
			"@typescript-eslint/no-floating-promises": "off",
			"@typescript-eslint/no-misused-promises": "off",
			"@typescript-eslint/no-deprecated": "off",
			"no-undef": "off",
			// The test double implements the very APIs these rules steer plugins away from.
			"obsidianmd/no-tfile-tfolder-cast": "off",
			"obsidianmd/prefer-file-manager-trash-file": "off",
			"obsidianmd/settings-tab/prefer-setting-definitions": "off",
			"@typescript-eslint/no-this-alias": "off",
			"@typescript-eslint/no-unnecessary-type-assertion": "off",
		},
	},
]);
