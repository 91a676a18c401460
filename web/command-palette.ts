/**
 * A small command palette (Ctrl/Cmd+P or the title bar's button): lists the commands available now, the way
 * Obsidian's palette asks each command's check callback, filters as you type, and runs the chosen one.
 */
import type { App } from "../tests/obsidian/app";
import type { Command } from "../tests/obsidian/plugin-types";

/** The palette; one per page, opened and closed as often as the user likes. */
export class CommandPalette {
	private containerEl: HTMLElement | null = null;

	constructor(private readonly app: App) {}

	get isOpen(): boolean {
		return this.containerEl !== null;
	}

	open(): void {
		if (this.containerEl) return;
		const commands = this.app.commands.listCommands().filter((c) => this.app.commands.isAvailable(c.id));
		const container = document.body.createDiv({ cls: "modal-container demo-palette" });
		this.containerEl = container;
		container.createDiv({ cls: "modal-bg" }).addEventListener("click", () => this.close());
		const prompt = container.createDiv({ cls: "prompt", attr: { role: "dialog", "aria-label": "Command palette" } });
		const input = prompt.createDiv({ cls: "prompt-input-container" }).createEl("input", {
			cls: "prompt-input",
			type: "text",
			attr: { placeholder: "Type a command…", "aria-label": "Command" },
		});
		const results = prompt.createDiv({ cls: "prompt-results", attr: { role: "listbox" } });
		let shown: Command[] = [];
		const render = () => {
			const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
			shown = commands.filter((c) => words.every((w) => c.name.toLowerCase().includes(w)));
			results.empty();
			shown.forEach((command, i) => {
				const item = results.createDiv({ cls: "suggestion-item", text: command.name, attr: { role: "option", "data-command": command.id } });
				item.toggleClass("is-selected", i === 0);
				item.addEventListener("click", () => this.run(command));
			});
			if (shown.length === 0) results.createDiv({ cls: "suggestion-empty", text: "No matching commands." });
		};
		input.addEventListener("input", render);
		input.addEventListener("keydown", (evt) => {
			if (evt.key === "Escape") this.close();
			if (evt.key === "Enter" && shown[0]) this.run(shown[0]);
		});
		render();
		input.focus();
	}

	close(): void {
		this.containerEl?.detach();
		this.containerEl = null;
	}

	private run(command: Command): void {
		this.close();
		this.app.commands.executeCommandById(command.id);
	}
}
