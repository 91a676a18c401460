import { Keymap, Platform } from "../obsidian/keymap";
import { normalizePath } from "../obsidian/paths";
import { middleClick, paneClick } from "../obsidian/user-events";

type Keys = { ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean; shiftKey?: boolean; button?: number };

describe("Keymap.isModEvent (Mod is Ctrl off macOS, Meta on macOS)", () => {
	afterEach(() => {
		Platform.isMacOS = false;
	});

	it.each<[string, boolean, Keys, string | boolean]>([
		["plain click", false, {}, false],
		["Ctrl-click", false, { ctrlKey: true }, "tab"],
		["Meta-click off macOS", false, { metaKey: true }, false],
		["middle click", false, { button: 1 }, "tab"],
		["Ctrl+Alt", false, { ctrlKey: true, altKey: true }, "split"],
		["Ctrl+Alt+Shift", false, { ctrlKey: true, altKey: true, shiftKey: true }, "window"],
		["Ctrl+Shift", false, { ctrlKey: true, shiftKey: true }, "tab"],
		["Alt alone", false, { altKey: true }, false],
		["Alt+Shift without Mod", false, { altKey: true, shiftKey: true }, false],
		["Cmd-click on macOS", true, { metaKey: true }, "tab"],
		["Ctrl-click on macOS", true, { ctrlKey: true }, false],
		["Cmd+Alt+Shift on macOS", true, { metaKey: true, altKey: true, shiftKey: true }, "window"],
	])("%s → %j", (_label, mac, keys, expected) => {
		Platform.isMacOS = mac;
		expect(Keymap.isModEvent(new MouseEvent("click", keys))).toBe(expected);
	});

	it("returns false without an event", () => {
		expect(Keymap.isModEvent(null)).toBe(false);
		expect(Keymap.isModEvent()).toBe(false);
	});

	it.each(["tab", "split", "window", false] as const)("paneClick(%j) produces an event mapped back to it", (kind) => {
		expect(Keymap.isModEvent(paneClick(kind))).toBe(kind);
	});

	it("middleClick() maps to a tab", () => {
		expect(Keymap.isModEvent(middleClick())).toBe("tab");
	});
});

describe("normalizePath", () => {
	it.each([
		["a/b.md", "a/b.md"],
		["/a/b.md", "a/b.md"],
		["a/b/", "a/b"],
		["//a///b//", "a/b"],
		["a\\b\\c.md", "a/b/c.md"],
		["", "/"],
		["/", "/"],
		["a\u00A0b.md", "a b.md"],
		["a\u202Fb.md", "a b.md"],
		["cafe\u0301.md", "caf\u00E9.md"],
		[" spaced .md", " spaced .md"],
		["./a.md", "./a.md"],
	])("normalizePath(%j) → %j", (input, expected) => {
		expect(normalizePath(input)).toBe(expected);
	});
});
