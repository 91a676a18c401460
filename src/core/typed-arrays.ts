/** Growth for the typed arrays the core indexes by number (key ids, slots): one copy of the idiom for them all. */

/**
 * A copy of `array` in a new array of the same kind, at least `size` long and at least twice as long as `array`
 * (so repeated growth stays linear overall); the new tail is zero.
 */
export const grown = <T extends Int32Array | Uint8Array>(array: T, size: number): T => {
	const out = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
	out.set(array);
	return out;
};
