/**
 * Obsidian's `Events`: named listeners with `EventRef`s that `Component.registerEvent` can later remove.
 * Like Obsidian, a throwing listener does not stop the others: the error is logged and kept in `listenerErrors`
 * so a test can still fail on it.
 */
import type { EventRef as ObsidianEventRef } from "obsidian";

/** An `EventRef` as Obsidian builds it: it knows its emitter (`e`), so `registerEvent` can call `e.offref(ref)`. */
export interface EventRef extends ObsidianEventRef {
	e: Events;
	name: string;
	fn: (...data: unknown[]) => unknown;
	ctx?: unknown;
}

/** Errors thrown by event listeners, in order; tests may assert it stays empty. */
export const listenerErrors: unknown[] = [];

/** The base of Vault, MetadataCache, Workspace and WorkspaceLeaf, with a listener count for leak tests. */
export class Events {
	private readonly _listeners = new Map<string, EventRef[]>();

	on(name: string, callback: (...data: never[]) => unknown, ctx?: unknown): EventRef {
		const ref: EventRef = { e: this, name, fn: callback as (...data: unknown[]) => unknown, ctx };
		const list = this._listeners.get(name) ?? [];
		list.push(ref);
		this._listeners.set(name, list);
		return ref;
	}

	off(name: string, callback: (...data: never[]) => unknown): void {
		const list = this._listeners.get(name);
		if (!list) return;
		this._listeners.set(name, list.filter((ref) => ref.fn !== callback));
	}

	offref(ref: ObsidianEventRef): void {
		const r = ref as EventRef;
		const list = this._listeners.get(r.name);
		if (!list) return;
		this._listeners.set(r.name, list.filter((x) => x !== r));
	}

	trigger(name: string, ...data: unknown[]): void {
		for (const ref of (this._listeners.get(name) ?? []).slice()) this.tryTrigger(ref, data);
	}

	tryTrigger(evt: ObsidianEventRef, args: unknown[]): void {
		const ref = evt as EventRef;
		try {
			ref.fn.apply(ref.ctx, args);
		} catch (error) {
			listenerErrors.push(error);
			console.error(error);
		}
	}

	/** Double only: live listeners, for one event name or all; 0 after a clean unload. */
	listenerCount(name?: string): number {
		if (name !== undefined) return this._listeners.get(name)?.length ?? 0;
		let n = 0;
		for (const list of this._listeners.values()) n += list.length;
		return n;
	}
}
