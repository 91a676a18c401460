/** Command-line parsing for the headless CLI: strict, so a typo exits 2 with one clear line instead of doing the wrong thing. */

export class UsageError extends Error {}

export interface FlagSpec {
	/** Flags that take a value, with their allowed values (empty list = any value). */
	values: Record<string, readonly string[]>;
	/** Flags that are switches. */
	switches: readonly string[];
}

export interface ParsedArgs {
	positional: string[];
	values: Record<string, string>;
	switches: Set<string>;
}

/** Parses `argv` against a spec; throws UsageError on an unknown flag, a flag given twice, a missing value or a value not allowed. */
export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
	const out: ParsedArgs = { positional: [], values: {}, switches: new Set() };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (arg === "--") {
			// The usual end of flags: a note named "--draft.md" is given as `-- --draft.md`.
			out.positional.push(...argv.slice(i + 1));
			break;
		}
		if (!arg.startsWith("--")) {
			out.positional.push(arg);
			continue;
		}
		const eq = arg.indexOf("=");
		const name = arg.slice(2, eq === -1 ? undefined : eq);
		if (spec.switches.includes(name)) {
			if (eq !== -1) throw new UsageError(`--${name} takes no value`);
			// A switch given twice is as much a slip as a value flag given twice (`--json --json`).
			if (out.switches.has(name)) throw new UsageError(`--${name} given twice`);
			out.switches.add(name);
			continue;
		}
		// Own keys only: "--constructor" must not find Object.prototype's member.
		const allowed = Object.hasOwn(spec.values, name) ? spec.values[name] : undefined;
		if (!allowed) throw new UsageError(`unknown flag --${name}`);
		// The next flag is not this one's value: `--vault --json` lacks a folder.
		const value = eq !== -1 ? arg.slice(eq + 1) : argv[i + 1]?.startsWith("--") ? undefined : argv[++i];
		if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
		// One value each: a second `--platform` used to replace the first without a word.
		if (Object.hasOwn(out.values, name)) throw new UsageError(`--${name} given twice`);
		if (allowed.length > 0 && !allowed.includes(value)) {
			throw new UsageError(`--${name} must be one of ${allowed.join(", ")} (got "${value}")`);
		}
		out.values[name] = value;
	}
	return out;
}

/** Reads a positive whole number flag, or the fallback. */
export function intFlag(args: ParsedArgs, name: string, fallback: number, min = 1, max = 1000): number {
	const raw = args.values[name];
	if (raw === undefined) return fallback;
	if (!/^\d+$/.test(raw)) throw new UsageError(`--${name} must be a whole number (got "${raw}")`);
	const n = Number(raw);
	if (n < min || n > max) throw new UsageError(`--${name} must be between ${min} and ${max}`);
	return n;
}
