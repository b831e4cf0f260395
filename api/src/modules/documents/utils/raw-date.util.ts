import { jakartaDate } from '../../cycle/utils/periods.util';

// A timestamp without a zone as SQLite holds it: TypeORM writes UTC ('2026-10-05 20:00:00.000'),
// and datetime('now') gives the same without the milliseconds.
const SQL_TIMESTAMP = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)$/;

/**
 * The Asia/Jakarta calendar day of a timestamp read raw from SQL (`getRawMany`), the same on both
 * drivers: mysql2 (timezone 'Z') gives a Date, better-sqlite3 the UTC text TypeORM wrote. A plain
 * date (`2026-10-06`) is already a calendar day; null stays null; anything else is not a date.
 */
export function jakartaDateOfRaw(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : jakartaDate(value);
  if (typeof value !== 'string') return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const match = SQL_TIMESTAMP.exec(value);
  const instant = match
    ? new Date(`${match[1]}T${match[2]}Z`)
    : /[zZ]$|[+-]\d{2}:?\d{2}$/.test(value)
      ? new Date(value)
      : null;
  return instant && !Number.isNaN(instant.getTime()) ? jakartaDate(instant) : null;
}
