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

/** Parses `argv` against a spec; throws UsageError on an unknown flag, a missing value or a value not allowed. */
export function parseArgs(argv: readonly string[], spec: FlagSpec): ParsedArgs {
	const out: ParsedArgs = { positional: [], values: {}, switches: new Set() };
	for (let i = 0; i < argv.length; i++) {
		const arg = argv[i];
		if (!arg.startsWith("--")) {
			out.positional.push(arg);
			continue;
		}
		const eq = arg.indexOf("=");
		const name = arg.slice(2, eq === -1 ? undefined : eq);
		if (spec.switches.includes(name)) {
			if (eq !== -1) throw new UsageError(`--${name} takes no value`);
			out.switches.add(name);
			continue;
		}
		const allowed = spec.values[name];
		if (!allowed) throw new UsageError(`unknown flag --${name}`);
		const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i];
		if (value === undefined || value === "") throw new UsageError(`--${name} needs a value`);
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
