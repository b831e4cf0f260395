import { render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { createCache } from '../../api/client';
import { I18nProvider } from '../../i18n';
import { AuthProvider } from '../components/AuthProvider';
import { SessionProvider } from '../components/SessionProvider';
import { GET_SESSION } from '../graphql/queries';
import { createTokenStore, type TokenStore } from '../utils/token-store';
import { memoryStorage } from '../../../test-support/memory-storage';

const me = (name: string | null) => ({
  __typename: 'User',
  id: 'u-1',
  username: '199006152015032001',
  roles: ['EMPLOYEE'],
  isSupervisor: false,
  abilityRules: [],
  mustChangePassword: false,
  employee: name === null ? null : { __typename: 'Employee', id: '9', name },
});

function renderSignedIn(tokenStore: TokenStore, path: string, name: string | null) {
  render(
    <I18nProvider initialLanguage="id">
      <AuthProvider tokenStore={tokenStore}>
        <MockedProvider
          mocks={[
            { request: { query: GET_SESSION }, result: { data: { me: me(name) } }, delay: 30 },
          ]}
          cache={createCache()}
        >
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route
                path="*"
                element={
                  <SessionProvider>
                    <p data-testid="signed-in">ready</p>
                  </SessionProvider>
                }
              />
            </Routes>
          </MemoryRouter>
        </MockedProvider>
      </AuthProvider>
    </I18nProvider>,
  );
}

function signedInStore(keptName?: string) {
  const store = createTokenStore(memoryStorage());
  store.setToken('token');
  if (keptName) store.keepName(keptName);
  return store;
}

describe('while the session loads', () => {
  test('a returning visit to Beranda is greeted by the name this device kept', async () => {
    renderSignedIn(signedInStore('Siti Rahayu'), '/', 'Siti Rahayu');
    expect(screen.getByTestId('landing-skeleton')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/, Siti Rahayu$/);
    expect(screen.getByRole('status').textContent).toContain('Memuat');
    await screen.findByTestId('signed-in');
    expect(screen.queryByTestId('landing-skeleton')).toBeNull();
  });

  test('other pages, or no kept name, show the plain loader', async () => {
    renderSignedIn(signedInStore('Siti Rahayu'), '/skp', 'Siti Rahayu');
    expect(screen.queryByTestId('landing-skeleton')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Memuat…');
    await screen.findByTestId('signed-in');
  });

  test('the session keeps the name it greets with for the next visit', async () => {
    const store = signedInStore();
    renderSignedIn(store, '/', 'Budi Santoso');
    expect(screen.queryByTestId('landing-skeleton')).toBeNull();
    await screen.findByTestId('signed-in');
    expect(store.getKeptName()).toBe('Budi Santoso');
  });

  test('an account without an employee is greeted by its username', async () => {
    const store = signedInStore();
    renderSignedIn(store, '/', null);
    await screen.findByTestId('signed-in');
    expect(store.getKeptName()).toBe('199006152015032001');
  });
});
