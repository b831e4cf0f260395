import { QueryFailedError } from 'typeorm';

/** Whether a query failed on a unique key (MySQL/MariaDB `ER_DUP_ENTRY`, SQLite's UNIQUE constraint). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = (error as QueryFailedError & { driverError?: { code?: string } }).driverError;
  return (
    driverError?.code === 'ER_DUP_ENTRY' || /UNIQUE constraint failed/.test(String(driverError))
  );
}
