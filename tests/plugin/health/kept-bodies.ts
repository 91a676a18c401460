/** Reads what the body-check memory holds straight from IndexedDB, so tests check what is stored, not what is cached. */
import { bodyMemoryName } from "../../../src/plugin/health/body-memory";

/** Every path with a kept record for the vault, in key order; empty when the database does not exist yet. */
export function keptPaths(factory: IDBFactory, vaultName: string): Promise<string[]> {
	return new Promise((resolve, reject) => {
		const open = factory.open(bodyMemoryName(vaultName));
		open.onerror = () => reject(new Error(String(open.error)));
		// Opening a database that does not exist creates it empty, without the store.
		open.onupgradeneeded = () => open.result.createObjectStore("bodies", { keyPath: "path" });
		open.onsuccess = () => {
			const db = open.result;
			const keys = db.transaction("bodies").objectStore("bodies").getAllKeys();
			keys.onsuccess = () => {
				db.close();
				resolve(keys.result as string[]);
			};
			keys.onerror = () => reject(new Error(String(keys.error)));
		};
	});
}
