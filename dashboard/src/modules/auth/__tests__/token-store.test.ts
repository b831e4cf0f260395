import { createTokenStore, NAME_STORAGE_KEY, TOKEN_STORAGE_KEY } from '../utils/token-store';

beforeEach(() => localStorage.clear());

describe('token store', () => {
  test('keeps the token in localStorage and notifies subscribers', () => {
    const store = createTokenStore();
    const listener = jest.fn();
    store.subscribe(listener);
    store.setToken('abc');
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBe('abc');
    expect(createTokenStore().getToken()).toBe('abc'); // survives a reload
    store.clear();
    expect(localStorage.getItem(TOKEN_STORAGE_KEY)).toBeNull();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  test('an expired session is flagged until the next sign-in', () => {
    const store = createTokenStore();
    store.setToken('abc');
    store.clear({ sessionExpired: true });
    expect(store.getState()).toEqual({ token: null, sessionExpired: true });
    store.setToken('def');
    expect(store.getState()).toEqual({ token: 'def', sessionExpired: false });
  });

  test('signing out in another tab signs out here', () => {
    const store = createTokenStore();
    store.setToken('abc');
    const listener = jest.fn();
    store.subscribe(listener);
    localStorage.removeItem(TOKEN_STORAGE_KEY);
    window.dispatchEvent(new StorageEvent('storage', { key: TOKEN_STORAGE_KEY, newValue: null }));
    expect(store.getToken()).toBeNull();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('storage that throws keeps the token in memory', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => undefined,
    } as unknown as Storage;
    const store = createTokenStore(broken);
    expect(store.getToken()).toBeNull();
    store.setToken('abc');
    expect(store.getToken()).toBe('abc');
  });

  test('keeps the name to greet with only beside its token', () => {
    const store = createTokenStore();
    store.keepName('Siti');
    expect(store.getKeptName()).toBeNull(); // nobody signed in: nothing kept
    store.setToken('abc');
    expect(store.getKeptName()).toBeNull();
    store.keepName('Siti Aminah');
    expect(createTokenStore().getKeptName()).toBe('Siti Aminah'); // survives a reload
    // Someone else signs in: the last name is not theirs.
    store.setToken('def');
    expect(store.getKeptName()).toBeNull();
    store.keepName('Budi');
    store.clear({ sessionExpired: true });
    expect(localStorage.getItem(NAME_STORAGE_KEY)).toBeNull();
    expect(store.getKeptName()).toBeNull();
  });
});
