/** Jest runs TypeScript through ts-jest; `obsidian` resolves to the test double in tests/obsidian/. */
module.exports = {
	testEnvironment: "jsdom",
	roots: ["<rootDir>/tests"],
	testMatch: ["**/*.test.ts"],
	transform: {
		"^.+\\.ts$": ["ts-jest", { tsconfig: "tsconfig.json", diagnostics: false }],
	},
	moduleNameMapper: {
		"^obsidian$": "<rootDir>/tests/obsidian/index.ts",
	},
	setupFiles: ["<rootDir>/tests/setup/env.ts"],
	globalSetup: "<rootDir>/tests/setup/global.js",
	testTimeout: 30000,
};
