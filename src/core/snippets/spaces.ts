/** Whitespace that collapsing would change: any but a plain space, or two in a row. */
const UNEVEN_SPACE = /[^\S ]| \s/;
const SPACE_RUN = /\s+/g;

/**
 * Every whitespace run as one space (`text.replace(/\s+/g, " ")`). Nearly every line and sentence is already
 * single-spaced, and replacing each of its spaces by a space would still build a new string; those come back as is.
 */
export const collapseSpaces = (text: string): string => UNEVEN_SPACE.test(text) ? text.replace(SPACE_RUN, " ") : text;
