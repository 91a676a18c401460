/** Copying a post: the clipboard can refuse (no permission, window not focused), which must never surface as a throw. */
import { Notice } from "../obsidian-api";

import { errorMessage } from "../failure-notice";

/** Writes text to the clipboard and tells the user how it went (`warning` added to that); resolves to whether it worked. */
export const copyToClipboard = async (text: string, warning = ""): Promise<boolean> => {
	try {
		await navigator.clipboard.writeText(text);
		new Notice(`Copied${warning}`);
		return true;
	} catch (error) {
		const reason = errorMessage(error);
		new Notice(`Could not copy to the clipboard${reason ? `: ${reason}` : "."}`);
		return false;
	}
};
