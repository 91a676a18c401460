/**
 * Ground truth: notes as real Obsidian indexed them (shared/obsidian-captures). Fed each note's text through the
 * vault, the double's metadata cache must answer as Obsidian did, and its link resolution must pick the same files.
 */
import * as fs from "fs";
import * as path from "path";
import { createApp } from "../obsidian/app-factory";
import { getAllTags, parseFrontMatterTags } from "../obsidian/metadata-api";

interface Capture {
	filePath: string;
	fileContents: string;
	cachedMetadata: Record<string, unknown>;
	getAllTags: string[] | null;
	parseFrontMatterTags: string[] | null;
	resolveLinkToPath: Record<string, string | null>;
}

const DIR = path.resolve(__dirname, "../../../shared/obsidian-captures");
const MAPS = new Set(["resolvedLinks.json", "unresolvedLinks.json"]);
const captures: Capture[] = fs
	.readdirSync(DIR)
	.filter((f) => f.endsWith(".json") && !MAPS.has(f))
	.sort()
	.map((f) => JSON.parse(fs.readFileSync(path.join(DIR, f), "utf8")) as Capture);
const readMap = (name: string) => JSON.parse(fs.readFileSync(path.join(DIR, name), "utf8")) as Record<string, Record<string, number>>;
const resolvedLinks = readMap("resolvedLinks.json");
const unresolvedLinks = readMap("unresolvedLinks.json");

/** One vault holding every captured note, plus empty stand-ins for the other files the captured vault had. */
function captureVault() {
	const files: Record<string, string> = {};
	for (const [source, dests] of Object.entries(resolvedLinks)) {
		files[source] = "";
		for (const dest of Object.keys(dests)) files[dest] = "";
	}
	for (const c of captures) for (const dest of Object.values(c.resolveLinkToPath)) if (dest) files[dest] ??= "";
	for (const c of captures) files[c.filePath] = c.fileContents;
	return createApp({ files });
}

const app = captureVault();
const FIELDS = ["frontmatter", "frontmatterPosition", "frontmatterLinks", "tags", "links", "embeds", "headings", "sections"] as const;

describe.each(captures.map((c) => [c.filePath, c] as const))("%s", (_path, capture) => {
	const cache = () => app.metadataCache.getCache(capture.filePath) as Record<string, unknown>;

	it.each(FIELDS)("%s matches Obsidian", (field) => {
		expect(cache()[field]).toEqual(capture.cachedMetadata[field]);
	});

	it("getAllTags and parseFrontMatterTags match Obsidian", () => {
		expect(getAllTags(cache() as never)).toEqual(capture.getAllTags);
		expect(parseFrontMatterTags((cache().frontmatter ?? null) as never)).toEqual(capture.parseFrontMatterTags);
	});

	const links = Object.entries(capture.resolveLinkToPath);
	if (links.length > 0) {
		it.each(links)("link %j resolves to %j", (link, dest) => {
			expect(app.metadataCache.getFirstLinkpathDest(link, capture.filePath)?.path ?? null).toBe(dest);
		});
	}
});

describe("vault-wide link maps", () => {
	it.each(captures.filter((c) => resolvedLinks[c.filePath]).map((c) => [c.filePath] as const))("%s", (source) => {
		expect(app.metadataCache.resolvedLinks[source]).toEqual(resolvedLinks[source]);
		expect(app.metadataCache.unresolvedLinks[source]).toEqual(unresolvedLinks[source]);
	});
});

