/**
 * An ArticleStore over a double vault, with the component that owns its event registrations and the changes it
 * announced: the set-up every store test starts from, so the store's tests differ only in their vaults.
 */
import type { Component as ObsidianComponent } from "obsidian";

import { DEFAULT_SETTINGS, cloneSettings } from "../../src/core/settings";
import { ArticleStore, type StoreChange } from "../../src/plugin/article-store";
import type { App } from "../obsidian/app";
import { asObsidianApp, createApp } from "../obsidian/app-factory";
import { Component } from "../obsidian/component";

export interface StoreFixture {
	app: App;
	/** Loaded; owns the store's change listener (and, once started, the store's vault events). */
	owner: Component;
	store: ArticleStore;
	/** Every change the store announced, in order. */
	changes: StoreChange[];
}

/** A store with default settings over a new double app; not started. */
export function openStore(options: Parameters<typeof createApp>[0]): StoreFixture {
	const app = createApp(options);
	const owner = new Component();
	owner.load();
	const store = new ArticleStore(asObsidianApp(app), cloneSettings(DEFAULT_SETTINGS));
	const changes: StoreChange[] = [];
	owner.registerEvent(store.onChange((c) => changes.push(c)));
	return { app, owner, store, changes };
}

/** Unloads the owner (and so the store's listeners), then disposes of the app. */
export async function closeStore(fixture: StoreFixture): Promise<void> {
	fixture.owner.unload();
	await fixture.app.dispose();
}

/** The double's Component typed as Obsidian's, for `store.start(owner)`. */
export function asOwner(c: Component): ObsidianComponent {
	return c as unknown as ObsidianComponent;
}
