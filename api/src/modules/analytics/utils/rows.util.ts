import { decimalNumber } from '../../../platform/database/decimal.transformer';

/** A number from SQL (a DECIMAL's text read as `decimalNumber`) rounded to two decimals; null stays null. */
export const numberOrNull = (value: unknown) =>
  value === null || value === undefined
    ? null
    : Math.round((typeof value === 'string' ? decimalNumber(value) : Number(value)) * 100) / 100;

/** Rows grouped by a key, each group in the rows' order; the groups in first-seen order. */
export function groupBy<T, K>(rows: readonly T[], keyOf: (row: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
