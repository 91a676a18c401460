/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";

import { bodyHasMojibake, bodyOffset, mojibakeLineChanges, repairMojibakeLines } from "../../../src/core/health/encoding-repair";
import { BEST_PROSPECTS_REPAIRED } from "./best-prospects-repaired";

const VAULT = join(__dirname, "../../../examples/vault");
const read = (path: string) => readFileSync(join(VAULT, path), "utf8");

describe("bodyOffset", () => {
	it.each<[string, string, number]>([
		["no frontmatter", "Just text\n---\n", 0],
		["a block", "---\na: 1\n---\nBody", 13],
		["an empty block", "---\n---\nBody", 8],
		["CRLF", "---\r\na: 1\r\n---\r\nBody", 16],
		["closed at the very end", "---\na: 1\n---", 12],
		["never closed", "---\na: 1\nBody", 0],
		["invalid YAML still counts", '---\ntitle: "open\n---\nBody', 21],
		["not on the first line", "\n---\na: 1\n---\n", 0],
	])("%s", (_name, text, offset) => {
		expect(bodyOffset(text)).toBe(offset);
	});
});

describe("bodyHasMojibake", () => {
	it.each<[string, string, boolean]>([
		["garbled body", "---\ntitle: ok\n---\nItâ€™s here", true],
		["garbled title only: the title is judged on its own", '---\ntitle: "cafÃ©"\n---\nAll fine’s here', false],
		["correct typography", "It’s “quoted” — café, naïve, 📄", false],
		["plain ASCII", "Nothing to see", false],
		["no frontmatter, garbled", "Caf\u00c3\u00a9 au lait", true],
	])("%s → %s", (_name, text, expected) => {
		expect(bodyHasMojibake(text)).toBe(expected);
	});

	it.each([
		["Imported/Why your best prospects say no.md", true],
		["Imported/The handshake before the handshake.md", true],
		["Imported/Busy is not the same as productive.md", false],
		["Imported/Write it down or it did not happen.md", false],
		["Articles/Price is never the real objection.md", false],
	])("example vault: %s → %s", (path, expected) => {
		expect(bodyHasMojibake(read(path))).toBe(expected);
	});
});

describe("mojibakeLineChanges and repairMojibakeLines", () => {
	it("repairs exactly the garbled lines of an imported post, as an editor would by hand", () => {
		const text = read("Imported/Why your best prospects say no.md");
		const changes = mojibakeLineChanges(text);
		expect(changes.map((c) => [c.line, c.after])).toEqual(BEST_PROSPECTS_REPAIRED);
		const lines = text.split("\n");
		for (const change of changes) expect(change.before).toBe(lines[change.line - 1]);

		const expected = lines.slice();
		for (const [line, repaired] of BEST_PROSPECTS_REPAIRED) expected[line - 1] = repaired;
		expect(repairMojibakeLines(text)).toBe(expected.join("\n"));
	});

	it.each([
		"Articles/Rejection is data.md",
		"Imported/Busy is not the same as productive.md",
		"Imported/Write it down or it did not happen.md",
	])("leaves a correct note byte for byte: %s", (path) => {
		const text = read(path);
		expect(mojibakeLineChanges(text)).toEqual([]);
		expect(repairMojibakeLines(text)).toBe(text);
	});

	it("keeps CRLF line endings and touches only the garbled line", () => {
		const text = "---\r\ntitle: \"ðŸ“„ Price\"\r\n---\r\nIt’s fine.\r\nItâ€™s not.\r\n";
		expect(mojibakeLineChanges(text)).toEqual([
			{ line: 2, before: 'title: "ðŸ“„ Price"', after: 'title: "📄 Price"' },
			{ line: 5, before: "Itâ€™s not.", after: "It’s not." },
		]);
		expect(repairMojibakeLines(text)).toBe("---\r\ntitle: \"📄 Price\"\r\n---\r\nIt’s fine.\r\nIt’s not.\r\n");
	});

	it("repairs a title garbled in the frontmatter of the example vault", () => {
		const text = read("Articles/Price is never the real objection.md");
		expect(mojibakeLineChanges(text)).toEqual([
			{ line: 2, before: 'title: "ðŸ“„ Price is never the real objection"', after: 'title: "📄 Price is never the real objection"' },
		]);
	});
});
