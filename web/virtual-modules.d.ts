/** The example vault's text files by vault path, inlined by scripts/build-web.mjs at build time. */
declare module "virtual:example-vault" {
	const files: Record<string, string>;
	export default files;
}

/** The repository's manifest.json, inlined by scripts/build-web.mjs. */
declare module "virtual:manifest" {
	const manifest: import("obsidian").PluginManifest;
	export default manifest;
}
