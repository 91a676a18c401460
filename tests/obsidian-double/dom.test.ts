import { domListenerCount } from "../obsidian/dom-listeners";

/** Renders an element's tag, classes, attributes and text compactly, for table assertions. */
function describeEl(el: Element): string {
	const attrs = Array.from(el.attributes)
		.filter((a) => a.name !== "class")
		.map((a) => ` ${a.name}="${a.value}"`)
		.join("");
	return `<${el.tagName.toLowerCase()}${el.classList.length ? ` class="${el.className}"` : ""}${attrs}>${el.textContent}`;
}

describe("createEl options", () => {
	it.each<[string, () => Element, string]>([
		["string is the class", () => createDiv("a b"), '<div class="a b">'],
		["cls as array", () => createSpan({ cls: ["x", "y"] }), '<span class="x y">'],
		["text", () => createEl("p", { text: "Hello" }), "<p>Hello"],
		["text as fragment", () => createEl("p", { text: createFragment((f) => f.createEl("b", { text: "bold" })) }), "<p>bold"],
		["attr (null skipped)", () => createDiv({ attr: { "data-x": 1, hidden: null, draggable: true } }), '<div data-x="1" draggable="true">'],
		["title", () => createEl("a", { title: "Tip", href: "#x" }), '<a title="Tip" href="#x">'],
		["input type, value and placeholder", () => createEl("input", { type: "text", value: "v", placeholder: "Search" }), '<input type="text" placeholder="Search">'],
	])("%s", (_label, make, expected) => {
		expect(describeEl(make())).toBe(expected);
	});

	it("sets the value property of inputs", () => {
		expect(createEl("input", { value: "v" }).value).toBe("v");
	});

	it("appends to the node it is called on, or prepends with `prepend`", () => {
		const parent = createDiv();
		const a = parent.createDiv({ text: "a" });
		const b = parent.createSpan({ text: "b", prepend: true });
		expect(Array.from(parent.children)).toEqual([b, a]);
	});

	it("appends to `parent` for the global helpers and passes the element to the callback", () => {
		const parent = createDiv();
		let seen: HTMLElement | null = null;
		const el = createEl("ul", { parent }, (e) => (seen = e));
		expect(el.parentElement).toBe(parent);
		expect(seen).toBe(el);
	});

	it("createSvg makes SVG-namespace elements", () => {
		const svg = createDiv().createSvg("svg", { cls: "icon", attr: { viewBox: "0 0 1 1" } });
		expect(svg.namespaceURI).toBe("http://www.w3.org/2000/svg");
		expect(svg.getAttribute("class")).toBe("icon");
	});
});

describe("element helpers", () => {
	it.each<[string, (el: HTMLElement) => unknown, unknown]>([
		["addClass/hasClass", (el) => (el.addClass("a", "b"), el.hasClass("b")), true],
		["addClasses", (el) => (el.addClasses(["a", "b"]), el.className), "a b"],
		["removeClass", (el) => (el.addClass("a", "b"), el.removeClass("a"), el.className), "b"],
		["toggleClass on", (el) => (el.toggleClass("x", true), el.className), "x"],
		["toggleClass off", (el) => (el.addClass("x"), el.toggleClass(["x"], false), el.className), ""],
		["setText/getText", (el) => (el.setText("hi"), el.getText()), "hi"],
		["setAttr", (el) => (el.setAttr("aria-label", "Open"), el.getAttr("aria-label")), "Open"],
		["setAttr null removes", (el) => (el.setAttr("x", "1"), el.setAttr("x", null), el.hasAttribute("x")), false],
		["setAttrs", (el) => (el.setAttrs({ a: 1, b: false }), [el.getAttr("a"), el.getAttr("b")]), ["1", "false"]],
		["empty", (el) => (el.createDiv(), el.appendText("t"), el.empty(), el.childNodes.length), 0],
		["find", (el) => (el.createDiv({ cls: "k", text: "1" }), el.find(".k")?.getText()), "1"],
		["findAll", (el) => (el.createDiv("k"), el.createDiv("k"), el.findAll(".k").length), 2],
		["instanceOf", (el) => el.instanceOf(HTMLDivElement), true],
		["doc and win", (el) => [el.doc === document, el.win === window], [true, true]],
		["matchParent", (el) => (el.addClass("outer"), el.createDiv("inner").matchParent(".outer") === el), true],
	])("%s", (_label, act, expected) => {
		expect(act(document.body.createDiv())).toEqual(expected);
	});

	it("show/hide/toggle drive isShown; detached elements are not shown", () => {
		const outer = document.body.createDiv();
		const inner = outer.createDiv();
		expect(inner.isShown()).toBe(true);
		outer.hide();
		expect(inner.isShown()).toBe(false);
		outer.show();
		inner.toggle(false);
		expect(inner.isShown()).toBe(false);
		inner.toggle(true);
		inner.detach();
		expect(inner.isConnected).toBe(false);
		expect(inner.isShown()).toBe(false);
	});

	it("on/off delegate events to matching descendants", () => {
		const list = document.body.createDiv();
		const item = list.createDiv({ cls: "item" }).createSpan({ text: "x" });
		const seen: string[] = [];
		const listener = (_ev: Event, target: HTMLElement) => seen.push(target.className);
		list.on("click", ".item", listener);
		item.click();
		list.click();
		list.off("click", ".item", listener);
		item.click();
		expect(seen).toEqual(["item"]);
	});

	it("onClickEvent fires for left and middle clicks only", () => {
		const el = document.body.createDiv();
		const buttons: number[] = [];
		el.onClickEvent((ev) => buttons.push(ev.button));
		el.dispatchEvent(new MouseEvent("click", { button: 0 }));
		el.dispatchEvent(new MouseEvent("auxclick", { button: 1 }));
		el.dispatchEvent(new MouseEvent("auxclick", { button: 2 }));
		expect(buttons).toEqual([0, 1]);
	});
});

describe("globals", () => {
	it("exposes activeDocument, activeWindow, sleep and nextFrame", async () => {
		expect(activeDocument).toBe(document);
		expect(activeWindow).toBe(window);
		await expect(sleep(1)).resolves.toBeUndefined();
		await expect(nextFrame()).resolves.toBeUndefined();
	});

	it("adds Obsidian's language helpers without making them enumerable", () => {
		const arr = [1, 2, 2, 3];
		expect([arr.first(), arr.last(), arr.contains(2), arr.unique()]).toEqual([1, 3, true, [1, 2, 3]]);
		arr.remove(2);
		expect(arr).toEqual([1, 3]);
		expect("abc".contains("b")).toBe(true);
		expect(Math.clamp(5, 0, 3)).toBe(3);
		// The helpers live on the prototype but are not enumerable, so `for…in` over an array still sees only indices.
		for (const name of ["first", "last", "contains", "unique", "remove"]) {
			expect(Object.getOwnPropertyDescriptor(Array.prototype, name)?.enumerable).toBe(false);
		}
	});
});

describe("DOM listener tracking", () => {
	it("counts listeners until they are removed, with DOM de-duplication", () => {
		const el = document.body.createDiv();
		const fn = () => undefined;
		el.addEventListener("click", fn);
		el.addEventListener("click", fn);
		el.addEventListener("click", fn, true);
		el.addEventListener("keydown", fn, { once: true });
		expect(domListenerCount(el)).toBe(2);
		el.removeEventListener("click", fn);
		expect(domListenerCount(el, "click")).toBe(1);
		el.removeEventListener("click", fn, { capture: true });
		expect(domListenerCount(el)).toBe(0);
	});
});
