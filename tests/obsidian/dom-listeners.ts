/**
 * Counts live DOM listeners per target, so a test can prove that unloading a view or plugin really removed the
 * listeners it added to `window`, `document` or a long-lived element (a leak Obsidian's review flags).
 * Listeners added with `once: true` clean themselves up and are not counted.
 */

interface TrackedListener {
	type: string;
	listener: unknown;
	capture: boolean;
}

const WRAPPED = Symbol.for("obsidian-double.dom-listeners");
const live = new WeakMap<EventTarget, TrackedListener[]>();

function captureOf(options?: boolean | AddEventListenerOptions | EventListenerOptions): boolean {
	return typeof options === "boolean" ? options : Boolean(options?.capture);
}

function indexOf(list: TrackedListener[], type: string, listener: unknown, capture: boolean): number {
	return list.findIndex((l) => l.type === type && l.listener === listener && l.capture === capture);
}

function untrack(target: EventTarget, type: string, listener: unknown, capture: boolean): void {
	const list = live.get(target);
	if (!list) return;
	const i = indexOf(list, type, listener, capture);
	if (i >= 0) list.splice(i, 1);
}

/** Wraps `addEventListener`/`removeEventListener` of the window's EventTarget once, mirroring DOM de-duplication. */
export function trackDomListeners(win: Window & typeof globalThis): void {
	const proto = win.EventTarget.prototype as EventTarget & { [WRAPPED]?: boolean };
	if (proto[WRAPPED]) return;
	const add = proto.addEventListener;
	const remove = proto.removeEventListener;
	Object.defineProperty(proto, WRAPPED, { value: true });
	proto.addEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions) {
		add.call(this, type, listener, options);
		const opts = typeof options === "object" ? options : undefined;
		if (!listener || opts?.once || opts?.signal?.aborted) return;
		const capture = captureOf(options);
		const list = live.get(this) ?? [];
		live.set(this, list);
		if (indexOf(list, type, listener, capture) >= 0) return;
		list.push({ type, listener, capture });
		opts?.signal?.addEventListener("abort", () => untrack(this, type, listener, capture));
	};
	proto.removeEventListener = function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions) {
		remove.call(this, type, listener, options);
		untrack(this, type, listener, captureOf(options));
	};
}

/** How many listeners added after installation are still attached to `target` (optionally of one event type). */
export function domListenerCount(target: EventTarget, type?: string): number {
	const list = live.get(target) ?? [];
	return type === undefined ? list.length : list.filter((l) => l.type === type).length;
}
