import type { FieldErrors } from './error-messages';

/**
 * The errors below one prefix, with the prefix removed: `nestedFieldErrors(errors, 'indicators[0]')`
 * turns `indicators[0].target` into `target`; the prefix itself becomes `''`.
 */
export function nestedFieldErrors(errors: FieldErrors, prefix: string): FieldErrors {
  const result: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    if (field === prefix) result[''] = message;
    else if (field.startsWith(`${prefix}.`)) result[field.slice(prefix.length + 1)] = message;
    else if (field.startsWith(`${prefix}[`)) result[field.slice(prefix.length)] = message;
  }
  return result;
}

/** Props that tie an input to its error text (`aria-invalid`, `aria-describedby`). */
export function errorProps(id: string, message: string | undefined) {
  return message ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-error` } : {};
}
