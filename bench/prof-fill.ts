import "./dom-env";
import { generatedApp, startPlugin } from "./plugin-harness";
import { ArticleCatalog, catalogOptionsFrom } from "../src/core/articles/catalog";
import { buildArticle } from "../src/core/articles/article";
(async () => {
	const { app } = generatedApp(100000, 20240601);
	const { plugin } = await startPlugin(app);
	const opts = catalogOptionsFrom(plugin.getSettings());
	const inputs = app.vault.getMarkdownFiles().map((f) => plugin.store.noteInput(f as never, app.metadataCache.getFileCache(f)));
	const g = (globalThis as { gc?: () => void }).gc;
	for (let r = 0; r < 8; r++) {
		g?.();
		let t = performance.now();
		new ArticleCatalog(opts).fill(inputs);
		const fill = performance.now() - t;
		g?.();
		t = performance.now();
		const arts = inputs.map((i) => buildArticle(i, opts.article));
		const build = performance.now() - t;
		g?.();
		const cat = new ArticleCatalog(opts);
		t = performance.now();
		for (const a of arts) cat.index.upsert(a);
		const idx = performance.now() - t;
		console.log(`fill ${fill.toFixed(0)}  build ${build.toFixed(0)}  index ${idx.toFixed(0)}`);
	}
	process.exit(0);
})();
