import { createApp } from "../obsidian/app-factory";
import { debounce } from "../obsidian/debounce";
import { lastMenu, Menu } from "../obsidian/menu";
import { Modal, openModals } from "../obsidian/modal";
import { clearNotices, Notice, noticeMessages, notices } from "../obsidian/notice";
import { request, requestUrl } from "../obsidian/misc";
import { getIcon, setIcon } from "../obsidian/icons";
import { contextMenuEvent } from "../obsidian/user-events";

describe("debounce", () => {
	beforeEach(() => jest.useFakeTimers());
	afterEach(() => jest.useRealTimers());

	it.each([
		[false, [["c"]], 100],
		[true, [["c"]], 150],
	])("resetTimer=%j: a burst runs once with the last arguments, %j, after %j ms", (reset, expectedCalls, firesAt) => {
		const calls: string[][] = [];
		const fn = debounce((x: string) => calls.push([x]), 100, reset);
		fn("a");
		jest.advanceTimersByTime(50);
		fn("b");
		fn("c");
		jest.advanceTimersByTime(firesAt - 50 - 1);
		expect(calls).toEqual([]);
		jest.advanceTimersByTime(1);
		expect(calls).toEqual(expectedCalls);
	});

	it("cancel drops the pending call; run makes it now and returns its value", () => {
		const calls: number[] = [];
		const fn = debounce((n: number) => (calls.push(n), n * 2), 100);
		fn(1).cancel();
		jest.advanceTimersByTime(200);
		expect(calls).toEqual([]);
		fn(2);
		expect(fn.run()).toBe(4);
		expect(fn.run()).toBeUndefined();
		jest.advanceTimersByTime(200);
		expect(calls).toEqual([2]);
	});
});

describe("Notice", () => {
	beforeEach(() => clearNotices());

	it("records messages, including fragments, and shows them in the body", () => {
		new Notice("Saved 3 articles");
		new Notice(createFragment((f) => f.createEl("b", { text: "Bold" })), 0);
		expect(noticeMessages()).toEqual(["Saved 3 articles", "Bold"]);
		expect(notices[1].duration).toBe(0);
		expect(document.body.findAll(".notice").map((n) => n.getText())).toEqual(["Saved 3 articles", "Bold"]);
	});

	it("hide removes the element and marks the record", () => {
		const n = new Notice("x");
		n.hide();
		expect(notices[0].hidden).toBe(true);
		expect(n.noticeEl.isConnected).toBe(false);
	});
});

describe("Menu", () => {
	it("records the shown menu so a test can read and click its items", () => {
		const clicked: string[] = [];
		const menu = new Menu()
			.addItem((i) => i.setTitle("Open in new tab").setIcon("file-plus").setSection("open").onClick(() => clicked.push("tab")))
			.addSeparator()
			.addItem((i) => i.setTitle("Disabled").setDisabled(true).onClick(() => clicked.push("no")));
		menu.showAtMouseEvent(contextMenuEvent(5, 6));
		expect(lastMenu()).toBe(menu);
		expect(menu.position).toEqual({ x: 5, y: 6 });
		expect(menu.titles()).toEqual(["Open in new tab", "Disabled"]);
		expect(document.body.findAll(".menu .menu-item-title").map((e) => e.getText())).toEqual(["Open in new tab", "Disabled"]);
		menu.findItem("Disabled")?.click();
		expect(clicked).toEqual([]);
		menu.clickItem("Open in new tab");
		expect(clicked).toEqual(["tab"]);
		expect(menu.dom).toBeNull();
		expect(() => menu.clickItem("Nope")).toThrow("No menu item titled");
	});

	it("clicking the rendered element runs the item", () => {
		let ran = false;
		new Menu().addItem((i) => i.setTitle("Go").onClick(() => (ran = true))).showAtPosition({ x: 0, y: 0 });
		(document.body.find(".menu .menu-item")).click();
		expect(ran).toBe(true);
	});
});

describe("Modal", () => {
	class Hello extends Modal {
		log: string[] = [];

		override onOpen(): void {
			this.setTitle("Hello");
			this.contentEl.createEl("p", { text: "content" });
			this.log.push("open");
		}

		override onClose(): void {
			this.contentEl.empty();
			this.log.push("close");
		}
	}

	it("attaches to the body while open and calls onOpen/onClose", () => {
		const app = createApp();
		const modal = new Hello(app);
		modal.open();
		expect(modal.containerEl.isConnected).toBe(true);
		expect(openModals()).toEqual([modal]);
		expect(modal.titleEl.getText()).toBe("Hello");
		expect(modal.modalEl.contains(modal.contentEl)).toBe(true);
		expect(app.keymap.scopes).toEqual([modal.scope]);
		modal.contentEl.dispatchEvent(new KeyboardEvent("keydown", { key: "Escape", bubbles: true }));
		expect(modal.containerEl.isConnected).toBe(false);
		expect(openModals()).toEqual([]);
		expect(app.keymap.scopes).toEqual([]);
		expect(modal.log).toEqual(["open", "close"]);
	});
});

describe("network and icons", () => {
	it("requestUrl and request fail loudly", () => {
		expect(() => requestUrl({ url: "https://example.com" })).toThrow("No network in tests");
		expect(() => request("https://example.com")).toThrow("No network in tests");
	});

	it("setIcon replaces content with a marked svg", () => {
		const el = createDiv({ text: "old" });
		setIcon(el, "tags");
		expect(el.childNodes).toHaveLength(1);
		expect(el.find("svg")?.getAttr("data-icon")).toBe("tags");
		expect(getIcon("")).toBeNull();
	});
});
