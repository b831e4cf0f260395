import type { Fetcher } from '@graphiql/toolkit';

type Result = Record<string, unknown>;

const isEmptyValue = (value: unknown): boolean =>
  value === null || (Array.isArray(value) && value.length === 0);

/**
 * A result without errors whose every top-level field is null or an empty list gets `hint` in its
 * `extensions` (GraphiQL shows them with the result), so an empty answer says what to change.
 */
export function withEmptyResultHint(result: Result, hint: string | undefined): Result {
  const data = result.data;
  if (!hint || result.errors || typeof data !== 'object' || data === null) return result;
  const values = Object.values(data);
  if (values.length === 0 || !values.every(isEmptyValue)) return result;
  const extensions =
    typeof result.extensions === 'object' && result.extensions !== null ? result.extensions : {};
  return { ...result, extensions: { ...extensions, hint } };
}

/**
 * POSTs JSON to /graphql with the signed-in user's token (read at call time); an all-empty result
 * carries `emptyHint` (see withEmptyResultHint).
 */
export function createPlaygroundFetcher(
  getToken: () => string | null,
  url = '/graphql',
  emptyHint?: string,
): Fetcher {
  return async (params, options) => {
    const token = getToken();
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Accept: 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...options?.headers,
      },
      body: JSON.stringify(params),
    });
    return withEmptyResultHint((await response.json()) as Result, emptyHint);
  };
}
