/**
 * The tag keys present in the index as a tree of nodes, each holding its own note sets and label sources. A note's
 * tag resolves once per spelling to its node and the spellings of its ancestors, so filing a note walks parent links
 * instead of splitting, lower-casing and re-hashing strings for every tag of every note.
 */
import { LabelSource } from "./label-source";
import { tagKey } from "./tags";

/** One tag key that at least one note is filed under (itself or through a descendant). */
export class TagNode {
	/** Notes tagged exactly this key. */
	readonly exact = new Set<string>();
	/** Spellings of notes tagged exactly this key (created with the first such note). */
	exactLabels: LabelSource | null = null;
	/** This key's prefix as spelled by notes tagged with a descendant (created with the first such note). */
	descLabels: LabelSource | null = null;
	/** This node, then its ancestors from the root down to the parent (the order keys first entered the index). */
	chain: TagNode[] = [];
	/** False once every note left; a later note gets a fresh node. */
	live = true;
	/**
	 * Notes under this key when some are filed only through a descendant; null while none is, as then the exact set
	 * is the whole of it (most keys are leaves: one set instead of two copies).
	 */
	private own: Set<string> | null = null;
	/** Notes with at least one tag strictly below this key. */
	private descNotes = 0;

	constructor(readonly key: string) {}

	/** Notes tagged this key or a descendant. */
	get under(): ReadonlySet<string> {
		return this.own ?? this.exact;
	}

	/** Files a note tagged exactly this key, spelled `spelling`. */
	addExact(path: string, spelling: string, seq: number): void {
		this.exact.add(path);
		if (this.own) this.own.add(path);
		(this.exactLabels ??= new LabelSource()).add(spelling, seq);
	}

	removeExact(path: string, spelling: string, seq: number): void {
		this.exact.delete(path);
		if (this.own) this.own.delete(path);
		this.exactLabels?.remove(spelling, seq);
	}

	/** Files a note with a tag below this key, whose first such tag spells this key's part `prefix`. */
	addDescendant(path: string, prefix: string, seq: number): void {
		if (this.descNotes++ === 0) this.own = new Set(this.exact);
		this.own!.add(path);
		(this.descLabels ??= new LabelSource()).add(prefix, seq);
	}

	/** Undoes addDescendant; the note's own exact tag, if any, is removed by removeExact. */
	removeDescendant(path: string, prefix: string, seq: number): void {
		this.descLabels?.remove(prefix, seq);
		if (--this.descNotes === 0) this.own = null;
		else this.own!.delete(path);
	}

	/** Display casing: the earliest exact spelling, else the earliest descendant's prefix. */
	label(): string {
		return this.exactLabels?.first() ?? this.descLabels?.first() ?? this.key;
	}
}

/** How one spelling of a tag is filed; `prefixes[j - 1]` is the spelling of `node.chain[j]`. */
export interface TagSpelling {
	/** Null for a hidden tag (left out of grouping). */
	node: TagNode | null;
	prefixes: string[];
}

const HIDDEN: TagSpelling = Object.freeze({ node: null, prefixes: [] });

/** The live nodes by key, and a cache from spellings (as notes write them) to nodes. */
export class TagNodes {
	/** Live nodes by key, in the order the keys entered the index. */
	readonly byKey = new Map<string, TagNode>();
	private spellings = new Map<string, TagSpelling>();

	constructor(private readonly hiddenKeys: readonly string[]) {}

	/** The node a spelling is filed under (created with its ancestors when missing); HIDDEN's node is null. */
	resolve(tag: string): TagSpelling {
		const cached = this.spellings.get(tag);
		if (cached && (cached.node === null || cached.node.live)) return cached;
		if (this.spellings.size > 4 * this.byKey.size + 1024) this.spellings = new Map();
		const spelling = this.spell(tag);
		this.spellings.set(tag, spelling);
		return spelling;
	}

	/** True when the tag is left out of grouping; unlike resolve, never creates a node. */
	isHidden(tag: string): boolean {
		const cached = this.spellings.get(tag);
		if (cached) return cached.node === null;
		return this.hiddenKey(tagKey(tag));
	}

	/** Drops the nodes of `chain` that no note is filed under any more. */
	release(chain: readonly TagNode[]): void {
		for (const node of chain) {
			if (node.live && node.under.size === 0) {
				node.live = false;
				this.byKey.delete(node.key);
			}
		}
	}

	private spell(tag: string): TagSpelling {
		const key = tagKey(tag);
		if (this.hiddenKey(key)) return HIDDEN;
		const node = this.node(key);
		// Sized up front: an array grown by push keeps room for 16 more, a lot across thousands of spellings.
		const prefixes = new Array<string>(node.chain.length - 1);
		let n = 0;
		for (let at = tag.indexOf("/"); at !== -1 && n < prefixes.length; at = tag.indexOf("/", at + 1)) prefixes[n++] = tag.slice(0, at);
		return { node, prefixes };
	}

	/** Hiding `a` also hides `a/b` (47 is `/`). */
	private hiddenKey(key: string): boolean {
		for (const hidden of this.hiddenKeys) {
			if (key === hidden || (key.startsWith(hidden) && key.charCodeAt(hidden.length) === 47)) return true;
		}
		return false;
	}

	private node(key: string): TagNode {
		const found = this.byKey.get(key);
		if (found) return found;
		const node = new TagNode(key);
		this.byKey.set(key, node);
		let depth = 1;
		for (let at = key.indexOf("/"); at !== -1; at = key.indexOf("/", at + 1)) depth++;
		const chain = new Array<TagNode>(depth);
		chain[0] = node;
		let n = 1;
		for (let at = key.indexOf("/"); at !== -1; at = key.indexOf("/", at + 1)) chain[n++] = this.node(key.slice(0, at));
		node.chain = chain;
		return node;
	}
}
