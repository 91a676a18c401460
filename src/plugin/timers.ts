/**
 * The plugin's timers: `window.setTimeout` and `window.clearTimeout`, each spelt once in main.js instead of at every
 * call site. Ids are the window's numbers, 0 never being one.
 */

/** Runs `run` after `ms` milliseconds; the timer's id. */
export const later = (run: () => void, ms: number): number => window.setTimeout(run, ms);

/** Clears a timer from `later`; 0 or undefined clears nothing. */
export const cancelLater = (timer: number | undefined): void => window.clearTimeout(timer);
