/**
 * The two map idioms the explorer and the index repeat everywhere: a value worked out once per key and remembered,
 * and lists gathered by key. Shared so each use is one call (the bundle ships one copy of each loop).
 */

/** What `cached` needs of a Map or WeakMap. */
interface Store<K, V> {
	get(key: K): V | undefined;
	set(key: K, value: V): unknown;
}

/** The value remembered for `key`, made by `make(key)` and stored on first use (an undefined value is never kept). */
export const cached = <K, V>(store: Store<K, V>, key: K, make: (key: K) => V): V => {
	let value = store.get(key);
	if (value === undefined) store.set(key, (value = make(key)));
	return value;
};

/** `cached` in a map that is emptied once it holds `limit` values, so a cache fed by every note stays bounded. */
export const cachedUpTo = <K, V>(store: Map<K, V>, limit: number, key: K, make: (key: K) => V): V => {
	if (store.size >= limit) store.clear();
	return cached(store, key, make);
};

/** Appends `value` to the list kept under `key`, starting the list when the key is new. */
export const pushTo = <K, V>(lists: Map<K, V[]>, key: K, value: V): void => {
	const list = lists.get(key);
	if (list) list.push(value);
	else lists.set(key, [value]);
};
