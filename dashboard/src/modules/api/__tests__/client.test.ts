import { gql } from '@apollo/client';
import { createTokenStore } from '../../auth/utils/token-store';
import { createApolloClient } from '../client';
import { newIdempotencyKey } from '../hooks/useIdempotencyKey';
import { createServerStatus } from '../utils/server-status';
import { memoryStorage } from '../../../test-support/memory-storage';

const GET_ME = gql`
  query GetMe {
    me {
      id
    }
  }
`;

interface FakeResponse {
  status: number;
  body: unknown;
}

// A stand-in for window.fetch that records requests and answers with canned JSON (in turn, when
// given several answers; the last one repeats).
function fakeFetch(response: FakeResponse | FakeResponse[]) {
  const answers = Array.isArray(response) ? response : [response];
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
    const response = answers[Math.min(calls.length - 1, answers.length - 1)];
    const text = JSON.stringify(response.body);
    return {
      ok: response.status < 300,
      status: response.status,
      headers: {
        get: (name: string) => (name.toLowerCase() === 'content-type' ? 'application/json' : null),
      },
      text: async () => text,
    };
  }) as unknown as typeof fetch;
  return { fetchImpl, calls };
}

describe('Apollo client', () => {
  test('each request leaves in a task of its own, not in the one that asked for it', async () => {
    const tokenStore = createTokenStore(memoryStorage());
    tokenStore.setToken('abc.def');
    const { fetchImpl, calls } = fakeFetch({
      status: 200,
      body: { data: { me: { __typename: 'User', id: '1' } } },
    });
    // Microtasks run between tasks: a fetch started in the same task as the one before it sees
    // the marker that fetch queued still unmoved.
    let marker = 0;
    const tasks: number[] = [];
    // The task each read of the token happened in: a timer queued before the queries marks the
    // first task after the asking one.
    let task = 0;
    const tokenReadTasks: number[] = [];
    const getToken = tokenStore.getToken.bind(tokenStore);
    const client = createApolloClient({
      tokenStore: {
        ...tokenStore,
        getToken: () => {
          tokenReadTasks.push(task);
          return getToken();
        },
      },
      uri: '/graphql',
      fetch: ((url: string, init: RequestInit) => {
        tasks.push(marker);
        queueMicrotask(() => {
          marker += 1;
        });
        return fetchImpl(url, init);
      }) as typeof fetch,
    });
    setTimeout(() => (task += 1), 0);
    const queries = ['A', 'B', 'C'].map((name) =>
      client.query({
        query: gql`
          query Get${name} {
            me {
              id
            }
          }
        `,
      }),
    );
    // Nothing was sent while the asking task ran.
    expect(calls).toHaveLength(0);
    await Promise.all(queries);
    expect(calls).toHaveLength(3);
    expect(new Set(tasks).size).toBe(3);
    // No link ran in the asking task either (the token is read by the context link).
    expect(tokenReadTasks).toHaveLength(3);
    expect(tokenReadTasks.every((readIn) => readIn > 0)).toBe(true);
  });

  test('POSTs JSON to /graphql with the bearer token', async () => {
    const tokenStore = createTokenStore(memoryStorage());
    tokenStore.setToken('abc.def');
    const { fetchImpl, calls } = fakeFetch({
      status: 200,
      body: { data: { me: { __typename: 'User', id: '1' } } },
    });
    const client = createApolloClient({ tokenStore, uri: '/graphql', fetch: fetchImpl });

    await client.query({ query: GET_ME });

    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/graphql');
    expect(calls[0].init.method).toBe('POST');
    const headers = calls[0].init.headers as Record<string, string>;
    expect(headers.authorization).toBe('Bearer abc.def');
    expect(headers['content-type']).toBe('application/json');
  });

  test('sends the Idempotency-Key a creating form gives, and none otherwise', async () => {
    const tokenStore = createTokenStore(memoryStorage());
    tokenStore.setToken('abc.def');
    const { fetchImpl, calls } = fakeFetch({
      status: 200,
      body: { data: { giveFeedback: { __typename: 'Feedback', id: '9' } } },
    });
    const client = createApolloClient({ tokenStore, uri: '/graphql', fetch: fetchImpl });
    const GIVE = gql`
      mutation Give {
        giveFeedback(input: { recipientId: "2", kind: PRAISE, text: "Bagus" }) {
          id
        }
      }
    `;
    const key = newIdempotencyKey();
    await client.mutate({ mutation: GIVE, context: { idempotencyKey: key } });
    await client.mutate({ mutation: GIVE });
    const sent = calls.map(
      (call) => (call.init.headers as Record<string, string>)['idempotency-key'],
    );
    expect(sent).toEqual([key, undefined]);
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(newIdempotencyKey()).not.toBe(key);
  });

  test('an UNAUTHENTICATED answer signs the user out and flags the expired session', async () => {
    const storage = memoryStorage();
    const tokenStore = createTokenStore(storage);
    tokenStore.setToken('expired');
    const { fetchImpl } = fakeFetch({
      status: 200,
      body: {
        data: null,
        errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }],
      },
    });
    const client = createApolloClient({ tokenStore, fetch: fetchImpl });

    await expect(client.query({ query: GET_ME })).rejects.toThrow();

    expect(tokenStore.getState()).toEqual({ token: null, sessionExpired: true });
    expect(storage.getItem('kinerja.token')).toBeNull();
  });

  test('a 401 from the transport does the same', async () => {
    const tokenStore = createTokenStore(memoryStorage());
    tokenStore.setToken('revoked');
    const { fetchImpl } = fakeFetch({
      status: 401,
      body: { errors: [{ message: 'Invalid token', extensions: { code: 'UNAUTHENTICATED' } }] },
    });
    const client = createApolloClient({ tokenStore, fetch: fetchImpl });
    await expect(client.query({ query: GET_ME })).rejects.toThrow();
    expect(tokenStore.getToken()).toBeNull();
  });

  test('other errors keep the session', async () => {
    const tokenStore = createTokenStore(memoryStorage());
    tokenStore.setToken('valid');
    const { fetchImpl } = fakeFetch({
      status: 200,
      body: {
        data: null,
        errors: [{ message: 'no', path: ['me'], extensions: { code: 'FORBIDDEN' } }],
      },
    });
    const client = createApolloClient({ tokenStore, fetch: fetchImpl });
    await expect(client.query({ query: GET_ME })).rejects.toThrow();
    expect(tokenStore.getToken()).toBe('valid');
  });

  const UNAVAILABLE: FakeResponse = {
    status: 503,
    body: {
      errors: [{ message: 'temporarily unavailable', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    },
  };
  const SAVE = gql`
    mutation Save {
      acknowledgeFeedback(id: "1") {
        id
      }
    }
  `;

  test('a 503 keeps the session, says the server is unavailable and retries the query until it answers', async () => {
    const tokenStore = createTokenStore(memoryStorage());
    tokenStore.setToken('valid');
    const serverStatus = createServerStatus();
    const seen: string[] = [];
    serverStatus.subscribe(() => seen.push(serverStatus.getState()));
    const { fetchImpl, calls } = fakeFetch([
      UNAVAILABLE,
      UNAVAILABLE,
      { status: 200, body: { data: { me: { __typename: 'User', id: '1' } } } },
    ]);
    const client = createApolloClient({
      tokenStore,
      serverStatus,
      availability: { delays: [1] },
      fetch: fetchImpl,
    });

    const result = await client.query({ query: GET_ME });

    expect(result.data).toEqual({ me: { __typename: 'User', id: '1' } });
    expect(calls).toHaveLength(3);
    expect(seen).toEqual(['unavailable', 'available']);
    expect(tokenStore.getToken()).toBe('valid');
  });

  test('the same holds when the answer is parsed as a GraphQL response (not a transport error)', async () => {
    const tokenStore = createTokenStore(memoryStorage());
    tokenStore.setToken('valid');
    const serverStatus = createServerStatus();
    const { fetchImpl } = fakeFetch({
      status: 200,
      body: { errors: [{ message: 'x', extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
    });
    const client = createApolloClient({
      tokenStore,
      serverStatus,
      availability: { delays: [1], maxRetries: 2 },
      fetch: fetchImpl,
    });
    await expect(client.query({ query: GET_ME })).rejects.toThrow();
    expect(serverStatus.getState()).toBe('unavailable');
    expect(tokenStore.getToken()).toBe('valid');
  });

  test('a mutation is not retried (it could write twice), and the session stays', async () => {
    const tokenStore = createTokenStore(memoryStorage());
    tokenStore.setToken('valid');
    const serverStatus = createServerStatus();
    const { fetchImpl, calls } = fakeFetch(UNAVAILABLE);
    const client = createApolloClient({
      tokenStore,
      serverStatus,
      availability: { delays: [1] },
      fetch: fetchImpl,
    });
    await expect(client.mutate({ mutation: SAVE })).rejects.toThrow();
    expect(calls).toHaveLength(1);
    expect(serverStatus.getState()).toBe('unavailable');
    expect(tokenStore.getToken()).toBe('valid');
  });

  test('an unreachable server (fetch rejects) counts as unavailable; a later answer clears it', async () => {
    const tokenStore = createTokenStore(memoryStorage());
    tokenStore.setToken('valid');
    const serverStatus = createServerStatus();
    let attempts = 0;
    const fetchImpl = (async () => {
      attempts += 1;
      if (attempts === 1) throw new TypeError('Failed to fetch');
      return {
        ok: false,
        status: 200,
        headers: { get: () => 'application/json' },
        text: async () =>
          JSON.stringify({
            data: null,
            errors: [{ message: 'no', path: ['me'], extensions: { code: 'FORBIDDEN' } }],
          }),
      };
    }) as unknown as typeof fetch;
    const client = createApolloClient({
      tokenStore,
      serverStatus,
      availability: { delays: [1] },
      fetch: fetchImpl,
    });
    await expect(client.query({ query: GET_ME })).rejects.toThrow();
    expect(attempts).toBe(2);
    expect(serverStatus.getState()).toBe('available');
    expect(tokenStore.getToken()).toBe('valid');
  });
});
