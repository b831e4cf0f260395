import { gql } from '@apollo/client';
import { createTokenStore } from '../../auth/utils/token-store';
import { createApolloClient } from '../client';

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

// A stand-in for window.fetch that records requests and answers with canned JSON.
function fakeFetch(response: FakeResponse) {
  const calls: { url: string; init: RequestInit }[] = [];
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init });
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

const memoryStorage = (): Storage => {
  const values = new Map<string, string>();
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
    clear: () => values.clear(),
    key: () => null,
    get length() {
      return values.size;
    },
  };
};

describe('Apollo client', () => {
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
});
