import { render, screen } from '@testing-library/react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { ApiClientProvider } from '../../api/components/ApiClientProvider';
import { AuthContext, type AuthContextValue } from '../../auth/components/AuthProvider';
import { renderSession, sessionUser } from '../../../test-support/session';
import { I18nProvider, type Language } from '../../i18n';
import { LoginPage } from '../../../pages/LoginPage';

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

const signIn = (mustChangePassword: boolean, path: string) =>
  renderSession({ me: sessionUser({ mustChangePassword }), path, children: <Where /> });

describe('forced password change', () => {
  test('sends someone with a one-time password to the change page, from anywhere', async () => {
    signIn(true, '/skp');
    expect((await screen.findByTestId('where')).textContent).toBe('/ganti-kata-sandi');
  });

  test('leaves everyone else where they are', async () => {
    signIn(false, '/skp');
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
