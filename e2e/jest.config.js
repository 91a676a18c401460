/**
 * End-to-end tests: the built main.js in the browser demo (web/), driven in Debian's Chromium with playwright-core.
 * Run alone with `jest -c e2e/jest.config.js`, or beside the unit tests with
 * `jest --projects jest.config.js e2e/jest.config.js` (one summary for both).
 */
module.exports = {
	displayName: "e2e",
	rootDir: "..",
	testEnvironment: "node",
	roots: ["<rootDir>/e2e"],
	testMatch: ["**/*.e2e.ts"],
	transform: {
		"^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/e2e/tsconfig.json", diagnostics: false }],
	},
	globalSetup: "<rootDir>/e2e/global-setup.js",
	testTimeout: 60000,
};
