/**
 * The command palette's registry (Obsidian's internal `app.commands`): commands stored under `pluginId:id`, and
 * `executeCommandById` run the way the palette runs them — `checkCallback(true)` first, editor commands only with
 * an active MarkdownView. Tests use `isAvailable(id)` and `executeCommandById(id)`.
 */
import type { App } from "./app";
import { MarkdownView } from "./file-views";
import type { Command } from "./plugin-types";

/** Registered commands by full id. */
export class CommandRegistry {
	readonly commands: Record<string, Command> = {};

	constructor(private readonly app: App) {}

	addCommand(command: Command): void {
		this.commands[command.id] = command;
	}

	removeCommand(id: string): void {
		delete this.commands[id];
	}

	findCommand(id: string): Command | undefined {
		return this.commands[id];
	}

	listCommands(): Command[] {
		return Object.values(this.commands);
	}

	/** Double only: whether the palette would list the command now. */
	isAvailable(id: string): boolean {
		return this._run(id, true);
	}

	/** Runs a command as the palette does; false when it is missing or not available now. */
	executeCommandById(id: string): boolean {
		return this._run(id, false);
	}

	private _run(id: string, checking: boolean): boolean {
		const cmd = this.commands[id];
		if (!cmd) return false;
		const view = this.app.workspace.getActiveViewOfType(MarkdownView);
		if (cmd.editorCheckCallback || cmd.editorCallback) {
			if (!view) return false;
			if (cmd.editorCheckCallback) {
				if (!cmd.editorCheckCallback(true, view.editor, view)) return false;
				if (!checking) cmd.editorCheckCallback(false, view.editor, view);
				return true;
			}
			if (!checking) void cmd.editorCallback?.(view.editor, view);
			return true;
		}
		if (cmd.checkCallback) {
			if (!cmd.checkCallback(true)) return false;
			if (!checking) cmd.checkCallback(false);
			return true;
		}
		if (!cmd.callback) return false;
		if (!checking) void cmd.callback();
		return true;
	}
}
