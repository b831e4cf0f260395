import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { SetContextLink } from '@apollo/client/link/context';
import { ServerError } from '@apollo/client/errors';
import { asyncScheduler, subscribeOn } from 'rxjs';
import type { TokenStore } from '../auth/utils/token-store';
import { type AvailabilityOptions, createAvailabilityLink } from './utils/availability-link';
import { hasErrorCode } from './utils/graphql-errors';
import { createServerStatus, type ServerStatus } from './utils/server-status';
import { cursorConnectionPolicy } from './utils/connection-policy';

export const GRAPHQL_PATH = '/graphql';

interface CreateApolloClientOptions {
  tokenStore: TokenStore;
  /** Told when the API is unreachable or answers 503, for the shell's banner. */
  serverStatus?: ServerStatus;
  availability?: AvailabilityOptions;
  uri?: string;
  /** Tests pass their own; the browser's is used otherwise. */
  fetch?: typeof fetch;
}

export function createApolloClient({
  tokenStore,
  serverStatus = createServerStatus(),
  availability,
  uri = GRAPHQL_PATH,
  fetch,
}: CreateApolloClientOptions) {
  // The bearer token, and the Idempotency-Key a creating form passes in its mutation's context.
  const authLink = new SetContextLink((context) => {
    const headers = { ...(context.headers as Record<string, string> | undefined) };
    const token = tokenStore.getToken();
    if (token) headers.authorization = `Bearer ${token}`;
    if (typeof context.idempotencyKey === 'string')
      headers['idempotency-key'] = context.idempotencyKey;
    return { headers };
  });

  // Any later request rejected as UNAUTHENTICATED means the session is gone (expired or revoked);
  // a 503 (the database is down) is not: the session stays and the availability link retries.
  const sessionLink = new ErrorLink(({ error, operation }) => {
    if (operation.operationName === 'Login' || !tokenStore.getToken()) return;
    const unauthenticated =
      hasErrorCode(error, 'UNAUTHENTICATED') || (ServerError.is(error) && error.statusCode === 401);
    if (unauthenticated) tokenStore.clear({ sessionExpired: true });
  });

  // POST with content-type application/json satisfies Apollo Server's CSRF prevention.
  const httpLink = new HttpLink({ uri, ...(fetch ? { fetch } : {}) });

  // Each request leaves in a task of its own: the links (context, printing, the browser's fetch)
  // cost a few milliseconds, and a page that mounts several queries at once would otherwise pay
  // them all in the one long task that renders it. First in the chain, so all of it moves.
  const ownTaskLink = new ApolloLink((operation, forward) =>
    forward(operation).pipe(subscribeOn(asyncScheduler)),
  );

  return new ApolloClient({
    link: ApolloLink.from([
      ownTaskLink,
      sessionLink,
      createAvailabilityLink(serverStatus, availability),
      authLink,
      httpLink,
    ]),
    cache: createCache(),
  });
}

export const createCache = () =>
  new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          employees: cursorConnectionPolicy,
          feedback: cursorConnectionPolicy,
          auditLog: cursorConnectionPolicy,
          objectionsDecided: cursorConnectionPolicy,
        },
      },
    },
  });
