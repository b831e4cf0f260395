/**
 * The escape character of every LIKE pattern built from input. Not a backslash: MySQL reads
 * backslashes inside literals and patterns, SQLite does not, so only an explicit `ESCAPE '!'`
 * means the same on both.
 */
export const LIKE_ESCAPE = '!';

/** `text` with the LIKE wildcards `%` and `_` (and the escape character itself) made literal. */
export function escapeLike(text: string): string {
  return text.replace(/[!%_]/g, (character) => `${LIKE_ESCAPE}${character}`);
}

/** `<expression> LIKE :<parameter> ESCAPE '!'`, for a pattern built by `containing` or `startingWith`. */
export function likeSql(expression: string, parameter: string): string {
  return `${expression} LIKE :${parameter} ESCAPE '${LIKE_ESCAPE}'`;
}

/** A pattern matching values that contain `text` literally. */
export const containing = (text: string): string => `%${escapeLike(text)}%`;

/** A pattern matching values that start with `text` literally. */
export const startingWith = (text: string): string => `${escapeLike(text)}%`;
