/** A count and its noun, as in "1 line" or "3 lines": the noun takes an "s" unless the count is 1. */
export const counted = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? "" : "s"}`;
