import { QueryFailedError } from 'typeorm';

/** The driver's own error behind a failed query: its code (MySQL/MariaDB) and text (SQLite). */
function driverErrorOf(error: unknown): (Error & { code?: string }) | null {
  if (!(error instanceof QueryFailedError)) return null;
  return (
    (error as QueryFailedError & { driverError?: Error & { code?: string } }).driverError ?? null
  );
}

/** Whether a query failed on a unique key (MySQL/MariaDB `ER_DUP_ENTRY`, SQLite's UNIQUE constraint). */
export function isUniqueViolation(error: unknown): boolean {
  const driverError = driverErrorOf(error);
  return (
    driverError !== null &&
    (driverError.code === 'ER_DUP_ENTRY' || /UNIQUE constraint failed/.test(String(driverError)))
  );
}

const FOREIGN_KEY_CODES = new Set([
  'ER_NO_REFERENCED_ROW',
  'ER_NO_REFERENCED_ROW_2',
  'ER_ROW_IS_REFERENCED',
  'ER_ROW_IS_REFERENCED_2',
]);

/**
 * Whether a query failed on a foreign key: a row refers to one that is gone, or a row still referred
 * to was to be deleted (MySQL/MariaDB `ER_NO_REFERENCED_ROW_2`/`ER_ROW_IS_REFERENCED_2`, SQLite's
 * FOREIGN KEY constraint). The services check references first, so this is a change made at the
 * same moment by someone else.
 */
export function isForeignKeyViolation(error: unknown): boolean {
  const driverError = driverErrorOf(error);
  return (
    driverError !== null &&
    (FOREIGN_KEY_CODES.has(driverError.code ?? '') ||
      /FOREIGN KEY constraint failed/.test(String(driverError)))
  );
}
