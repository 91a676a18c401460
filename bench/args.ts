/** The benchmark's command line: `--json`, `--sizes 1000,10000,100000` (or `--sizes=…`), `--seed N`. */

export interface BenchArgs {
	json: boolean;
	sizes: number[];
	seed: number;
	help: boolean;
}

/** The vault sizes run when `--sizes` is not given. */
export const DEFAULT_SIZES: readonly number[] = [1000, 10000, 100000];

/** `10000`, `10_000` or `10k` → 10000; throws on anything else, so a typo never silently benchmarks nothing. */
export function parseSize(text: string): number {
	const m = /^(\d[\d_]*)(k?)$/i.exec(text.trim());
	const n = m ? Number(m[1].replace(/_/g, "")) * (m[2] ? 1000 : 1) : Number.NaN;
	if (!Number.isSafeInteger(n) || n < 1) throw new Error(`not a vault size: "${text}" (use e.g. 1000,10000,100000)`);
	return n;
}

/** Reads the arguments after `node dist/bench.js`; throws with a readable message on a bad one. */
export function parseBenchArgs(argv: readonly string[], defaultSeed: number): BenchArgs {
	const out: BenchArgs = { json: false, sizes: [...DEFAULT_SIZES], seed: defaultSeed, help: false };
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].split(/=(.*)/s, 2);
		const value = (): string => {
			const v = inline ?? argv[++i];
			if (v === undefined) throw new Error(`${flag} needs a value`);
			return v;
		};
		if (flag === "--json") out.json = true;
		else if (flag === "--help" || flag === "-h") out.help = true;
		else if (flag === "--sizes") out.sizes = value().split(",").filter((s) => s.trim() !== "").map(parseSize);
		else if (flag === "--seed") out.seed = parseSize(value());
		else throw new Error(`unknown option ${argv[i]} (try --help)`);
	}
	if (out.sizes.length === 0) throw new Error("--sizes needs at least one size");
	return out;
}

export const USAGE = `Usage: npm run bench [-- --json] [-- --sizes 1000,10000,100000] [-- --seed N]
  --json    print one JSON object instead of the table
  --sizes   vault sizes to generate and measure (default ${DEFAULT_SIZES.join(",")})
  --seed    seed of the synthetic vault (default: fixed, so runs compare)`;
