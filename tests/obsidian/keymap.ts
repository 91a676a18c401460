/**
 * `Keymap`, `Scope` and `Platform`. `Keymap.isModEvent` follows obsidian.d.ts: Mod-click (Ctrl, or Cmd on macOS) or
 * a middle click gives 'tab'; Mod+Alt gives 'split'; Mod+Alt+Shift gives 'window'; anything else false. The double's
 * `Platform` is desktop Linux, so Mod is Ctrl; a test may set `Platform.isMacOS = true` to make Mod the Meta key.
 */
import type { Modifier, PaneType } from "obsidian";

/** Where the plugin runs; mutable so a test can pretend to be mobile or macOS. */
export const Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://local/",
};

type ModEvent = MouseEvent | KeyboardEvent | TouchEvent;

/** A key handler registered on a scope. */
export interface KeymapEventHandler {
	scope: Scope;
	modifiers: string | null;
	key: string | null;
	func: (evt: KeyboardEvent, ctx: { modifiers: string | null; key: string | null; vkey: string }) => unknown;
}

/** A set of hotkeys active while a modal or view has focus. */
export class Scope {
	/** Double only: the registered handlers. */
	readonly keys: KeymapEventHandler[] = [];

	constructor(readonly parent?: Scope) {}

	register(modifiers: Modifier[] | null, key: string | null, func: KeymapEventHandler["func"]): KeymapEventHandler {
		const handler: KeymapEventHandler = { scope: this, modifiers: modifiers ? modifiers.join(",") : null, key, func };
		this.keys.push(handler);
		return handler;
	}

	unregister(handler: KeymapEventHandler): void {
		const i = this.keys.indexOf(handler);
		if (i >= 0) this.keys.splice(i, 1);
	}
}

/** The app's scope stack; `isModifier`/`isModEvent` are what plugins call. */
export class Keymap {
	/** Double only: pushed scopes, innermost last. */
	readonly scopes: Scope[] = [];

	pushScope(scope: Scope): void {
		this.scopes.push(scope);
	}

	popScope(scope: Scope): void {
		const i = this.scopes.lastIndexOf(scope);
		if (i >= 0) this.scopes.splice(i, 1);
	}

	static isModifier(evt: ModEvent, modifier: Modifier): boolean {
		switch (modifier) {
			case "Mod":
				return Platform.isMacOS ? evt.metaKey : evt.ctrlKey;
			case "Ctrl":
				return evt.ctrlKey;
			case "Meta":
				return evt.metaKey;
			case "Shift":
				return evt.shiftKey;
			case "Alt":
				return evt.altKey;
		}
	}

	static isModEvent(evt?: ModEvent | null): PaneType | boolean {
		if (!evt) return false;
		const middle = typeof MouseEvent !== "undefined" && evt instanceof MouseEvent && evt.button === 1;
		if (middle) return "tab";
		if (!Keymap.isModifier(evt, "Mod")) return false;
		if (!evt.altKey) return "tab";
		return evt.shiftKey ? "window" : "split";
	}
}
