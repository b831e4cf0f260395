import { render, screen } from '@testing-library/react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router-dom';
import { createCache } from '../../api/client';
import { ApiClientProvider } from '../../api/components/ApiClientProvider';
import {
  AuthContext,
  AuthProvider,
  type AuthContextValue,
} from '../../auth/components/AuthProvider';
import { SessionProvider } from '../../auth/components/SessionProvider';
import { GET_SESSION } from '../../auth/graphql/queries';
import { createTokenStore } from '../../auth/utils/token-store';
import { memoryStorage } from '../../../test-support/memory-storage';
import { I18nProvider, type Language } from '../../i18n';
import { LoginPage } from '../../../pages/LoginPage';

const me = (mustChangePassword: boolean) => ({
  __typename: 'User',
  id: 'u-1',
  username: '199006152015032001',
  roles: ['EMPLOYEE'],
  isSupervisor: false,
  abilityRules: [],
  mustChangePassword,
  employee: { __typename: 'Employee', id: '9', name: 'Siti Rahayu' },
});

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderSession(mustChangePassword: boolean, path: string) {
  const tokenStore = createTokenStore(memoryStorage());
  tokenStore.setToken('signed-in');
  render(
    <I18nProvider initialLanguage="id">
      <AuthProvider tokenStore={tokenStore}>
        <MockedProvider
          mocks={[
            { request: { query: GET_SESSION }, result: { data: { me: me(mustChangePassword) } } },
          ]}
          cache={createCache()}
        >
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route
                path="*"
                element={
                  <SessionProvider>
                    <Where />
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

describe('forced password change', () => {
  test('sends someone with a one-time password to the change page, from anywhere', async () => {
    renderSession(true, '/skp');
    expect((await screen.findByTestId('where')).textContent).toBe('/ganti-kata-sandi');
  });

  test('leaves everyone else where they are', async () => {
    renderSession(false, '/skp');
    expect((await screen.findByTestId('where')).textContent).toBe('/skp');
  });
});

describe('login page', () => {
  const SIGNED_OUT = {
    token: null,
    sessionExpired: false,
    signIn: jest.fn(),
    signOut: jest.fn(),
  } as unknown as AuthContextValue;

  test.each([
    ['id', /Lupa kata sandi\? Hubungi Subbagian Umum dan Kepegawaian/],
    ['en', /Forgot your password\? Contact the HR subdivision/],
  ])('tells what to do when a password is forgotten (%s)', (language, text) => {
    render(
      <I18nProvider initialLanguage={language as Language}>
        <ApiClientProvider loader={{ load: () => Promise.reject(new Error('not used')) }}>
          <AuthContext.Provider value={SIGNED_OUT}>
            <MemoryRouter initialEntries={['/login']}>
              <LoginPage />
            </MemoryRouter>
          </AuthContext.Provider>
        </ApiClientProvider>
      </I18nProvider>,
    );
    expect(screen.getByTestId('login-forgot').textContent).toMatch(text);
  });
});
