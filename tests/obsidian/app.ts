/**
 * The double's `App`: vault, metadata cache, workspace, file manager and keymap wired as in Obsidian, plus the
 * registries Obsidian keeps internally (commands, views, setting tabs, post-processors, protocol handlers) exposed
 * for assertions. Build one with `createApp` from app-factory.ts rather than by hand.
 */
import { CommandRegistry } from "./commands";
import { FileManager } from "./file-manager";
import { MarkdownView } from "./file-views";
import { Keymap, Scope } from "./keymap";
import { MetadataCache } from "./metadata-cache";
import type { PluginSettingTab } from "./plugin";
import { Vault } from "./vault";
import { Workspace } from "./workspace";
import { ViewRegistry } from "./workspace-parts";

/** The application object a plugin receives. */
export class App {
	vault: Vault;
	metadataCache: MetadataCache;
	workspace: Workspace;
	fileManager: FileManager;
	keymap = new Keymap();
	scope = new Scope();
	lastEvent: MouseEvent | KeyboardEvent | null = null;
	/** Internal in Obsidian; the double exposes them for tests. */
	readonly viewRegistry = new ViewRegistry();
	readonly commands: CommandRegistry;
	readonly settingTabs: PluginSettingTab[] = [];
	readonly markdownPostProcessors: { postProcessor: unknown; sortOrder: number }[] = [];
	readonly codeBlockProcessors = new Map<string, unknown>();
	readonly protocolHandlers = new Map<string, (params: Record<string, string>) => unknown>();
	readonly editorSuggests: unknown[] = [];
	/** Double only: where status bar items go. */
	readonly statusBarEl: HTMLElement;
	private readonly _localStorage = new Map<string, unknown>();

	constructor(vaultName = "Test vault") {
		this.vault = new Vault(vaultName);
		this.metadataCache = new MetadataCache(this.vault);
		this.workspace = new Workspace(this);
		this.fileManager = new FileManager(this.vault, this.metadataCache);
		this.commands = new CommandRegistry(this);
		this.statusBarEl = this.workspace.containerEl.createDiv({ cls: "status-bar" });
		this.viewRegistry.registerView("markdown", (leaf) => new MarkdownView(leaf));
	}

	isDarkMode(): boolean {
		return false;
	}

	loadLocalStorage(key: string): unknown {
		return this._localStorage.get(key) ?? null;
	}

	saveLocalStorage(key: string, data: unknown): void {
		if (data === null) this._localStorage.delete(key);
		else this._localStorage.set(key, data);
	}

	/** Double only: detaches the workspace element and closes every leaf; call in `afterEach` when tests share a document. */
	async dispose(): Promise<void> {
		this.workspace.iterateAllLeaves((leaf) => leaf.detach());
		await this.workspace.whenIdle();
		this.workspace.containerEl.detach();
	}
}
