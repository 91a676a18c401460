/**
 * Builds the mouse events a user produces, so tests say what the user did (`paneClick('split')`) rather than which
 * keys that needs. Mod is Ctrl because the double's `Platform` is not macOS.
 */
import type { PaneType } from "obsidian";

/** A click that `Keymap.isModEvent` maps to `kind` (false: a plain click). */
export function paneClick(kind: PaneType | false, type = "click"): MouseEvent {
	const mod = kind !== false;
	return new MouseEvent(type, {
		bubbles: true,
		cancelable: true,
		button: 0,
		ctrlKey: mod,
		altKey: kind === "split" || kind === "window",
		shiftKey: kind === "window",
	});
}

/** A middle click (`auxclick`, button 1), which Obsidian opens in a new tab. */
export function middleClick(): MouseEvent {
	return new MouseEvent("auxclick", { bubbles: true, cancelable: true, button: 1 });
}

/** A right click at a position, for context menus. */
export function contextMenuEvent(x = 10, y = 20): MouseEvent {
	return new MouseEvent("contextmenu", { bubbles: true, cancelable: true, button: 2, clientX: x, clientY: y });
}
