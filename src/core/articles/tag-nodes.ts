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
	/** Notes tagged this key or a descendant. */
	readonly under = new Set<string>();
	/** Spellings of notes tagged exactly this key. */
	readonly exactLabels = new LabelSource();
	/** This key's prefix as spelled by notes tagged with a descendant. */
	readonly descLabels = new LabelSource();
	/** This node, then its ancestors from the root down to the parent (the order keys first entered the index). */
	chain: TagNode[] = [];
	/** False once every note left; a later note gets a fresh node. */
	live = true;

	constructor(readonly key: string) {}
}

/** How one spelling of a tag is filed; `prefixes[j - 1]` is the spelling of `node.chain[j]`. */
export interface TagSpelling {
	/** Null for a hidden tag (left out of grouping). */
	node: TagNode | null;
	prefixes: string[];
}

const HIDDEN: TagSpelling = Object.freeze({ node: null, prefixes: [] as string[] }) as TagSpelling;

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
		const prefixes: string[] = [];
		for (let at = tag.indexOf("/"); at !== -1; at = tag.indexOf("/", at + 1)) prefixes.push(tag.slice(0, at));
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
		const chain = [node];
		for (let at = key.indexOf("/"); at !== -1; at = key.indexOf("/", at + 1)) chain.push(this.node(key.slice(0, at)));
		node.chain = chain;
		return node;
	}
}
