import { parseBlocks } from "./block-parser";
import type { Block } from "./block-tree";
import { sectionType } from "./block-tree";
import { readFrontmatter } from "./frontmatter";
import { scanInline } from "./inline-scan";
import { LineIndex } from "./line-index";
import { itemPosition, listItemCaches } from "./list-items";
import type { BlockCache, HeadingCache, LinkCache, NoteMetadata, SectionCache, TagCache } from "./types";

/** The metadata plus the one thing the cache cannot say: why the frontmatter was rejected. */
export interface ParsedNote {
	metadata: NoteMetadata;
	yamlError: string | null;
}

/**
 * Markdown → Obsidian-shaped metadata, so the CLI and tests see a note exactly as Obsidian's metadata cache would.
 * Never throws, for any input. A leading byte-order mark is ignored: positions count from the character after it,
 * as in the text Obsidian reads.
 */
export function parseNote(text: string): ParsedNote {
	try {
		return parseNoteUnguarded(typeof text === "string" ? text : "");
	} catch {
		return { metadata: {}, yamlError: null };
	}
}

/** `parseNote` without its safety net, so tests can prove the net is never needed. */
export function parseNoteUnguarded(raw: string): ParsedNote {
	const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
	const index = new LineIndex(text);
	const fm = readFrontmatter(index);
	const parsed = parseBlocks(index, fm.endLine + 1, fm.endLine);
	const metadata: NoteMetadata = {};
	if (fm.frontmatter) {
		metadata.frontmatter = fm.frontmatter;
		metadata.frontmatterPosition = fm.position;
		metadata.frontmatterLinks = fm.links;
	}
	const pos = (b: Block) => index.pos(b.startLine, b.startCol, b.endLine, b.endCol);

	const inline = collectInline(index, parsed.textBlocks);
	if (inline.tags.length > 0) metadata.tags = inline.tags;
	if (inline.links.length > 0) metadata.links = inline.links;
	if (inline.embeds.length > 0) metadata.embeds = inline.embeds;

	const headings: HeadingCache[] = [];
	const sections: SectionCache[] = [];
	for (const b of parsed.doc.children) {
		const section: SectionCache = { type: sectionType(b), position: pos(b) };
		if (b.type === "paragraph" && b.id) section.id = b.id;
		sections.push(section);
		if (b.type === "heading") headings.push({ heading: b.headingText ?? "", level: b.level ?? 1, position: pos(b) });
	}
	if (headings.length > 0) metadata.headings = headings;
	if (sections.length > 0) metadata.sections = sections;

	const blocks: Record<string, BlockCache> = {};
	let hasBlocks = false;
	for (const b of parsed.textBlocks) {
		if (b.type !== "paragraph" || !b.id) continue;
		const item = b.parent && b.parent.type === "item" ? b.parent : null;
		if (item) item.id = item.id ?? b.id;
		if (Object.prototype.hasOwnProperty.call(blocks, b.id)) continue;
		blocks[b.id] = { id: b.id, position: item ? itemPosition(index, item) : pos(b) };
		hasBlocks = true;
	}
	if (hasBlocks) metadata.blocks = blocks;

	const listItems = listItemCaches(index, parsed.items);
	if (listItems.length > 0) metadata.listItems = listItems;
	return { metadata, yamlError: fm.yamlError };
}

/** Runs the inline scanner over every text block and maps its string indexes back to note positions. */
function collectInline(index: LineIndex, textBlocks: Block[]): { tags: TagCache[]; links: LinkCache[]; embeds: LinkCache[] } {
	const tags: TagCache[] = [];
	const links: LinkCache[] = [];
	const embeds: LinkCache[] = [];
	for (const block of textBlocks) {
		if (block.type === "code" || block.type === "html" || block.type === "math") continue;
		const segs = block.segs;
		const parts: string[] = [];
		const starts: number[] = [];
		let length = 0;
		for (let k = 0; k < segs.length; k += 3) {
			const part = index.lines[segs[k]].slice(segs[k + 1], segs[k + 2]);
			starts.push(length);
			parts.push(part);
			length += part.length + 1;
		}
		const s = parts.join("\n");
		const locate = (at: number) => {
			let lo = 0;
			let hi = starts.length - 1;
			while (lo < hi) {
				const mid = (lo + hi + 1) >> 1;
				if (starts[mid] <= at) lo = mid;
				else hi = mid - 1;
			}
			return index.loc(segs[lo * 3], segs[lo * 3 + 1] + (at - starts[lo]));
		};
		scanInline(s, block.type === "table", {
			tag: (tag, start, end) => tags.push({ tag, position: { start: locate(start), end: locate(end) } }),
			link: (embed, link, original, displayText, start, end) => {
				const entry: LinkCache = { link, original, displayText, position: { start: locate(start), end: locate(end) } };
				(embed ? embeds : links).push(entry);
			},
		});
	}
	const byOffset = (a: { position: { start: { offset: number } } }, b: { position: { start: { offset: number } } }) =>
		a.position.start.offset - b.position.start.offset;
	return { tags: tags.sort(byOffset), links: links.sort(byOffset), embeds: embeds.sort(byOffset) };
}
