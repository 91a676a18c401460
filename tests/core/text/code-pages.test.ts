/**
 * The code-page tables come from the platform's decoder (WHATWG's tables), so they are checked where the plugin's
 * tests run (jsdom here; Node in mojibake.test.ts) against characters written out by hand.
 */
import { CODE_PAGES } from "../../../src/core/text/code-pages";

describe("code pages from the platform's decoder", () => {
	it.each<[string, number, string]>([
		["windows-1252", 0x80, "€"],
		["windows-1252", 0x81, "\x81"],
		["windows-1252", 0xe9, "é"],
		["windows-1250", 0xb3, "ł"],
		["windows-1250", 0x8c, "Ś"],
		["windows-1250", 0x83, "\x83"],
		["windows-1251", 0xc0, "А"],
		["windows-1251", 0x80, "Ђ"],
		["windows-1251", 0x98, "\x98"],
		["mac-roman", 0x8e, "é"],
		["mac-roman", 0xd2, "“"],
		["mac-roman", 0xf0, "\uf8ff"],
	])("%s, byte %d", (name, byte, char) => {
		const page = CODE_PAGES.find((p) => p.name === name);
		expect(page?.high).toHaveLength(128);
		expect(page!.high[byte - 0x80]).toBe(char);
	});
});
