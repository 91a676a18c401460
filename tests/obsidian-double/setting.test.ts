import type { App } from "../obsidian/app";
import { openSettingTab, PluginSettingTab } from "../obsidian/plugin";
import { Setting } from "../obsidian/setting";

function container(): HTMLElement {
	return document.body.createDiv();
}

describe("Setting", () => {
	it("builds Obsidian's row structure with name, description and heading class", () => {
		const el = container();
		const s = new Setting(el).setName("Tag source").setDesc("Where tags come from.").setHeading();
		expect(el.children[0]).toBe(s.settingEl);
		expect(s.settingEl.hasClass("setting-item")).toBe(true);
		expect(s.settingEl.hasClass("setting-item-heading")).toBe(true);
		expect(s.nameEl.getText()).toBe("Tag source");
		expect(s.descEl.getText()).toBe("Where tags come from.");
		expect(s.infoEl.parentElement).toBe(s.settingEl);
		expect(s.controlEl.parentElement).toBe(s.settingEl);
	});

	it.each([
		["text", "input", "hello"],
		["textarea", "input", "two\nlines"],
	])("a %s fires onChange on the `%s` event with the typed value, not on setValue", (kind, event, typed) => {
		const seen: string[] = [];
		const s = new Setting(container());
		if (kind === "text") s.addText((t) => t.setValue("start").onChange((v) => seen.push(v)));
		else s.addTextArea((t) => t.setValue("start").onChange((v) => seen.push(v)));
		const input = s.controlEl.find(kind === "text" ? "input" : "textarea") as HTMLInputElement;
		expect(input.value).toBe("start");
		input.value = typed;
		input.dispatchEvent(new Event(event));
		expect(seen).toEqual([typed]);
	});

	it("a toggle flips and fires onChange when clicked, and reflects setValue in its class", () => {
		const seen: boolean[] = [];
		const s = new Setting(container()).addToggle((t) => t.setValue(true).onChange((v) => seen.push(v)));
		const toggle = s.controlEl.find(".checkbox-container");
		expect(toggle.hasClass("is-enabled")).toBe(true);
		toggle.click();
		toggle.click();
		expect(seen).toEqual([false, true]);
	});

	it("a disabled toggle ignores clicks", () => {
		const seen: boolean[] = [];
		const s = new Setting(container()).addToggle((t) => t.onChange((v) => seen.push(v))).setDisabled(true);
		(s.controlEl.find(".checkbox-container")).click();
		expect(seen).toEqual([]);
	});

	it("a dropdown fires onChange on `change` with the chosen option", () => {
		const seen: string[] = [];
		const s = new Setting(container()).addDropdown((d) => d.addOptions({ fm: "Frontmatter", all: "All tags" }).setValue("all").onChange((v) => seen.push(v)));
		const select = s.controlEl.find("select") as HTMLSelectElement;
		expect(select.value).toBe("all");
		expect(Array.from(select.options).map((o) => o.text)).toEqual(["Frontmatter", "All tags"]);
		select.value = "fm";
		select.dispatchEvent(new Event("change"));
		expect(seen).toEqual(["fm"]);
	});

	it.each([
		[false, ["change:7"]],
		[true, ["input:5"]], // a real drag fires `input` before `change`, so instant mode listens to `input` only
	])("a slider (instant=%j) reports %j", (instant, expected) => {
		const seen: string[] = [];
		let last = "";
		const s = new Setting(container()).addSlider((sl) => sl.setLimits(0, 10, 1).setValue(3).setInstant(instant).onChange((v) => seen.push(`${last}:${v}`)));
		const range = s.controlEl.find("input[type=range]") as HTMLInputElement;
		for (const [ev, value] of [["input", "5"], ["change", "7"]]) {
			last = ev;
			range.value = value;
			range.dispatchEvent(new Event(ev));
		}
		expect(seen).toEqual(expected);
	});

	it("buttons and extra buttons run onClick unless disabled", () => {
		const clicks: string[] = [];
		const s = new Setting(container())
			.addButton((b) => b.setButtonText("Rebuild").setCta().onClick(() => clicks.push("button")))
			.addExtraButton((b) => b.setIcon("reset").setTooltip("Restore default").onClick(() => clicks.push("extra")));
		const button = s.controlEl.find("button") as HTMLButtonElement;
		const extra = s.controlEl.find(".extra-setting-button");
		expect(button.getText()).toBe("Rebuild");
		expect(button.hasClass("mod-cta")).toBe(true);
		expect(extra.getAttr("aria-label")).toBe("Restore default");
		button.click();
		extra.click();
		s.setDisabled(true);
		button.click();
		extra.click();
		expect(clicks).toEqual(["button", "extra"]);
		expect(s.components).toHaveLength(2);
	});
});

describe("openSettingTab", () => {
	/** A tab as a plugin writes one: definitions when `defs` is given, else only `display()`. */
	function tabWith(defs: unknown[] | null) {
		const values: Record<string, unknown> = { mode: "all", folders: "Blog", loud: false };
		const displayed = jest.fn();
		const app = { vault: {} } as unknown as App;
		class Tab extends PluginSettingTab {
			display(): void {
				displayed();
				this.containerEl.createDiv({ text: "classic" });
			}
			override getSettingDefinitions(): unknown[] {
				return defs ?? [];
			}
			override getControlValue(key: string): unknown {
				return values[key];
			}
			override setControlValue(key: string, value: unknown): void {
				values[key] = value;
			}
		}
		return { tab: new Tab(app, {} as never), values, displayed };
	}
	const shown = (tab: PluginSettingTab) =>
		Array.from(tab.containerEl.querySelectorAll<HTMLElement>(".setting-item")).filter((r) => r.style.display !== "none").map((r) => r.querySelector(".setting-item-name")!.textContent);

	it("calls display() for a tab without definitions", () => {
		const { tab, displayed } = tabWith(null);
		openSettingTab(tab);
		expect(displayed).toHaveBeenCalledTimes(1);
		expect(tab.containerEl.textContent).toBe("classic");
	});

	it("renders definitions instead, reads values through getControlValue, writes through setControlValue, and re-evaluates `visible` on refreshDomState", () => {
		const definitions: unknown[] = [];
		const { tab, values, displayed } = tabWith(definitions);
		definitions.push({
			type: "group",
			heading: "Articles",
			items: [
				{ name: "Articles are", control: { type: "dropdown", key: "mode", options: { all: "All notes", folders: "Folders" } } },
				{ name: "Folders", visible: () => values.mode === "folders", control: { type: "text", key: "folders" } },
				{ name: "Loud", control: { type: "toggle", key: "loud" } },
			],
		});
		openSettingTab(tab);
		expect(displayed).not.toHaveBeenCalled();
		expect(shown(tab)).toEqual(["Articles", "Articles are", "Loud"]);
		const select = tab.containerEl.querySelector("select")!;
		expect(select.value).toBe("all");
		select.value = "folders";
		select.dispatchEvent(new Event("change"));
		expect(values.mode).toBe("folders");
		// Obsidian leaves the row as rendered until told to look again.
		expect(shown(tab)).toEqual(["Articles", "Articles are", "Loud"]);
		tab.refreshDomState();
		expect(shown(tab)).toEqual(["Articles", "Articles are", "Folders", "Loud"]);
		const input = tab.containerEl.querySelector<HTMLInputElement>("input[type=text], input:not([type])")!;
		expect(input.value).toBe("Blog");
		input.value = "Blog, Notes";
		input.dispatchEvent(new Event("input"));
		expect(values.folders).toBe("Blog, Notes");
	});
});
