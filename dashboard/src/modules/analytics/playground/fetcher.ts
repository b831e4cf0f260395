import type { Fetcher } from '@graphiql/toolkit';

/** POSTs JSON to /graphql with the signed-in user's token (read at call time). */
export function createPlaygroundFetcher(getToken: () => string | null, url = '/graphql'): Fetcher {
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
    return (await response.json()) as Record<string, unknown>;
  };
}
