/**
 * Frontmatter key lookup. YAML keeps key casing (`Type:` and `type:` are different keys), while Obsidian and
 * users treat several keys case-insensitively, so lookups try the exact key first, then any casing.
 */
import type { FrontMatter } from "../metadata/types";
import { isArray, isRecord, isString } from "../type-checks";

/** Whether a parsed value can be read as a frontmatter mapping (YAML can also yield a list, a scalar or a date). */
export const isFrontMatter = (value: unknown): value is FrontMatter => isRecord(value) && !(value instanceof Date);

/** The key of `frontmatter` that stands for `wanted`: itself when present, else the first key equal ignoring case. */
export const findKey = (frontmatter: FrontMatter, wanted: string): string | undefined => {
	if (Object.hasOwn(frontmatter, wanted)) return wanted;
	const lower = wanted.toLowerCase();
	// Runs for several keys of every note: compare lengths first, lower-case only the few candidates.
	for (const key in frontmatter) {
		if (key.length === lower.length && Object.hasOwn(frontmatter, key) && key.toLowerCase() === lower) {
			return key;
		}
	}
	return undefined;
};

/**
 * `key.toLowerCase() === lower` for a key as long as `lower`, without lower-casing ASCII keys: an ASCII character
 * lower-cases alone, so the first ASCII mismatch decides; any other character needs the full rule.
 */
export const equalsIgnoringCase = (key: string, lower: string): boolean => {
	for (let i = 0; i < key.length; i++) {
		let c = key.charCodeAt(i);
		if (c >= 128) return key.toLowerCase() === lower;
		if (c >= 65 && c <= 90) c |= 32;
		if (c !== lower.charCodeAt(i)) return false;
	}
	return true;
};

/**
 * Finds several keys in one pass over a note's keys, each as findKey would: frontmatter shapes vary from note to
 * note, so every lookup by name is slow, and a miss (most of the date keys) walked all the keys.
 */
export class KeyFinder {
	/** After `scan`: per wanted key (same order), the key of the note that stands for it, or undefined. */
	readonly found: (string | undefined)[];
	readonly #wanted: string[];
	readonly #lower: string[];
	readonly #exact: boolean[];
	/** Per key length: the indexes of the wanted keys a key of that length may stand for. */
	readonly #byLength: number[][] = [];

	constructor(wanted: readonly string[]) {
		this.#wanted = wanted.slice();
		this.#lower = wanted.map((key) => key.toLowerCase());
		this.found = wanted.map(() => undefined);
		this.#exact = wanted.map(() => false);
		for (let s = 0; s < wanted.length; s++) {
			for (const length of [wanted[s].length, this.#lower[s].length]) {
				while (this.#byLength.length <= length) this.#byLength.push([]);
				const slots = this.#byLength[length];
				if (!slots.includes(s)) slots.push(s);
			}
		}
	}

	/**
	 * Fills `found` for this frontmatter: the exact key when the note has it, else its first key equal ignoring
	 * case, in key order. Own enumerable keys only (what YAML and JSON make); reads no value.
	 */
	scan(frontmatter: FrontMatter): void {
		const found = this.found;
		const exact = this.#exact;
		const wanted = this.#wanted;
		const lower = this.#lower;
		const byLength = this.#byLength;
		for (let s = 0; s < found.length; s++) {
			found[s] = undefined;
			exact[s] = false;
		}
		for (const key in frontmatter) {
			if (key.length >= byLength.length || !Object.hasOwn(frontmatter, key)) continue;
			const slots = byLength[key.length];
			for (let i = 0; i < slots.length; i++) {
				const s = slots[i];
				if (exact[s]) continue;
				if (key === wanted[s]) {
					found[s] = key;
					exact[s] = true;
				} else if (found[s] === undefined && key.length === lower[s].length && equalsIgnoringCase(key, lower[s])) {
					found[s] = key;
				}
			}
		}
	}
}

/** True for the values YAML gives an empty key: null, undefined, blank text, an empty list. */
export const isBlank = (value: unknown): boolean => {
	if (value === null || value === undefined) return true;
	if (isString(value)) return value.trim() === "";
	return isArray(value) && value.length === 0;
};
