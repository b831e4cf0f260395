import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { createCache } from '../modules/api/client';
import { AuthProvider } from '../modules/auth/components/AuthProvider';
import { SessionProvider } from '../modules/auth/components/SessionProvider';
import { GET_SESSION } from '../modules/auth/graphql/queries';
import { createTokenStore, type TokenStore } from '../modules/auth/utils/token-store';
import { I18nProvider } from '../modules/i18n';
import { memoryStorage } from './memory-storage';

/** The session's answer for an employee (or, with `name: null`, an account without one). */
export const sessionUser = ({
  name = 'Siti Rahayu',
  mustChangePassword = false,
}: { name?: string | null; mustChangePassword?: boolean } = {}) => ({
  __typename: 'User',
  id: 'u-1',
  username: '199006152015032001',
  roles: ['EMPLOYEE'],
  isSupervisor: false,
  abilityRules: [],
  mustChangePassword,
  employee: name === null ? null : { __typename: 'Employee', id: '9', name },
});

/** A token store for a signed-in device, kept in memory. */
export function signedInTokenStore(keptName?: string): TokenStore {
  const store = createTokenStore(memoryStorage());
  store.setToken('signed-in');
  if (keptName) store.keepName(keptName);
  return store;
}

/** `children` behind the real AuthProvider and SessionProvider, the session answered by `me`. */
export function renderSession({
  me,
  path,
  children,
  tokenStore = signedInTokenStore(),
  delay,
}: {
  me: ReturnType<typeof sessionUser>;
  path: string;
  children: ReactNode;
  tokenStore?: TokenStore;
  /** Milliseconds before the session answers. */
  delay?: number;
}) {
  return render(
    <I18nProvider initialLanguage="id">
      <AuthProvider tokenStore={tokenStore}>
        <MockedProvider
          mocks={[{ request: { query: GET_SESSION }, result: { data: { me } }, delay }]}
          cache={createCache()}
        >
          <MemoryRouter initialEntries={[path]}>
            <Routes>
              <Route path="*" element={<SessionProvider>{children}</SessionProvider>} />
            </Routes>
          </MemoryRouter>
        </MockedProvider>
      </AuthProvider>
    </I18nProvider>,
  );
}
