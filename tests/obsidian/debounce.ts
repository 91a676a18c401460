/**
 * Obsidian's `debounce`: calls are collapsed into one trailing call with the latest arguments, `timeout` ms after
 * the first call of a burst, or after the last call when `resetTimer` is true. `cancel()` drops the pending call,
 * `run()` makes it now. Uses `window.setTimeout`, so jest's fake timers drive it.
 */
import type { Debouncer } from "obsidian";

/** Creates a debounced function with Obsidian's semantics. */
export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Debouncer<T, V> {
	let timer: number | null = null;
	let pending: T | null = null;
	const fire = (): V | void => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		if (pending === null) return;
		const args = pending;
		pending = null;
		return cb(...args);
	};
	const debounced = ((...args: [...T]) => {
		pending = args;
		if (timer !== null && resetTimer) {
			window.clearTimeout(timer);
			timer = null;
		}
		if (timer === null) timer = window.setTimeout(fire, timeout);
		return debounced;
	}) as Debouncer<T, V>;
	debounced.cancel = () => {
		if (timer !== null) window.clearTimeout(timer);
		timer = null;
		pending = null;
		return debounced;
	};
	debounced.run = () => fire();
	return debounced;
}
