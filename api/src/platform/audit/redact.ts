/** Keys whose values are secrets: password hashes, one-time passwords, tokens. */
const SECRET_KEY = /password|passwd|hash|secret|token|otp/i;

/** A copy of a JSON value with every secret-named key left out, at any depth. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !SECRET_KEY.test(key))
      .map(([key, item]) => [key, redactSecrets(item)]),
  );
}
