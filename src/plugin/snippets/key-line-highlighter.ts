/**
 * The editor's key-line highlights: a CodeMirror 6 view plugin that marks the note's top key lines with their rank.
 * It reads an on/off switch on every update, so it costs nothing while off (no scoring, no timers), recomputes a
 * short while after the author stops typing, and redraws at once when the switch changes (`refreshKeyLines`).
 */
import { type Extension, type Range, StateEffect } from "@codemirror/state";
import { Decoration, type DecorationSet, EditorView, type PluginValue, ViewPlugin, type ViewUpdate } from "@codemirror/view";

import type { KeyLine } from "../../core/snippets/key-lines";
import { CSS_PREFIX } from "../css-prefix";
import { locateKeyLines } from "./key-line-ranges";
import { cancelLater, later } from "../timers";

/** Dispatch this to an editor to make it re-read the switch and recompute now (the toggle command does). */
export const refreshKeyLines = StateEffect.define<null>();

/** The CSS class of a marked key line (styled in styles.css). */
export const KEY_LINE_CLASS = `${CSS_PREFIX}-key-line`;

/** Quiet time after the last edit before key lines are recomputed. */
export const RECOMPUTE_DELAY_MS = 300;

/** What the highlighter needs from the plugin: the switch, and the ranked key lines of a document. */
export interface KeyLineSource {
	enabled(): boolean;
	/** The key lines of the text in `view`, best first (the plugin adds the note's title and tags). */
	keyLines(text: string, view: EditorView): KeyLine[];
}

/** The hover text of a marked line, e.g. `Key line #2 (score 0.83)`. */
export const keyLineTitle = (rank: number, score: number): string => `Key line #${rank} (score ${score.toFixed(2)})`;

/** The decorations for a document: one mark per key line, at the range its text occupies. */
export const keyLineDecorations = (doc: string, lines: readonly KeyLine[]): DecorationSet => {
	const marks: Range<Decoration>[] = [];
	locateKeyLines(doc, lines).forEach(({ from, to }, i) => {
		// A line found nowhere has an empty range: it is left unmarked, and the others keep their ranks.
		if (to > from) marks.push(Decoration.mark({ class: KEY_LINE_CLASS, attributes: { title: keyLineTitle(i + 1, lines[i].score) } }).range(from, to));
	});
	return Decoration.set(marks, true);
};

/** The view plugin's state for one editor. */
export class KeyLineHighlighter implements PluginValue {
	// The public fields are set in the constructor, not where declared: an initialiser here would make esbuild move
	// the private fields' initialisers into the constructor as well (useDefineForClassFields is off).
	decorations: DecorationSet;
	/** How often key lines were computed; tests read it to prove that "off" costs nothing. */
	computeCount: number;
	#enabled: boolean;
	/** The timer of the next refresh; 0 when none is set. */
	#timer = 0;

	readonly #view: EditorView;
	readonly #source: KeyLineSource;

	constructor(
		view: EditorView,
		source: KeyLineSource,
	) {
		this.decorations = Decoration.none;
		this.computeCount = 0;
		this.#view = view;
		this.#source = source;
		this.#enabled = source.enabled();
		if (this.#enabled) this.#compute(view.state.doc.toString());
	}

	update(update: ViewUpdate): void {
		const was = this.#enabled;
		this.#enabled = this.#source.enabled();
		if (!this.#enabled) {
			// Off: no highlights, and no recount waiting.
			this.#cancelTimer();
			this.decorations = Decoration.none;
		} else if (!was || update.transactions.some((tr) => tr.effects.some((e) => e.is(refreshKeyLines)))) {
			// Switched on, or asked to recompute now (the switch changed, or the pause after typing is over).
			this.#cancelTimer();
			this.#compute(update.state.doc.toString());
		} else if (update.docChanged) {
			this.decorations = this.decorations.map(update.changes);
			this.#schedule();
		}
	}

	destroy(): void {
		this.#cancelTimer();
	}

	#compute(doc: string): void {
		this.computeCount++;
		this.decorations = keyLineDecorations(doc, this.#source.keyLines(doc, this.#view));
	}

	#schedule(): void {
		this.#cancelTimer();
		this.#timer = later(() => {
			this.#timer = 0;
			refreshEditor(this.#view);
		}, RECOMPUTE_DELAY_MS);
	}

	#cancelTimer(): void {
		cancelLater(this.#timer);
		this.#timer = 0;
	}
}

/** The extension to register once (`registerEditorExtension`), and the plugin handle tests use to read marks. */
export const keyLineHighlightExtension = (source: KeyLineSource): { extension: Extension; plugin: ViewPlugin<KeyLineHighlighter> } => {
	const plugin = ViewPlugin.define((view) => new KeyLineHighlighter(view, source), {
		decorations: (value) => value.decorations,
	});
	return { extension: plugin, plugin };
};

/** Asks one editor to re-read the switch now; a no-op for anything that is not a live CodeMirror view. */
export const refreshEditor = (cm: unknown): void => {
	if (cm instanceof EditorView) cm.dispatch({ effects: refreshKeyLines.of(null) });
};
