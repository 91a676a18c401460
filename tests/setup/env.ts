// Installs Obsidian's DOM helpers (createEl, empty, setText…) on jsdom before each test file, and the one global
// Obsidian's window has that jsdom lacks and the plugin's code paths need: `structuredClone` (IndexedDB clones with
// it) and `TextDecoder` (the mojibake repair reads its code-page tables from it; Node's implements the same WHATWG
// Encoding standard). IndexedDB itself is left out: a test that wants it installs its own (fake-indexeddb), so every other test runs
// the plugin as it runs where IndexedDB will not open.
import { TextDecoder as NodeTextDecoder } from "node:util";
import { deserialize, serialize } from "node:v8";

import { installDomHelpers } from "../obsidian/dom";

if (typeof window !== "undefined") installDomHelpers(window);
// V8's serializer implements the HTML structured clone algorithm that `structuredClone` is defined by.
if (typeof globalThis.structuredClone !== "function") {
	globalThis.structuredClone = <T>(value: T): T => deserialize(serialize(value)) as T;
}
if (typeof globalThis.TextDecoder !== "function") {
	globalThis.TextDecoder = NodeTextDecoder as unknown as typeof TextDecoder;
}
