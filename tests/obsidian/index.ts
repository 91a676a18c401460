/**
 * The `obsidian` module as tests see it (jest maps `obsidian` here). Plugin code type-checks against the real
 * obsidian.d.ts and runs against these classes. Double-only helpers (createApp, flushAll, notices, lastMenu…) are
 * exported too, but tests should import them from "tests/obsidian" paths so the type checker sees the double's types.
 * See README.md in this folder for a guide.
 */
export { App } from "./app";
export { Events, listenerErrors, type EventRef } from "./events";
export { Component, liveRegistrations, type RegistrationCounts } from "./component";
export { TAbstractFile, TFile, TFolder } from "./files";
export { Vault } from "./vault";
export { MemoryAdapter } from "./adapter";
export { MetadataCache } from "./metadata-cache";
export { FileManager } from "./file-manager";
export { Workspace, type LeafRequest } from "./workspace";
export { WorkspaceLeaf, type LeafLocation } from "./workspace-leaf";
export { WorkspaceRoot, WorkspaceSidedock } from "./workspace-parts";
export { View, ItemView, EmptyView, DeferredView } from "./views";
export { FileView, EditableFileView, TextFileView, MarkdownView } from "./file-views";
export { Editor } from "./editor";
export { Plugin, PluginSettingTab, SettingTab } from "./plugin";
export type { Command, ViewCreator } from "./plugin-types";
export { Setting } from "./setting";
export { BaseComponent, ValueComponent } from "./base-component";
export {
	AbstractTextComponent,
	DropdownComponent,
	SearchComponent,
	SliderComponent,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
} from "./setting-components";
export { ButtonComponent, ExtraButtonComponent } from "./button-components";
export { Modal, openModals } from "./modal";
export { Notice, notices, noticeMessages, clearNotices } from "./notice";
export { Menu, MenuItem, MenuSeparator, lastMenu, resetMenus } from "./menu";
export { Keymap, Scope, Platform } from "./keymap";
export { normalizePath, parseLinktext, getLinkpath } from "./paths";
export { debounce } from "./debounce";
export { setIcon, addIcon, removeIcon, getIcon, getIconIds } from "./icons";
export {
	getAllTags,
	parseFrontMatterTags,
	parseFrontMatterEntry,
	getFrontMatterInfo,
	parseYaml,
	stringifyYaml,
} from "./metadata-api";
export { apiVersion, requireApiVersion, requestUrl, request, MarkdownRenderer, MarkdownRenderChild } from "./misc";
export { createApp, startApp, flushAll, loadPlugin, unloadPlugin, asObsidianApp, readFolder, TEST_MANIFEST } from "./app-factory";
export { paneClick, middleClick, contextMenuEvent } from "./user-events";
export { domListenerCount } from "./dom-listeners";
