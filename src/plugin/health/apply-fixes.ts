/**
 * Writes confirmed fixes to a note. Each write runs on the note's content at that moment (`vault.process`,
 * `fileManager.processFrontMatter`) and recomputes the fix there, so an edit made between preview and confirm is
 * kept; a fix whose problem has gone by then changes nothing, and no write happens at all.
 */
import type { App, TFile } from "obsidian";

import { applyFrontmatterFixes, type FixCode, type FixOptions } from "../../core/health/fixes";
import { repairMojibakeLines } from "../../core/health/encoding-repair";

/** Thrown inside a process callback to abort the write when nothing is left to fix. */
class NothingToFix extends Error {}

/** Applies the wanted fixes to the note's current content; returns the ones actually applied. */
export const applyFixes = async (app: App, file: TFile, wanted: readonly FixCode[], options: FixOptions): Promise<FixCode[]> => {
	const applied: FixCode[] = [];
	// The text repair goes first: its preview listed lines of the text as it was, before YAML is written back.
	if (wanted.includes("mojibake")) {
		const done = await abortable(() =>
			app.vault.process(file, (text) => {
				const repaired = repairMojibakeLines(text);
				if (repaired === text) throw new NothingToFix();
				return repaired;
			}),
		);
		if (done) applied.push("mojibake");
	}
	const frontmatterCodes = wanted.filter((code) => code !== "mojibake");
	if (frontmatterCodes.length > 0) {
		let done: FixCode[] = [];
		await abortable(() =>
			app.fileManager.processFrontMatter(file, (frontmatter: Record<string, unknown>) => {
				done = applyFrontmatterFixes(frontmatter, frontmatterCodes, options);
				if (done.length === 0) throw new NothingToFix();
			}),
		);
		applied.push(...done);
	}
	return applied;
};

/** Runs a write; false when it was aborted because nothing was left to fix (any other error propagates). */
const abortable = async (write: () => Promise<unknown>): Promise<boolean> => {
	try {
		await write();
		return true;
	} catch (e) {
		if (e instanceof NothingToFix) return false;
		throw e;
	}
};
