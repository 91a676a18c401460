import { Notice } from "obsidian";

/** Tells the user that an action failed and why, as "What failed: the error's message". */
export function noticeFailure(what: string, error: unknown): void {
	new Notice(`${what}: ${error instanceof Error ? error.message : String(error)}`);
}
