import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider, LanguageSwitch, useT } from '..';
import { LANGUAGE_STORAGE_KEY, readStoredLanguage } from '../utils/language-storage';

function Greeting() {
  const t = useT();
  return <p>{t('login.title')}</p>;
}

const renderApp = () =>
  render(
    <I18nProvider>
      <LanguageSwitch />
      <Greeting />
    </I18nProvider>,
  );

beforeEach(() => localStorage.clear());

describe('language', () => {
  test('is Indonesian by default', () => {
    renderApp();
    expect(screen.getByText('Masuk ke Kinerja')).toBeTruthy();
    expect(document.documentElement.lang).toBe('id');
    expect(screen.getByRole('button', { name: 'ID' }).getAttribute('aria-pressed')).toBe('true');
  });

  test('switching to English changes the text and is remembered across visits', () => {
    const first = renderApp();
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'EN' }));
    });
    expect(screen.getByText('Sign in to Kinerja')).toBeTruthy();
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    first.unmount();

    renderApp();
    expect(screen.getByText('Sign in to Kinerja')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'EN' }).getAttribute('aria-pressed')).toBe('true');
  });

  test('an unknown stored value falls back to Indonesian', () => {
    localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(readStoredLanguage()).toBe('id');
  });

  test('storage that throws does not break the app', () => {
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(readStoredLanguage(broken)).toBe('id');
  });
});
