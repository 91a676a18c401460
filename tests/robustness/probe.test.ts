/** @jest-environment node */
import { generatedNotes } from "./hostile-corpus";
import { findKeyLines } from "../../src/core/snippets/key-lines";
import { snippetsFor, PLATFORMS } from "../../src/cli/snippets";
it("probe", () => {
	for (const [p, t] of Object.entries(generatedNotes())) {
		let t0 = Date.now();
		findKeyLines(t, {});
		const a = Date.now() - t0; t0 = Date.now();
		snippetsFor({ path: p, text: t, platforms: PLATFORMS, count: 5, thread: false });
		const b = Date.now() - t0; t0 = Date.now();
		snippetsFor({ path: p, text: t, platforms: PLATFORMS, count: 5, thread: true });
		console.log(p, t.length, a, b, Date.now() - t0);
	}
});
