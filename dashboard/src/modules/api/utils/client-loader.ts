import type { ApolloClient } from '@apollo/client';
import type { TokenStore } from '../../auth/utils/token-store';
import { loadDictionary } from '../../i18n/utils/translate';
import type { ServerStatus } from './server-status';

/**
 * Hands out the one Apollo client, loading Apollo on first use (the login page starts without it),
 * and with it the Indonesian texts its errors are told in (API reasons).
 */
export interface ApiClientLoader {
  load: () => Promise<ApolloClient>;
}

export function createApiClientLoader({
  tokenStore,
  serverStatus,
}: {
  tokenStore: TokenStore;
  serverStatus: ServerStatus;
}): ApiClientLoader {
  let loading: Promise<ApolloClient> | null = null;
  return {
    load: () =>
      (loading ??= Promise.all([import('../client'), loadDictionary('id')])
        .then(([{ createApolloClient }]) => {
          const client = createApolloClient({ tokenStore, serverStatus });
          // Whoever signed out (the user or an expired token), the next user must not see their data.
          tokenStore.subscribe(() => {
            if (tokenStore.getToken() === null) void client.clearStore();
          });
          return client;
        })
        .catch((error: unknown) => {
          // A failed download (offline) is tried again on the next call.
          loading = null;
          throw error;
        })),
  };
}
