/**
 * The part of a read-only set of paths that follows from its `values()`, written once for the two sets the explorer
 * passes around: the index's live views (`PathView`) and a filter's matches (`FilterMatch`).
 */
export abstract class PathSet implements ReadonlySet<string> {
	abstract readonly size: number;
	abstract has(path: string): boolean;
	// Set's iterators are typed SetIterator; a generator satisfies that type.
	abstract values(): SetIterator<string>;

	keys(): SetIterator<string> {
		return this.values();
	}

	*entries(): SetIterator<[string, string]> {
		for (const path of this.values()) yield [path, path];
	}

	forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
		for (const path of this.values()) callback.call(thisArg, path, path, this);
	}

	[Symbol.iterator](): SetIterator<string> {
		return this.values();
	}
}
