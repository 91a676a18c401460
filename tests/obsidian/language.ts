/**
 * The small language extensions Obsidian adds at start-up (`Array.prototype.last`, `String.prototype.contains`,
 * `Math.clamp`…). obsidian.d.ts declares them globally, so code may use them; the double must provide them.
 * Installed non-enumerable so `for…in` over arrays is unaffected.
 */

function define(target: object, name: string, value: unknown): void {
	if (Object.prototype.hasOwnProperty.call(target, name)) return;
	Object.defineProperty(target, name, { value, configurable: true, writable: true, enumerable: false });
}

/** Installs the extensions on the current realm's built-ins; idempotent. */
export function installLanguageHelpers(): void {
	const arr = Array.prototype as unknown as object;
	define(arr, "first", function <T>(this: T[]) {
		return this[0];
	});
	define(arr, "last", function <T>(this: T[]) {
		return this[this.length - 1];
	});
	define(arr, "contains", function <T>(this: T[], target: T) {
		return this.includes(target);
	});
	define(arr, "remove", function <T>(this: T[], target: T) {
		for (let i = this.indexOf(target); i >= 0; i = this.indexOf(target)) this.splice(i, 1);
	});
	define(arr, "unique", function <T>(this: T[]) {
		return Array.from(new Set(this));
	});
	define(arr, "shuffle", function <T>(this: T[]) {
		for (let i = this.length - 1; i > 0; i--) {
			const j = Math.floor(Math.random() * (i + 1));
			[this[i], this[j]] = [this[j], this[i]];
		}
		return this;
	});
	define(Array, "combine", <T>(arrays: T[][]) => ([] as T[]).concat(...arrays));
	define(String.prototype, "contains", function (this: string, target: string) {
		return this.includes(target);
	});
	define(String, "isString", (obj: unknown) => typeof obj === "string");
	define(Number, "isNumber", (obj: unknown) => typeof obj === "number");
	define(Math, "clamp", (value: number, min: number, max: number) => Math.min(Math.max(value, min), max));
	define(Math, "square", (value: number) => value * value);
	define(Object, "isEmpty", (obj: Record<string, unknown>) => Object.keys(obj).length === 0);
}
