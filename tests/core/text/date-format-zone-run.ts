/**
 * Run by date-format.test.ts as a bundled node script under another TZ: checks formatDate against date-fns there and
 * prints the zone's offset in January, then "ok".
 */
import { checkAgainstDateFns } from "./date-format-oracle";

console.warn = () => undefined; // date-fns warns about `DDD`
checkAgainstDateFns(Number(process.argv[2] ?? 2000));
console.log(`${new Date(2025, 0, 15).getTimezoneOffset()} ok`);
