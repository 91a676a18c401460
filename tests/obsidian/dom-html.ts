/**
 * The HTMLElement part of Obsidian's DOM helpers: visibility (`show`/`hide`/`isShown`), inline styles, delegated
 * listeners (`on`/`off`) and `onClickEvent`. Split from dom.ts to keep each file about one prototype.
 */

interface DelegatedListener {
	selector: string;
	listener: (this: HTMLElement, ev: Event, delegateTarget: HTMLElement) => unknown;
	options?: boolean | AddEventListenerOptions;
	callback: (ev: Event) => void;
}

type EventStore = Record<string, DelegatedListener[] | undefined>;

function define(proto: object, name: string, value: unknown): void {
	Object.defineProperty(proto, name, { value, configurable: true, writable: true, enumerable: false });
}

/** jsdom has no layout, so "shown" means: connected to the document and no ancestor has inline `display: none`. */
function isShown(el: HTMLElement): boolean {
	if (!el.isConnected) return false;
	for (let cur: HTMLElement | null = el; cur; cur = cur.parentElement) {
		if (cur.style.display === "none") return false;
	}
	return true;
}

function addDelegated(
	target: HTMLElement | Document,
	type: string,
	selector: string,
	listener: DelegatedListener["listener"],
	options?: boolean | AddEventListenerOptions,
): void {
	const holder = target as unknown as { _EVENTS?: EventStore };
	const store: EventStore = (holder._EVENTS ??= {});
	const list = (store[type] ??= []);
	const callback = (ev: Event): void => {
		const origin = ev.target as Element | null;
		if (!origin || typeof origin.closest !== "function") return;
		const match = origin.closest(selector) as HTMLElement | null;
		if (!match) return;
		const inside = target.nodeType === 9 || (target as HTMLElement).contains(match);
		if (inside) listener.call(target as HTMLElement, ev, match);
	};
	list.push({ selector, listener, options, callback });
	target.addEventListener(type, callback, options);
}

function removeDelegated(
	target: HTMLElement | Document,
	type: string,
	selector: string,
	listener: DelegatedListener["listener"],
	options?: boolean | AddEventListenerOptions,
): void {
	const store = (target as unknown as { _EVENTS?: EventStore })._EVENTS;
	const list = store?.[type];
	if (!list) return;
	const i = list.findIndex((l) => l.selector === selector && l.listener === listener);
	if (i < 0) return;
	const [entry] = list.splice(i, 1);
	target.removeEventListener(type, entry.callback, options ?? entry.options);
}

/** Installs the HTMLElement and Document helpers of Obsidian on a jsdom window. */
export function installHtmlElementHelpers(win: Window & typeof globalThis): void {
	const proto = win.HTMLElement.prototype;
	define(proto, "show", function (this: HTMLElement) {
		this.style.display = "";
	});
	define(proto, "hide", function (this: HTMLElement) {
		this.style.display = "none";
	});
	define(proto, "toggle", function (this: HTMLElement, show: boolean) {
		this.style.display = show ? "" : "none";
	});
	define(proto, "toggleVisibility", function (this: HTMLElement, visible: boolean) {
		this.style.visibility = visible ? "" : "hidden";
	});
	define(proto, "isShown", function (this: HTMLElement) {
		return isShown(this);
	});
	define(proto, "setCssStyles", function (this: HTMLElement, styles: Partial<CSSStyleDeclaration>) {
		Object.assign(this.style, styles);
	});
	define(proto, "setCssProps", function (this: HTMLElement, props: Record<string, string>) {
		for (const [k, v] of Object.entries(props)) this.style.setProperty(k, v);
	});
	define(proto, "trigger", function (this: HTMLElement, eventType: string) {
		this.dispatchEvent(new win.Event(eventType, { bubbles: true, cancelable: true }));
	});
	/** Obsidian calls the listener for left clicks and for middle clicks (`auxclick` with button 1). */
	define(proto, "onClickEvent", function (
		this: HTMLElement,
		listener: (this: HTMLElement, ev: MouseEvent) => unknown,
		options?: boolean | AddEventListenerOptions,
	) {
		this.addEventListener("click", listener, options);
		this.addEventListener("auxclick", function (this: HTMLElement, ev: MouseEvent) {
			if (ev.button === 1) listener.call(this, ev);
		}, options);
	});
	for (const p of [proto, win.Document.prototype]) {
		define(p, "on", function (this: HTMLElement, type: string, selector: string, listener: DelegatedListener["listener"], options?: boolean | AddEventListenerOptions) {
			addDelegated(this, type, selector, listener, options);
		});
		define(p, "off", function (this: HTMLElement, type: string, selector: string, listener: DelegatedListener["listener"], options?: boolean | AddEventListenerOptions) {
			removeDelegated(this, type, selector, listener, options);
		});
	}
}
