import { Notice } from "./obsidian-api";

/** What went wrong, in words: an error's message, or whatever was thrown as text. */
export const errorMessage = (error: unknown): string => error instanceof Error ? error.message : String(error);

/** Tells the user that an action failed and why, as "What failed: the error's message". */
export const noticeFailure = (what: string, error: unknown): void => {
	new Notice(`${what}: ${errorMessage(error)}`);
};
