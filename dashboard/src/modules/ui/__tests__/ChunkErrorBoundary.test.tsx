import { fireEvent, render, screen } from '@testing-library/react';
import { lazy, Suspense } from 'react';
import { Link, MemoryRouter, Route, Routes } from 'react-router-dom';
import { I18nProvider, type Language } from '../../i18n';
import { ChunkErrorBoundary } from '../components/ChunkErrorBoundary';

// A page whose chunk cannot be downloaded, as the browser reports it.
const BrokenPage = lazy(() =>
  Promise.reject(new TypeError('Failed to fetch dynamically imported module')),
);

function renderApp(language: Language = 'id') {
  return render(
    <I18nProvider initialLanguage={language}>
      <MemoryRouter initialEntries={['/rusak']}>
        <Link to="/lain">lain</Link>
        <ChunkErrorBoundary>
          <Suspense fallback={<p>memuat</p>}>
            <Routes>
              <Route path="/rusak" element={<BrokenPage />} />
              <Route path="/lain" element={<p>halaman lain</p>} />
            </Routes>
          </Suspense>
        </ChunkErrorBoundary>
      </MemoryRouter>
    </I18nProvider>,
  );
}

describe('ChunkErrorBoundary', () => {
  // React logs the caught error; the test is about what the user sees.
  beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  test.each([
    ['id' as const, 'Halaman tidak dapat dimuat', 'Muat ulang halaman'],
    ['en' as const, 'This page could not be loaded', 'Reload page'],
  ])('in %s a failed chunk says so and offers a reload', async (language, title, action) => {
    renderApp(language);
    const alert = await screen.findByTestId('page-load-failed');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(screen.getByRole('heading', { name: title })).toBeTruthy();
    expect(screen.getByRole('button', { name: action })).toBeTruthy();
  });

  test('navigating to another page starts afresh', async () => {
    renderApp();
    await screen.findByTestId('page-load-failed');
    fireEvent.click(screen.getByText('lain'));
    expect(await screen.findByText('halaman lain')).toBeTruthy();
    expect(screen.queryByTestId('page-load-failed')).toBeNull();
  });
});
