import { badInput } from './errors';

/** GraphQL IDs arrive as strings; our keys are positive integers. */
export function parseId(value: string | number, field: string): number {
  const id = typeof value === 'number' ? value : /^\d{1,10}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(id) || id < 1)
    throw badInput([{ field, reason: 'INVALID_ID', message: 'is not a valid id' }]);
  return id;
}

export function parseOptionalId(
  value: string | number | null | undefined,
  field: string,
): number | null | undefined {
  return value === null || value === undefined ? value : parseId(value, field);
}
