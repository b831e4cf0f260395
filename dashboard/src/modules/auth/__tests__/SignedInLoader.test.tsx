import { screen } from '@testing-library/react';
import type { TokenStore } from '../utils/token-store';
import { renderSession, sessionUser, signedInTokenStore } from '../../../test-support/session';

const renderSignedIn = (tokenStore: TokenStore, path: string, name: string | null) =>
  renderSession({
    me: sessionUser({ name }),
    path,
    tokenStore,
    delay: 30,
    children: <p data-testid="signed-in">ready</p>,
  });

describe('while the session loads', () => {
  test('a returning visit to Beranda is greeted by the name this device kept', async () => {
    renderSignedIn(signedInTokenStore('Siti Rahayu'), '/', 'Siti Rahayu');
    expect(screen.getByTestId('landing-skeleton')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toMatch(/, Siti Rahayu$/);
    expect(screen.getByRole('status').textContent).toContain('Memuat');
    await screen.findByTestId('signed-in');
    expect(screen.queryByTestId('landing-skeleton')).toBeNull();
  });

  test('other pages, or no kept name, show the plain loader', async () => {
    renderSignedIn(signedInTokenStore('Siti Rahayu'), '/skp', 'Siti Rahayu');
    expect(screen.queryByTestId('landing-skeleton')).toBeNull();
    expect(screen.getByRole('status').textContent).toBe('Memuat…');
    await screen.findByTestId('signed-in');
  });

  test('the session keeps the name it greets with for the next visit', async () => {
    const store = signedInTokenStore();
    renderSignedIn(store, '/', 'Budi Santoso');
    expect(screen.queryByTestId('landing-skeleton')).toBeNull();
    await screen.findByTestId('signed-in');
    expect(store.getKeptName()).toBe('Budi Santoso');
  });

  test('an account without an employee is greeted by its username', async () => {
    const store = signedInTokenStore();
    renderSignedIn(store, '/', null);
    await screen.findByTestId('signed-in');
    expect(store.getKeptName()).toBe('199006152015032001');
  });
});
