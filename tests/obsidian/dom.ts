/**
 * Obsidian's DOM helpers (`createEl`, `empty`, `setText`, `addClass`…) installed on jsdom's prototypes, so view,
 * modal and settings code builds the same DOM in tests as in the app. Installed once per test file by
 * `tests/setup/env.ts`. DOM listeners are counted per target so tests can prove that unloading removes them.
 */
import { installLanguageHelpers } from "./language";
import { installHtmlElementHelpers } from "./dom-html";
import { trackDomListeners } from "./dom-listeners";

export { domListenerCount } from "./dom-listeners";

type ElementInfo = DomElementInfo | SvgElementInfo | string | undefined;

const SVG_NS = "http://www.w3.org/2000/svg";

/** Applies a `createEl` options object the way Obsidian does: classes, text, attributes, then placement. */
function applyInfo(el: Element, info: ElementInfo, fallbackParent: Node | null): void {
	const o: DomElementInfo = typeof info === "string" ? { cls: info } : ((info ?? {}));
	if (o.cls) el.addClasses(Array.isArray(o.cls) ? o.cls : o.cls.split(" ").filter((c) => c !== ""));
	if (o.text !== undefined) el.setText(o.text);
	if (o.attr) el.setAttrs(o.attr);
	if (o.title !== undefined) el.setAttribute("title", o.title);
	if (o.type !== undefined) el.setAttribute("type", o.type);
	if (o.value !== undefined && "value" in el) (el as HTMLInputElement).value = o.value;
	if (o.placeholder !== undefined) el.setAttribute("placeholder", o.placeholder);
	if (o.href !== undefined) el.setAttribute("href", o.href);
	const parent = fallbackParent ?? o.parent ?? null;
	if (parent) {
		if (o.prepend) parent.insertBefore(el, parent.firstChild);
		else parent.appendChild(el);
	}
}

function makeEl(doc: Document, tag: string, info: ElementInfo, parent: Node | null, cb?: (el: never) => void): HTMLElement {
	const el = doc.createElement(tag);
	applyInfo(el, info, parent);
	if (cb) cb(el as never);
	return el;
}

function makeSvg(doc: Document, tag: string, info: ElementInfo, parent: Node | null, cb?: (el: never) => void): SVGElement {
	const el = doc.createElementNS(SVG_NS, tag) as SVGElement;
	applyInfo(el, info, parent);
	if (cb) cb(el as never);
	return el;
}

function define(proto: object, name: string, value: unknown): void {
	Object.defineProperty(proto, name, { value, configurable: true, writable: true, enumerable: false });
}

function defineGetter(proto: object, name: string, get: () => unknown): void {
	Object.defineProperty(proto, name, { get, configurable: true, enumerable: false });
}

function installNodeHelpers(win: Window & typeof globalThis): void {
	const doc = win.document;
	const proto = win.Node.prototype;
	define(proto, "createEl", function (this: Node, tag: string, o?: ElementInfo, cb?: (el: never) => void) {
		return makeEl(this.ownerDocument ?? doc, tag, o, this, cb);
	});
	define(proto, "createDiv", function (this: Node, o?: ElementInfo, cb?: (el: never) => void) {
		return makeEl(this.ownerDocument ?? doc, "div", o, this, cb);
	});
	define(proto, "createSpan", function (this: Node, o?: ElementInfo, cb?: (el: never) => void) {
		return makeEl(this.ownerDocument ?? doc, "span", o, this, cb);
	});
	define(proto, "createSvg", function (this: Node, tag: string, o?: ElementInfo, cb?: (el: never) => void) {
		return makeSvg(this.ownerDocument ?? doc, tag, o, this, cb);
	});
	define(proto, "empty", function (this: Node) {
		while (this.firstChild) this.removeChild(this.firstChild);
	});
	define(proto, "detach", function (this: Node) {
		this.parentNode?.removeChild(this);
	});
	define(proto, "appendText", function (this: Node, val: string) {
		this.appendChild((this.ownerDocument ?? doc).createTextNode(val));
	});
	define(proto, "insertAfter", function (this: Node, node: Node, child: Node | null) {
		this.insertBefore(node, child ? child.nextSibling : this.firstChild);
		return node;
	});
	define(proto, "indexOf", function (this: Node, other: Node) {
		return Array.prototype.indexOf.call(this.childNodes, other);
	});
	define(proto, "setChildrenInPlace", function (this: Node, children: Node[]) {
		const keep = new Set(children);
		for (const c of Array.from(this.childNodes)) if (!keep.has(c)) this.removeChild(c);
		for (const c of children) this.appendChild(c);
	});
	define(proto, "instanceOf", function (this: Node, type: { new (): unknown; name: string }) {
		if (this instanceof type) return true;
		const own = (this.ownerDocument?.defaultView ?? win) as unknown as Record<string, unknown>;
		const ctor = own[type.name];
		return typeof ctor === "function" && this instanceof (ctor as new () => unknown);
	});
	defineGetter(proto, "doc", function (this: Node) {
		return this.nodeType === 9 ? (this) : (this.ownerDocument ?? doc);
	});
	defineGetter(proto, "win", function (this: Node) {
		const d = this.nodeType === 9 ? (this as Document) : (this.ownerDocument ?? doc);
		return d.defaultView ?? win;
	});
	defineGetter(proto, "constructorWin", () => win);
}

