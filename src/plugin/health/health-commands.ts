/**
 * The metadata-health commands: "Fix metadata of this note" (only offered when the open note has a problem with a
 * certain fix) and "Repair text encoding of this note" (for any open note: garbled text is plain to see before the
 * background scan has reached it). Both preview in the confirm dialog before anything is written.
 */
import type { Plugin, TFile } from "obsidian";

import { REPAIR_ENCODING_COMMAND } from "../../core/articles/article";
import type { ArticleDeskSettings } from "../../core/settings";
import type { ArticleStore } from "../article-store";
import { activeNoteCommand } from "../markdown-file";
import { canFixMetadata, FixScope, openFixModal } from "./fix-modal";

/** What the commands need from the plugin; an interface so this folder never imports the plugin class. */
export interface HealthHost extends Plugin {
	readonly store: ArticleStore;
	getSettings(): ArticleDeskSettings;
}

/** Registers the two commands; call once from `onload`. */
export const registerHealthCommands = (host: HealthHost): void => {
	const { app } = host;
	const typeKey = () => host.getSettings().typeKey;
	const fix = (scope: FixScope) => (file: TFile) => openFixModal(app, file, { typeKey: typeKey(), scope });
	host.addCommand({
		id: "fix-metadata",
		name: "Fix metadata of this note",
		icon: "wrench",
		checkCallback: activeNoteCommand(app, fix(FixScope.metadata), (file) => canFixMetadata(app, host.store, file, typeKey())),
	});
	host.addCommand({
		id: "repair-text-encoding",
		name: REPAIR_ENCODING_COMMAND,
		icon: "languages",
		checkCallback: activeNoteCommand(app, fix(FixScope.encoding)),
	});
};
