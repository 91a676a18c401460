/**
 * Obsidian's `Component` lifecycle: `load` runs `onload` then loads children; `unload` unloads children (last
 * first), runs registered cleanups (last first), then `onunload`. Every registration is counted, per component
 * and globally, so a test can assert that unloading leaves nothing behind.
 */
import type { EventRef } from "./events";

/** What a component (or all components together) still holds; all zero after a clean unload. */
export interface RegistrationCounts {
	events: number;
	domEvents: number;
	intervals: number;
	callbacks: number;
}

type Kind = keyof RegistrationCounts;

/** Live registrations of every component in this test file. */
export const liveRegistrations: RegistrationCounts = { events: 0, domEvents: 0, intervals: 0, callbacks: 0 };

interface Cleanup {
	kind: Kind;
	run: () => unknown;
}

/** The lifecycle base of Plugin, View, Menu and MarkdownRenderChild. */
export class Component {
	/** Double only: true between `load()` and `unload()`. */
	_loaded = false;
	/** Double only: the promise returned by an async `onload`, so `loadPlugin` can await it. */
	_loading: Promise<unknown> | null = null;
	private readonly _children: Component[] = [];
	private readonly _cleanups: Cleanup[] = [];

	load(): void {
		if (this._loaded) return;
		this._loaded = true;
		const result = this.onload() as unknown;
		if (result && typeof (result as Promise<unknown>).then === "function") this._loading = result as Promise<unknown>;
		for (const child of this._children.slice()) child.load();
	}

	onload(): void {
		// Overridden by subclasses.
	}

	unload(): void {
		if (!this._loaded) return;
		this._loaded = false;
		while (this._children.length > 0) this._children.pop()?.unload();
		while (this._cleanups.length > 0) {
			const cleanup = this._cleanups.pop() as Cleanup;
			liveRegistrations[cleanup.kind]--;
			cleanup.run();
		}
		this.onunload();
	}

	onunload(): void {
		// Overridden by subclasses.
	}

	addChild<T extends Component>(component: T): T {
		this._children.push(component);
		if (this._loaded) component.load();
		return component;
	}

	removeChild<T extends Component>(component: T): T {
		const i = this._children.indexOf(component);
		if (i >= 0) {
			this._children.splice(i, 1);
			component.unload();
		}
		return component;
	}

	register(cb: () => unknown): void {
		this._track("callbacks", cb);
	}

	registerEvent(eventRef: EventRef | object): void {
		const ref = eventRef as EventRef;
		this._track("events", () => ref.e.offref(ref));
	}

	registerDomEvent(
		el: Window | Document | HTMLElement,
		type: string,
		callback: (this: HTMLElement, ev: never) => unknown,
		options?: boolean | AddEventListenerOptions,
	): void {
		const listener = callback as unknown as EventListener;
		el.addEventListener(type, listener, options);
		this._track("domEvents", () => el.removeEventListener(type, listener, options));
	}

	registerInterval(id: number): number {
		this._track("intervals", () => window.clearInterval(id));
		return id;
	}

	/** Double only: what this component still holds (children not included). */
	registrationCounts(): RegistrationCounts {
		const counts: RegistrationCounts = { events: 0, domEvents: 0, intervals: 0, callbacks: 0 };
		for (const c of this._cleanups) counts[c.kind]++;
		return counts;
	}

	/** Double only: the loaded children, e.g. to find a MarkdownRenderChild. */
	childComponents(): readonly Component[] {
		return this._children;
	}

	private _track(kind: Kind, run: () => unknown): void {
		liveRegistrations[kind]++;
		this._cleanups.push({ kind, run });
	}
}
