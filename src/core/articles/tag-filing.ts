/**
 * Filing one note under the tag tree: which nodes list it exactly, which list it through a descendant, and the
 * `own` lists (exact ∪ below) parents keep while some note is below them. An edit moves the note only between the
 * nodes whose role for it changed; a note filed for the first time (start-up) takes a direct path.
 */
import type { TagNode, TagNodes } from "./tag-nodes";

/** The tag nodes one article is filed under: exact keys, and strict ancestors of them, each once. */
class Filing {
	exact: TagNode[] = [];
	above: TagNode[] = [];
	ne = 0;
	na = 0;

	/** Fills from an article's tags (null article: files nothing); returns this. */
	collect(tags: readonly string[] | null, nodes: TagNodes): this {
		this.ne = 0;
		this.na = 0;
		if (!tags) return this;
		for (let i = 0; i < tags.length; i++) {
			const node = nodes.resolve(tags[i]);
			if (node === null) continue;
			if (!includes(this.exact, this.ne, node)) this.exact[this.ne++] = node;
			const chain = node.chain;
			for (let j = 1; j < chain.length; j++) if (!includes(this.above, this.na, chain[j])) this.above[this.na++] = chain[j];
		}
		return this;
	}

	hasExact(node: TagNode): boolean {
		return includes(this.exact, this.ne, node);
	}

	hasAbove(node: TagNode): boolean {
		return includes(this.above, this.na, node);
	}

	/** Same nodes in the same roles as another filing. */
	equals(other: Filing): boolean {
		if (this.ne !== other.ne || this.na !== other.na) return false;
		for (let i = 0; i < this.ne; i++) if (!other.hasExact(this.exact[i])) return false;
		for (let i = 0; i < this.na; i++) if (!other.hasAbove(this.above[i])) return false;
		return true;
	}

	/** Forgets the nodes, so the scratch filing keeps none of an old index alive. */
	clear(): void {
		this.exact.fill(null as unknown as TagNode, 0, this.ne);
		this.above.fill(null as unknown as TagNode, 0, this.na);
		this.ne = 0;
		this.na = 0;
	}
}

const includes = (list: readonly TagNode[], count: number, node: TagNode): boolean => {
	for (let i = 0; i < count; i++) if (list[i] === node) return true;
	return false;
};

// Scratch filings for one note's change (the index is single-threaded and never re-entered while filing).
const before = new Filing();
const after = new Filing();
let markCounter = 0;

/**
 * Bits of refileTags' answer: the note had / has at least one grouped (not hidden) tag. An enum, so the bundler writes
 * each bit as a plain number where it is used.
 */
export enum Grouped {
	was = 1,
	is = 2,
}

/**
 * Moves note `id` from the tag nodes of `wasTags` to those of `nowTags` (null: filed nowhere), touching only the
 * nodes whose role for the note changes. Returns Grouped bits for the untagged bucket.
 */
export const refileTags = (nodes: TagNodes, id: number, wasTags: readonly string[] | null, nowTags: readonly string[] | null): number => {
	if (wasTags === null && nowTags !== null) return enterTags(nodes, id, nowTags) ? Grouped.is : 0;
	const b = before.collect(wasTags, nodes);
	const a = after.collect(nowTags, nodes);
	const grouped = (b.ne > 0 ? Grouped.was : 0) | (a.ne > 0 ? Grouped.is : 0);
	if (!b.equals(a)) {
		const mark = ++markCounter;
		moveAll(b.exact, b.ne, id, mark, b, a);
		moveAll(b.above, b.na, id, mark, b, a);
		moveAll(a.exact, a.ne, id, mark, b, a);
		moveAll(a.above, a.na, id, mark, b, a);
		for (let i = 0; i < b.ne; i++) nodes.release(b.exact[i]);
		for (let i = 0; i < b.na; i++) nodes.release(b.above[i]);
	}
	b.clear();
	a.clear();
	return grouped;
};

/**
 * refileTags for a note that was filed nowhere (start-up fills 100k of them): no before/after comparison, each
 * node marked as handled in its role. Returns whether any tag was filed (else the note is untagged).
 */
const enterTags = (nodes: TagNodes, id: number, tags: readonly string[]): boolean => {
	const mark = ++markCounter;
	let grouped = false;
	for (let i = 0; i < tags.length; i++) {
		const node = nodes.resolve(tags[i]);
		if (node === null) continue;
		grouped = true;
		if (node.mark !== mark) {
			node.mark = mark;
			node.exact.add(id);
			if (node.own !== null) node.own.add(id);
		}
		const chain = node.chain;
		for (let j = 1; j < chain.length; j++) {
			const up = chain[j];
			if (up.aboveMark === mark) continue;
			up.aboveMark = mark;
			if (up.own === null) up.own = up.exact.copy();
			up.descNotes++;
			up.own.add(id);
		}
	}
	return grouped;
};

/** moveTag for each of `count` nodes not yet handled in this change (`mark`), from filing `b` to filing `a`. */
const moveAll = (nodes: readonly TagNode[], count: number, id: number, mark: number, b: Filing, a: Filing): void => {
	for (let i = 0; i < count; i++) {
		const node = nodes[i];
		if (node.mark === mark) continue;
		node.mark = mark;
		moveTag(node, id, b.hasExact(node), a.hasExact(node), b.hasAbove(node), a.hasAbove(node));
	}
};

/**
 * One note's move for one tag node: `wasExact`/`isExact` whether the note is tagged exactly the key before and
 * after, `wasAbove`/`isAbove` whether it has a tag strictly below it. Keeps `exact`, `descNotes` and `own`
 * (exact ∪ notes below, held only while some note is below) consistent.
 */
const moveTag = (node: TagNode, id: number, wasExact: boolean, isExact: boolean, wasAbove: boolean, isAbove: boolean): void => {
	node.exact.update(id, wasExact, isExact);
	const delta = (isAbove ? 1 : 0) - (wasAbove ? 1 : 0);
	if (node.own === null) {
		if (delta > 0) {
			node.descNotes = 1;
			node.own = node.exact.copy();
			node.own.add(id);
		}
		return;
	}
	node.descNotes += delta;
	if (node.descNotes === 0) {
		node.own = null;
		return;
	}
	node.own.update(id, wasExact || wasAbove, isExact || isAbove);
};

