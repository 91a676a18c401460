/** @jest-environment node */
import * as fs from "fs";
import * as path from "path";

import { getAllTags, parseFrontMatterTags, parseNote } from "../../../src/core/metadata";
import type { NoteMetadata } from "../../../src/core/metadata";

/**
 * Fidelity against real Obsidian: every capture in ../shared/obsidian-captures is one note as Obsidian (1.9–1.10)
 * indexed it. `parseNote(fileContents)` must give the same metadata, field by field.
 */
const CAPTURES = path.resolve(__dirname, "../../../../shared/obsidian-captures");
const LINK_MAPS = new Set(["resolvedLinks.json", "unresolvedLinks.json"]);

interface Capture {
	fileContents: string;
	cachedMetadata: NoteMetadata;
	getAllTags: string[] | null;
	parseFrontMatterTags: string[] | null;
}

/** Every field compared. All of `NoteMetadata` is modelled, so none is left out. */
const FIELDS = [
	"frontmatter",
	"frontmatterPosition",
	"frontmatterLinks",
	"tags",
	"getAllTags",
	"parseFrontMatterTags",
	"links",
	"embeds",
	"headings",
	"sections",
	"listItems",
	"blocks",
] as const;
type Field = (typeof FIELDS)[number];

/**
 * Known differences, each run as `it.failing` so the suite notices when one is fixed (the entry must then go).
 * - numbered_list_items_standard / listItems: a nested `1.` item under `1. [ ] …` starts at column 4 in Obsidian,
 *   while the identical `1)` capture (and every bullet capture) starts nested items at the parent's content column
 *   (3 here). No rule that fits all captures was found, so the parser keeps the consistent one.
 */
const KNOWN_DEVIATIONS: Record<string, Partial<Record<Field, string>>> = {
	"numbered_list_items_standard.json": { listItems: "nested `1.` item start column (see above)" },
};

const available = fs.existsSync(CAPTURES);
const names = available
	? fs
			.readdirSync(CAPTURES)
			.filter((f) => f.endsWith(".json") && !LINK_MAPS.has(f))
			.sort()
	: [];

const cache = new Map<string, { capture: Capture; actual: Record<Field, unknown> }>();
function load(name: string): { capture: Capture; actual: Record<Field, unknown> } {
	let entry = cache.get(name);
	if (!entry) {
		const capture = JSON.parse(fs.readFileSync(path.join(CAPTURES, name), "utf8")) as Capture;
		const { metadata } = parseNote(capture.fileContents);
		const actual = {} as Record<Field, unknown>;
		for (const field of FIELDS) actual[field] = (metadata as Record<string, unknown>)[field];
		actual.getAllTags = getAllTags(metadata);
		actual.parseFrontMatterTags = parseFrontMatterTags(metadata.frontmatter);
		entry = { capture, actual };
		cache.set(name, entry);
	}
	return entry;
}

function expected(capture: Capture, field: Field): unknown {
	if (field === "getAllTags") return capture.getAllTags;
	if (field === "parseFrontMatterTags") return capture.parseFrontMatterTags;
	return (capture.cachedMetadata as Record<string, unknown>)[field];
}

/** Compared as JSON values: key order and `undefined` members do not matter, everything else does. */
function asJson(value: unknown): unknown {
	return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}

function matches(name: string, field: Field): boolean {
	const { capture, actual } = load(name);
	return JSON.stringify(sortKeys(asJson(actual[field]))) === JSON.stringify(sortKeys(asJson(expected(capture, field))));
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(sortKeys);
	if (value && typeof value === "object") {
		const out: Record<string, unknown> = {};
		for (const key of Object.keys(value).sort()) out[key] = sortKeys((value as Record<string, unknown>)[key]);
		return out;
	}
	return value;
}

if (!available) {
	if (process.env.CI === "true") {
		it("has the Obsidian captures", () => {
			throw new Error(`Obsidian captures are missing: expected them in ${CAPTURES}`);
		});
	} else {
		it.skip(`fidelity: Obsidian captures not found at ${CAPTURES} (skipped outside CI)`, () => undefined);
	}
} else {
	describe.each(names)("%s", (name) => {
		for (const field of FIELDS) {
			const known = KNOWN_DEVIATIONS[name]?.[field];
			(known ? it.failing : it)(known ? `${field} (known deviation: ${known})` : field, () => {
				const { capture, actual } = load(name);
				expect(asJson(actual[field])).toEqual(asJson(expected(capture, field)));
			});
		}
	});

	describe("summary", () => {
		it("finds captures to compare", () => {
			expect(names.length).toBeGreaterThan(0);
		});

		it("matches every capture on every field except the listed deviations", () => {
			const partial = names.filter((name) => FIELDS.some((field) => !matches(name, field)));
			const full = names.length - partial.length;
			const report = `metadata fidelity: ${full}/${names.length} captures match Obsidian on all ${FIELDS.length} fields`;
			const perField = FIELDS.map((field) => `${field} ${names.filter((n) => matches(n, field)).length}`);
			process.stdout.write(`${report}\nper field: ${perField.join(", ")}\n`);
			expect(partial.sort()).toEqual(Object.keys(KNOWN_DEVIATIONS).sort());
		});
	});
}
