export const TOKEN_STORAGE_KEY = 'kinerja.token';
/** The signed-in person's name, kept with the token so a returning visit greets them at once. */
export const NAME_STORAGE_KEY = 'kinerja.name';

export interface TokenState {
  token: string | null;
  /** Set when the API rejected the stored token, so the login page can say why. */
  sessionExpired: boolean;
}

// Function-valued properties (not methods), so they can be passed around unbound.
export interface TokenStore {
  getToken: () => string | null;
  getState: () => TokenState;
  setToken: (token: string) => void;
  clear: (options?: { sessionExpired?: boolean }) => void;
  subscribe: (listener: () => void) => () => void;
  /** The name the last session greeted with, while its token is kept; gone with the token. */
  getKeptName: () => string | null;
  keepName: (name: string) => void;
}

export function createTokenStore(
  storage: Storage | undefined = globalThis.localStorage,
): TokenStore {
  const read = (): string | null => {
    try {
      return storage?.getItem(TOKEN_STORAGE_KEY) ?? null;
    } catch {
      return null;
    }
  };
  const write = (token: string | null) => {
    try {
      // A new sign-in may be someone else: their name is kept once their session answers.
      storage?.removeItem(NAME_STORAGE_KEY);
      if (token) storage?.setItem(TOKEN_STORAGE_KEY, token);
      else storage?.removeItem(TOKEN_STORAGE_KEY);
    } catch {
      // The token then lives only in memory for this tab.
    }
  };

  let state: TokenState = { token: read(), sessionExpired: false };
  const listeners = new Set<() => void>();
  const update = (next: TokenState) => {
    state = next;
    write(next.token);
    listeners.forEach((listener) => listener());
  };

  // Signing out (or in) in another tab applies here too.
  globalThis.addEventListener?.('storage', (event: StorageEvent) => {
    if (event.key !== TOKEN_STORAGE_KEY && event.key !== null) return;
    const token = read();
    if (token === state.token) return;
    state = { token, sessionExpired: false };
    listeners.forEach((listener) => listener());
  });

  return {
    getToken: () => state.token,
    getState: () => state,
    setToken: (token) => update({ token, sessionExpired: false }),
    clear: ({ sessionExpired = false } = {}) => {
      if (state.token === null && state.sessionExpired === sessionExpired) return;
      update({ token: null, sessionExpired });
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getKeptName: () => {
      if (state.token === null) return null;
      try {
        return storage?.getItem(NAME_STORAGE_KEY) || null;
      } catch {
        return null;
      }
    },
    keepName: (name) => {
      if (state.token === null) return;
      try {
        storage?.setItem(NAME_STORAGE_KEY, name);
      } catch {
        // Then the next visit shows the plain loader.
      }
    },
  };
}
