/** @jest-environment node */
import { wordFlags } from "../../../src/core/snippets/cues";
import { GATE, Lexicon } from "../../../src/core/snippets/lexicon";
import { sentenceCues } from "../../../src/core/snippets/sentence-cues";
import { isContentWord, stem } from "../../../src/core/snippets/tokens";

describe("Lexicon", () => {
	it("knows a word's stem, whether it is a term, its gates and its cue flags", () => {
		const lexicon = new Lexicon();
		for (const w of ["selling", "the", "not", "i", "you", "42", "buy"]) {
			const info = lexicon.info(w);
			expect(info.stem).toBe(stem(w));
			expect(info.content).toBe(isContentWord(w));
			expect(info.flags).toBe(wordFlags(w));
		}
		expect(lexicon.info("not").gates & GATE.contrast).toBeTruthy();
		expect(lexicon.info("buy").gates & GATE.promo).toBeTruthy();
		expect(lexicon.info("selling").gates).toBe(0);
	});

	it("works a word out once and hands back the same answer", () => {
		const lexicon = new Lexicon();
		expect(lexicon.info("buyers")).toBe(lexicon.info("buyers"));
	});

	it("gives sentence cues the same answers as a fresh analysis of every word", () => {
		const lexicon = new Lexicon();
		const sentences = ["Stop pitching and start listening.", "I called him last week.", "Your price isn't the risk, it's the plan.", "Big plans don't."];
		for (const s of sentences) expect(sentenceCues(s, lexicon)).toEqual(sentenceCues(s));
	});
});
