/**
 * The tag keys present in the index as a tree of nodes, each holding the ids of its notes. A note's tag spelling
 * resolves once (cached) to its node, whose `chain` lists its ancestors, so filing a note walks references
 * instead of splitting, lower-casing and hashing strings for every tag of every note.
 */
import { IdList } from "./id-list";
import { tagKey } from "./tags";

/** One tag key that at least one note is filed under (itself or through a descendant). */
export class TagNode {
	/** Notes tagged exactly this key. */
	readonly exact = new IdList();
	/**
	 * Notes tagged this key or a descendant, while at least one note is filed here only through a descendant;
	 * null otherwise, as then `exact` is the whole of it (most keys are leaves: one list instead of two).
	 */
	own: IdList | null = null;
	/** Notes with at least one tag strictly below this key. */
	descNotes = 0;
	/** This node, then its ancestors from the root down to the parent. */
	chain: TagNode[] = [];
	/** False once every note left; a later note gets a fresh node. */
	live = true;
	/** Scratch marks for one note's filing, so a node met twice (as its tag, or above one) is handled once. */
	mark = 0;
	aboveMark = 0;
	/** Scratch mark for listing one article's keys (ArticleIndex.groupKeys), apart from filing's. */
	listed = 0;
	/** The display label, and the article it was read off (valid while that article is still the one to read). */
	label = "";
	labelOf: object | null = null;

	constructor(readonly key: string) {}

	/** Notes tagged this key or a descendant. */
	get under(): IdList {
		return this.own ?? this.exact;
	}

	/** Nesting depth: 1 for a root key. */
	get depth(): number {
		return this.chain.length;
	}
}

/** The live nodes by key, and a cache from spellings (as notes write them) to nodes. */
export class TagNodes {
	/** Live nodes by key, in the order the keys entered the index. */
	readonly byKey = new Map<string, TagNode>();
	/** Spelling → node, or null for a hidden tag. */
	#spellings = new Map<string, TagNode | null>();

	readonly #hiddenKeys: readonly string[];

	constructor(hiddenKeys: readonly string[]) {
		this.#hiddenKeys = hiddenKeys;
	}

	/** The node a spelling is filed under (created with its ancestors when missing); null for a hidden tag. */
	resolve(tag: string): TagNode | null {
		const cached = this.#spellings.get(tag);
		if (cached === null || (cached !== undefined && cached.live)) return cached;
		if (this.#spellings.size > 4 * this.byKey.size + 1024) this.#spellings = new Map();
		const key = tagKey(tag);
		const node = this.#hiddenKey(key) ? null : this.#node(key);
		this.#spellings.set(tag, node);
		return node;
	}

	/** The node of a spelling if it is filed now, without creating one. */
	find(tag: string): TagNode | null {
		const cached = this.#spellings.get(tag);
		if (cached !== undefined) return cached !== null && cached.live ? cached : null;
		return this.byKey.get(tagKey(tag)) ?? null;
	}

	/** True when the tag is left out of grouping; unlike resolve, never creates a node. */
	isHidden(tag: string): boolean {
		const cached = this.#spellings.get(tag);
		if (cached !== undefined) return cached === null;
		return this.#hiddenKey(tagKey(tag));
	}

	/** Drops a node no note is filed under any more. */
	release(node: TagNode): void {
		if (!node.live || node.exact.size > 0 || node.own !== null) return;
		node.live = false;
		if (this.byKey.get(node.key) === node) this.byKey.delete(node.key);
	}

	/** Hiding `a` also hides `a/b` (47 is `/`). */
	#hiddenKey(key: string): boolean {
		for (const hidden of this.#hiddenKeys) {
			if (key === hidden || (key.startsWith(hidden) && key.charCodeAt(hidden.length) === 47)) return true;
		}
		return false;
	}

	#node(key: string): TagNode {
		const found = this.byKey.get(key);
		if (found) return found;
		const node = new TagNode(key);
		this.byKey.set(key, node);
		// A `/` nests what comes before it, so a leading one (`/b`, a tag of its own) nests nothing, as in tagChain.
		// The parent's chain is the parent, then the ancestors above it: this node's is the same with the parent moved
		// to the end and this node in front (concat makes it at its exact length, as every chain is kept).
		const at = key.lastIndexOf("/");
		const parent = at > 0 ? this.#node(key.slice(0, at)) : null;
		const chain = parent ? parent.chain.concat(parent) : [node];
		chain[0] = node;
		node.chain = chain;
		return node;
	}
}

/** The prefix of `tag` (as written) that spells its ancestor at `depth` (1 = the root segment). */
export const prefixAt = (tag: string, depth: number): string => {
	let at = 0; // the first `/` looked for is after the first character, as in #node
	for (let d = 0; d < depth; d++) {
		at = tag.indexOf("/", at + 1);
		if (at === -1) return tag;
	}
	return tag.slice(0, at);
};
