import type { Paths } from "./path-set";
/**
 * A map from a key (tag, type, month) to the set of note paths filed under it. Empty sets are deleted at once,
 * so the keys present are exactly the groups the explorer shows, and a removal never leaves garbage behind.
 */

const EMPTY: Paths = new Set<string>();

export class PathSets {
	readonly #sets = new Map<string, Set<string>>();

	add(key: string, path: string): void {
		let set = this.#sets.get(key);
		if (!set) {
			set = new Set();
			this.#sets.set(key, set);
		}
		set.add(path);
	}

	delete(key: string, path: string): void {
		const set = this.#sets.get(key);
		if (!set) return;
		set.delete(path);
		if (set.size === 0) this.#sets.delete(key);
	}

	/** The live set for `key` (empty when absent); callers must not change it. */
	get(key: string): Paths {
		return this.#sets.get(key) ?? EMPTY;
	}

	keys(): IterableIterator<string> {
		return this.#sets.keys();
	}
}
