/**
 * The remaining module-level API: version checks, a network stub that fails loudly (the plugin makes no network
 * calls, and a test that reaches the network should fail), and a plain-text stand-in for `MarkdownRenderer`.
 */
import { Component } from "./component";

/** The obsidian.d.ts version the project builds against. */
export const apiVersion = "1.13.1";

/** True when `apiVersion` is at least `version`. */
export function requireApiVersion(version: string): boolean {
	const want = version.split(".").map(Number);
	const have = apiVersion.split(".").map(Number);
	for (let i = 0; i < Math.max(want.length, have.length); i++) {
		const d = (have[i] ?? 0) - (want[i] ?? 0);
		if (d !== 0) return d > 0;
	}
	return true;
}

function noNetwork(request: unknown): never {
	const url = typeof request === "string" ? request : (request as { url?: string } | null)?.url;
	throw new Error(`No network in tests: requestUrl(${String(url)}) was called.`);
}

/** Always throws: the plugin must not make network calls. */
export function requestUrl(request: string | { url: string }): never {
	return noNetwork(request);
}

/** Always throws: the plugin must not make network calls. */
export function request(request: string | { url: string }): never {
	return noNetwork(request);
}

/** A component tied to an element rendered from markdown. */
export class MarkdownRenderChild extends Component {
	containerEl: HTMLElement;

	constructor(containerEl: HTMLElement) {
		super();
		this.containerEl = containerEl;
	}
}

/**
 * Not a markdown renderer: each blank-line-separated block becomes a `<p>` holding its source text, enough for
 * tests to see what would be rendered where.
 */
export class MarkdownRenderer extends MarkdownRenderChild {
	static async render(_app: unknown, markdown: string, el: HTMLElement, _sourcePath: string, _component: Component): Promise<void> {
		for (const block of markdown.split(/\n\s*\n/)) if (block.trim() !== "") el.createEl("p", { text: block });
	}

	static async renderMarkdown(markdown: string, el: HTMLElement, sourcePath: string, component: Component): Promise<void> {
		await MarkdownRenderer.render(null, markdown, el, sourcePath, component);
	}
}
