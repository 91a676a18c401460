/**
 * The entry point of main.js. Obsidian takes the plugin class from `module.exports` (or its `default`); assigning it
 * here, rather than bundling `export default`, spares main.js esbuild's ES-module interop helpers (about 460 bytes).
 */
import ArticleDeskPlugin from "./main";

module.exports = ArticleDeskPlugin;