function installElementHelpers(win: Window & typeof globalThis): void {
	const proto = win.Element.prototype;
	define(proto, "getText", function (this: Element) {
		return this.textContent ?? "";
	});
	define(proto, "setText", function (this: Element, val: string | DocumentFragment) {
		if (typeof val === "string") {
			this.textContent = val;
		} else {
			this.empty();
			this.appendChild(val);
		}
	});
	define(proto, "addClass", function (this: Element, ...classes: string[]) {
		this.classList.add(...classes.filter((c) => c !== ""));
	});
	define(proto, "addClasses", function (this: Element, classes: string[]) {
		this.classList.add(...classes.filter((c) => c !== ""));
	});
	define(proto, "removeClass", function (this: Element, ...classes: string[]) {
		this.classList.remove(...classes);
	});
	define(proto, "removeClasses", function (this: Element, classes: string[]) {
		this.classList.remove(...classes);
	});
	define(proto, "toggleClass", function (this: Element, classes: string | string[], value: boolean) {
		for (const c of Array.isArray(classes) ? classes : [classes]) this.classList.toggle(c, value);
	});
	define(proto, "hasClass", function (this: Element, cls: string) {
		return this.classList.contains(cls);
	});
	define(proto, "setAttr", function (this: Element, name: string, value: string | number | boolean | null) {
		if (value === null) this.removeAttribute(name);
		else this.setAttribute(name, String(value));
	});
	define(proto, "setAttrs", function (this: Element, obj: Record<string, string | number | boolean | null>) {
		for (const [k, v] of Object.entries(obj)) this.setAttr(k, v);
	});
	define(proto, "getAttr", function (this: Element, name: string) {
		return this.getAttribute(name);
	});
	define(proto, "matchParent", function (this: Element, selector: string, lastParent?: Element) {
		let el: Element | null = this;
		while (el) {
			if (el.matches(selector)) return el;
			if (el === lastParent) return null;
			el = el.parentElement;
		}
		return null;
	});
	define(proto, "find", function (this: Element, selector: string) {
		return this.querySelector(selector);
	});
	define(proto, "findAll", function (this: Element, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
	define(proto, "findAllSelf", function (this: Element, selector: string) {
		const found = Array.from(this.querySelectorAll(selector));
		return this.matches(selector) ? [this, ...found] : found;
	});
	define(proto, "isActiveElement", function (this: Element) {
		return this.ownerDocument.activeElement === this;
	});
	define(proto, "getCssPropertyValue", function (this: Element, property: string, pseudo?: string) {
		return win.getComputedStyle(this, pseudo).getPropertyValue(property);
	});
	const frag = win.DocumentFragment.prototype;
	define(frag, "find", function (this: DocumentFragment, selector: string) {
		return this.querySelector(selector);
	});
	define(frag, "findAll", function (this: DocumentFragment, selector: string) {
		return Array.from(this.querySelectorAll(selector));
	});
}

function installGlobals(win: Window & typeof globalThis): void {
	const doc = win.document;
	const g = win as unknown as Record<string, unknown>;
	g.createEl = (tag: string, o?: ElementInfo, cb?: (el: never) => void) => makeEl(doc, tag, o, null, cb);
	g.createDiv = (o?: ElementInfo, cb?: (el: never) => void) => makeEl(doc, "div", o, null, cb);
	g.createSpan = (o?: ElementInfo, cb?: (el: never) => void) => makeEl(doc, "span", o, null, cb);
	g.createSvg = (tag: string, o?: ElementInfo, cb?: (el: never) => void) => makeSvg(doc, tag, o, null, cb);
	g.createFragment = (cb?: (el: DocumentFragment) => void) => {
		const frag = doc.createDocumentFragment();
		if (cb) cb(frag);
		return frag;
	};
	g.activeWindow = win;
	g.activeDocument = doc;
	g.sleep = (ms: number) => new Promise<void>((resolve) => win.setTimeout(resolve, ms));
	g.nextFrame = () => new Promise<void>((resolve) => win.setTimeout(resolve, 16));
	g.fish = (selector: string) => doc.querySelector(selector);
	g.fishAll = (selector: string) => Array.from(doc.querySelectorAll(selector));
	g.isBoolean = (obj: unknown) => typeof obj === "boolean";
}

/** Adds Obsidian's DOM and language helpers to a jsdom window; safe to call more than once. */
export function installDomHelpers(win: Window & typeof globalThis): void {
	installNodeHelpers(win);
	installElementHelpers(win);
	installHtmlElementHelpers(win);
	installGlobals(win);
	installLanguageHelpers();
	trackDomListeners(win);
}
