import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { createCache } from '../modules/api/client';
import { AuthContext, type AuthContextValue } from '../modules/auth/components/AuthProvider';
import { AbilityProvider, createAppAbility } from '../modules/authz';
import { I18nProvider, type Language } from '../modules/i18n';

interface RenderOptions {
  mocks?: MockedProviderProps['mocks'];
  /** The URL to start at and the route pattern that renders `element`. */
  path?: string;
  route?: string;
  language?: Language;
  abilityRules?: unknown;
}

// A signed-in session as far as pages read it (the token for document downloads).
const SIGNED_IN = { token: 'test-session-token' } as unknown as AuthContextValue;

/** Renders a page the way the app does: i18n, Apollo (mocked), session, CASL ability, router. */
export function renderPage(
  element: ReactElement,
  { mocks = [], path = '/', route = '*', language = 'id', abilityRules = [] }: RenderOptions = {},
): RenderResult {
  return render(
    <I18nProvider initialLanguage={language}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <AuthContext.Provider value={SIGNED_IN}>
          <AbilityProvider value={createAppAbility(abilityRules)}>
            <MemoryRouter initialEntries={[path]}>
              <Routes>
                <Route path={route} element={element} />
              </Routes>
            </MemoryRouter>
          </AbilityProvider>
        </AuthContext.Provider>
      </MockedProvider>
    </I18nProvider>,
  );
}
