/** @jest-environment node */
import { cjk, plain } from "../../../src/core/social/plain-units";
import { graphemeCount, graphemes } from "../../../src/core/social/graphemes";

const segmenter = new Intl.Segmenter("en", { granularity: "grapheme" });

function segmented(text: string): string[] {
	return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** Every UTF-16 unit `plain` accepts, in order. */
function plainUnits(): number[] {
	const units: number[] = [];
	for (let code = 0; code <= 0xffff; code++) if (plain(code)) units.push(code);
	return units;
}

describe("plain units", () => {
	it("takes as plain only units that stand alone beside one another", () => {
		expect(["a", " ", "\n", "é", "—", "’", "“", "…", "•", "日", "。", "カ", "ｶ"].every((c) => plain(c.charCodeAt(0)))).toBe(true);
		for (const c of ["\r", "\u200C", "\u20DD", "\u0301", "\u3099", "\u302A", "\u200D", "\uFE0F", "\uD83D", "ไ", "\u0600", "\uFF9E"]) {
			expect(plain(c.charCodeAt(0))).toBe(false);
		}
		expect(cjk("日".charCodeAt(0)) && cjk("ｶ".charCodeAt(0)) && !cjk("a".charCodeAt(0))).toBe(true);
	});

	it("breaks between any plain unit and its neighbours in order and a spread of others, as the segmenter does", () => {
		const units = plainUnits();
		// Each unit beside the next one, and beside units from each range (LF, ASCII, Latin, punctuation, kana, ideographs, full-width).
		const others = [0x0a, 0x20, 0x41, 0xe9, 0x2ff, 0x2014, 0x2019, 0x203c, 0x3001, 0x30ab, 0x3400, 0x65e5, 0x9fff, 0xff01, 0xff9d];
		const sequence: number[] = [];
		units.forEach((unit, i) => sequence.push(unit, others[i % others.length]));
		for (const order of [units, sequence, sequence.slice().reverse()]) {
			// Windows of 200 overlapping by one, as the segmenter is slow on long strings.
			for (let at = 0; at < order.length - 1; at += 199) {
				const text = String.fromCharCode(...order.slice(at, at + 200));
				expect(segmented(text).length).toBe(text.length);
			}
		}
	});

	it("lets graphemes and graphemeCount skip the segmenter on CJK, Latin and typographic text, with the segmenter's answer", () => {
		const text = "日本語の文章、カタカナと「かっこ」。Mixed with ASCII — café, “quotes” and ｶﾀｶﾅ…\n二行目";
		expect(graphemes(text)).toEqual(segmented(text));
		expect(graphemeCount(text)).toBe(segmented(text).length);
		// Not plain: a combining mark joins its base, so the segmenter is asked.
		const marked = "か\u3099き\u3099 e\u0301";
		expect(graphemeCount(marked)).toBe(4);
		expect(graphemes(marked)).toEqual(segmented(marked));
	});
});
