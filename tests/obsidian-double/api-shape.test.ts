/**
 * The double must offer Obsidian's API under Obsidian's names. Each list below is typed against the real
 * obsidian.d.ts (`keyof`), so `tsc` rejects a misspelt or invented name; the tests check the double provides it.
 */
import type * as Real from "obsidian";
import * as Double from "../obsidian";
import { createApp } from "../obsidian/app-factory";
import { Editor } from "../obsidian/editor";

type ModuleExport = keyof typeof Real;

const moduleExports: ModuleExport[] = [
	"App", "Component", "Events", "TAbstractFile", "TFile", "TFolder", "Vault", "MetadataCache", "FileManager",
	"Workspace", "WorkspaceLeaf", "View", "ItemView", "FileView", "EditableFileView", "TextFileView", "MarkdownView",
	"Editor", "Plugin", "PluginSettingTab", "SettingTab", "Setting", "BaseComponent", "ValueComponent",
	"AbstractTextComponent", "TextComponent", "TextAreaComponent", "SearchComponent", "ToggleComponent",
	"DropdownComponent", "SliderComponent", "ButtonComponent", "ExtraButtonComponent", "Modal", "Notice", "Menu",
	"MenuItem", "MenuSeparator", "Keymap", "Scope", "Platform", "normalizePath", "parseLinktext", "getLinkpath",
	"debounce", "setIcon", "addIcon", "removeIcon", "getIcon", "getIconIds", "getAllTags", "parseFrontMatterTags",
	"parseFrontMatterEntry", "getFrontMatterInfo", "parseYaml", "stringifyYaml", "apiVersion", "requireApiVersion",
	"requestUrl", "request", "MarkdownRenderer", "MarkdownRenderChild", "WorkspaceRoot", "WorkspaceSidedock",
];

interface RealInstances {
	Vault: Real.Vault;
	MetadataCache: Real.MetadataCache;
	Workspace: Real.Workspace;
	WorkspaceLeaf: Real.WorkspaceLeaf;
	FileManager: Real.FileManager;
	Plugin: Real.Plugin;
	Editor: Real.Editor;
}

const members: { [K in keyof RealInstances]: (keyof RealInstances[K])[] } = {
	Vault: ["create", "createFolder", "read", "cachedRead", "modify", "append", "process", "rename", "copy", "delete", "trash",
		"getFileByPath", "getFolderByPath", "getAbstractFileByPath", "getRoot", "getFiles", "getMarkdownFiles",
		"getAllLoadedFiles", "getAllFolders", "getName", "getResourcePath", "on", "off", "offref", "trigger", "configDir", "adapter"],
	MetadataCache: ["getFileCache", "getCache", "getFirstLinkpathDest", "fileToLinktext", "resolvedLinks", "unresolvedLinks", "on"],
	Workspace: ["getLeaf", "getLeavesOfType", "getRightLeaf", "getLeftLeaf", "revealLeaf", "detachLeavesOfType", "onLayoutReady",
		"layoutReady", "getActiveFile", "getActiveViewOfType", "setActiveLeaf", "activeLeaf", "containerEl", "iterateAllLeaves",
		"iterateRootLeaves", "ensureSideLeaf", "openLinkText", "getMostRecentLeaf", "getUnpinnedLeaf", "splitActiveLeaf",
		"getLastOpenFiles", "updateOptions", "getLayout", "requestSaveLayout", "rootSplit", "leftSplit", "rightSplit", "on", "trigger"],
	WorkspaceLeaf: ["view", "setViewState", "getViewState", "openFile", "open", "detach", "getDisplayText", "getIcon", "isDeferred",
		"loadIfDeferred", "setPinned", "togglePinned", "setGroup", "getEphemeralState", "setEphemeralState"],
	FileManager: ["processFrontMatter", "trashFile", "renameFile", "generateMarkdownLink", "promptForDeletion", "getNewFileParent",
		"getAvailablePathForAttachment"],
	Plugin: ["addCommand", "removeCommand", "addRibbonIcon", "addStatusBarItem", "addSettingTab", "registerView", "registerExtensions",
		"registerHoverLinkSource", "registerMarkdownPostProcessor", "registerMarkdownCodeBlockProcessor", "registerEditorExtension",
		"registerObsidianProtocolHandler", "registerEditorSuggest", "loadData", "saveData", "register", "registerEvent",
		"registerDomEvent", "registerInterval", "addChild", "removeChild", "load", "unload"],
	Editor: ["getValue", "setValue", "getLine", "setLine", "lineCount", "lastLine", "getSelection", "somethingSelected", "getRange",
		"replaceSelection", "replaceRange", "getCursor", "listSelections", "setCursor", "setSelection", "setSelections", "focus",
		"blur", "hasFocus", "undo", "redo", "exec", "transaction", "wordAt", "posToOffset", "offsetToPos", "processLines"],
};

class ProbePlugin extends Double.Plugin {}

let made: Record<keyof typeof members, object> | null = null;

function instances(): Record<keyof typeof members, object> {
	if (made) return made;
	const app = createApp();
	return (made = {
		Vault: app.vault,
		MetadataCache: app.metadataCache,
		Workspace: app.workspace,
		WorkspaceLeaf: app.workspace.getLeaf(true),
		FileManager: app.fileManager,
		Plugin: new ProbePlugin(app, Double.TEST_MANIFEST),
		Editor: new Editor(),
	});
}

describe("the double's API surface", () => {
	it.each(moduleExports)("exports %s", (name) => {
		expect((Double as Record<string, unknown>)[name]).toBeDefined();
	});

	const rows = (Object.keys(members) as (keyof typeof members)[]).flatMap((cls) => members[cls].map((m) => [cls, String(m)] as const));

	it.each(rows)("%s has %s", (cls, member) => {
		const obj = instances()[cls] as Record<string, unknown>;
		expect(member in obj).toBe(true);
		expect(obj[member]).not.toBeUndefined();
	});
});
