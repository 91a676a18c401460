/**
 * What Obsidian's UI does that the test double leaves out because jsdom has no layout: menus open at the pointer
 * (kept inside the window) and close on an outside click or Escape, checked items show a tick, notices fade
 * after a few seconds, `updateOptions()` reconfigures open editors, views hear about window resizes, and a key
 * pressed outside any dialog (focus on the page body after a button disabled itself) still reaches the innermost
 * scope, as Obsidian's window-wide keymap does: Escape closes the open dialog wherever focus is.
 */
import type { App } from "../tests/obsidian/app";
import { Menu, MenuItem, lastMenu } from "../tests/obsidian/menu";
import { setIcon } from "../tests/obsidian/icons";
import { reconfigureEditors } from "./web-markdown-view";

/** How long a notice stays, as Obsidian's default. */
const NOTICE_MS = 4000;

function patchMenus(): void {
	// eslint-disable-next-line @typescript-eslint/unbound-method -- wrapped below and always called with a Menu as `this`
	const show = Menu.prototype.showAtPosition;
	Menu.prototype.showAtPosition = function (this: Menu, position: { x: number; y: number }, doc?: Document): Menu {
		show.call(this, position, doc);
		const dom = this.dom;
		if (!dom) return this;
		this.items.forEach((item, i) => {
			const el = dom.children[i] as HTMLElement | undefined;
			if (!(item instanceof MenuItem) || !el) return;
			if (item.checked) setIcon(el.createDiv({ cls: "menu-item-icon mod-checked" }), "check");
		});
		const width = dom.offsetWidth;
		const height = dom.offsetHeight;
		const x = Math.max(0, Math.min(position.x, window.innerWidth - width - 4));
		const y = Math.max(0, Math.min(position.y, window.innerHeight - height - 4));
		dom.setCssProps({ "--menu-x": `${x}px`, "--menu-y": `${y}px` });
		return this;
	};
	document.addEventListener("mousedown", (evt) => {
		const menu = lastMenu();
		if (menu?.dom && !(evt.target instanceof Node && menu.dom.contains(evt.target))) menu.hide();
	}, true);
	document.addEventListener("keydown", (evt) => {
		if (evt.key === "Escape") lastMenu()?.hide();
	});
}

function routeKeysToScopes(app: App): void {
	// Registered before the menus' listener, so a menu open over a dialog takes the Escape and the dialog stays.
	document.addEventListener("keydown", (evt) => {
		if (evt.defaultPrevented || lastMenu()?.dom) return;
		// Keys inside a dialog are handled by the dialog itself (the double's Modal listens on its container).
		if (evt.target instanceof Element && evt.target.closest(".modal-container")) return;
		const scope = app.keymap.scopes[app.keymap.scopes.length - 1];
		const handler = scope?.keys.find((h) => h.key === evt.key && !h.modifiers);
		if (!handler) return;
		evt.preventDefault();
		handler.func(evt, { modifiers: null, key: evt.key, vkey: evt.key });
	});
}

function fadeNotices(): void {
	new MutationObserver((records) => {
		for (const record of records) {
			record.addedNodes.forEach((node) => {
				if (node.instanceOf(HTMLElement) && node.hasClass("notice")) window.setTimeout(() => node.detach(), NOTICE_MS);
			});
		}
	}).observe(document.body, { childList: true, subtree: true });
}

/** Installs the behaviour above on the double for this page. */
export function installUiBehaviour(app: App): void {
	routeKeysToScopes(app);
	patchMenus();
	fadeNotices();
	app.workspace.updateOptions = () => reconfigureEditors(app);
	window.addEventListener("resize", () => app.workspace.iterateAllLeaves((leaf) => leaf.onResize()));
}
