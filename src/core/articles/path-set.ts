/**
 * A read-only set of paths as the explorer reads one: its size, membership and its paths in order. `Set` has all of
 * it, so a plain set of paths passes too; the index's live views (`PathView`) and a filter's matches (`FilterMatch`)
 * share the one method that follows from the others here.
 */
export interface Paths extends Iterable<string> {
	readonly size: number;
	has(path: string): boolean;
	values(): IterableIterator<string>;
}

export abstract class PathSet implements Paths {
	abstract readonly size: number;
	abstract has(path: string): boolean;
	abstract values(): IterableIterator<string>;

	[Symbol.iterator](): IterableIterator<string> {
		return this.values();
	}
}
