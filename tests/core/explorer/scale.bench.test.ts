/** @jest-environment node */
/**
 * A measurement, not a test: 100k generated articles through the real index and the model. Skipped unless
 * `EXPLORER_BENCH=1`; prints timings. Run: EXPLORER_BENCH=1 npx jest tests/core/explorer/scale.bench.test.ts
 */
import { ArticleIndex } from "../../../src/core/articles/article-index";
import type { Article } from "../../../src/core/articles/types";
import { ExplorerModel } from "../../../src/core/explorer/explorer-model";
import { DEFAULT_EXPLORER_OPTIONS, type GroupMode } from "../../../src/core/explorer/types";
import { art } from "./fixtures";

const run = process.env.EXPLORER_BENCH ? it : it.skip;
const N = 100_000;

/** A deterministic pseudo-random generator, so runs are comparable. */
function rng(seed: number): () => number {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

function generate(n: number): Article[] {
	const r = rng(42);
	const words = ["sales", "marketing", "pricing", "hiring", "product", "ops", "founder", "growth", "email", "ads"];
	const out: Article[] = [];
	for (let i = 0; i < n; i++) {
		const tags: string[] = [];
		const k = Math.floor(r() * 4);
		for (let t = 0; t < k; t++) {
			const root = words[Math.floor(r() * words.length)];
			const depth = Math.floor(r() * 3);
			let tag = root;
			for (let d = 0; d < depth; d++) tag += `/${words[Math.floor(r() * words.length)]}${Math.floor(r() * 20)}`;
			tags.push(tag);
		}
		const type = r() < 0.1 ? [] : [`type${Math.floor(r() * 12)}`];
		const dated = r() < 0.9;
		const y = 2010 + Math.floor(r() * 16);
		const mo = 1 + Math.floor(r() * 12);
		const day = 1 + Math.floor(r() * 28);
		const date = dated ? `${y}-${String(mo).padStart(2, "0")}-${String(day).padStart(2, "0")}` : null;
		out.push(art(`notes/n${i}.md`, { title: `Note ${i} ${words[i % words.length]} idea`, tags, types: type, date, mtime: i }));
	}
	return out;
}

function time<T>(label: string, f: () => T, results: string[]): T {
	const t0 = performance.now();
	const v = f();
	results.push(`${label}: ${(performance.now() - t0).toFixed(2)} ms`);
	return v;
}

run("100k articles", () => {
	const results: string[] = [];
	const articles = generate(N);
	const index = time("build index (100k upserts)", () => {
		const i = new ArticleIndex();
		for (const a of articles) i.upsert(a);
		return i;
	}, results);
	for (const mode of ["tag", "type-tag", "date"] as GroupMode[]) {
		const m = new ExplorerModel(index, { ...DEFAULT_EXPLORER_OPTIONS, mode });
		const top = time(`[${mode}] topGroups() cold`, () => m.topGroups(), results);
		const expanded = new Set(top.slice(0, 3).map((g) => g.id));
		for (const g of top.slice(0, 2)) for (const c of m.childGroups(g.id).slice(0, 2)) expanded.add(c.id);
		const rows = time(`[${mode}] rows() with ${expanded.size} groups expanded`, () => m.rows(expanded), results);
		results.push(`[${mode}]   → ${rows.length} rows`);
		time(`[${mode}] rows() again (cached)`, () => m.rows(new Set(expanded)), results);
		for (const text of ["s", "sa", "sal", "#sales", "#sales idea", "type:type3 -#sales"]) {
			time(`[${mode}] filter keystroke ${JSON.stringify(text)} → topGroups + rows`, () => {
				m.setFilter(text);
				m.topGroups();
				return m.rows(expanded);
			}, results);
		}
		m.setFilter("");
		m.rows(expanded);
		const changed = { ...articles[123], tags: ["sales/new0"], mtime: 1e9 };
		time(`[${mode}] index.upsert(one note)`, () => index.upsert(changed), results);
		time(`[${mode}] then topGroups() + rows() (no filter)`, () => {
			m.topGroups();
			return m.rows(expanded);
		}, results);
		m.setFilter("idea");
		m.rows(expanded);
		index.upsert({ ...changed, mtime: 2e9 });
		time(`[${mode}] one note changed under filter "idea" → topGroups() + rows()`, () => {
			m.topGroups();
			return m.rows(expanded);
		}, results);
	}
	console.log(results.join("\n"));
});
