import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { lazyPage } from '../utils/lazy-page';

const Page = () => <p>halaman</p>;

function renderLazy(element: React.ReactElement) {
  return render(<Suspense fallback={<p>memuat</p>}>{element}</Suspense>);
}

describe('lazyPage', () => {
  test('without a preload, the page suspends until its chunk is in', async () => {
    const load = jest.fn(() => Promise.resolve({ Page }));
    const LazyPage = lazyPage(load, 'Page');
    renderLazy(<LazyPage />);
    expect(screen.getByText('memuat')).toBeTruthy();
    expect(await screen.findByText('halaman')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('once preloaded, the page renders in the same render: no fallback, loaded once', async () => {
    const load = jest.fn(() => Promise.resolve({ Page }));
    const LazyPage = lazyPage(load, 'Page');
    await LazyPage.preload();
    await LazyPage.preload();
    // Synchronously, without a tick for React to retry: the fallback never shows.
    act(() => {
      renderLazy(<LazyPage />);
    });
    expect(screen.queryByText('memuat')).toBeNull();
    expect(screen.getByText('halaman')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  test('a failed preload is tried again by the next one', async () => {
    const load = jest
      .fn<Promise<{ Page: typeof Page }>, []>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce({ Page });
    const LazyPage = lazyPage(load, 'Page');
    await expect(LazyPage.preload()).rejects.toThrow('Failed to fetch');
    await LazyPage.preload();
    act(() => {
      renderLazy(<LazyPage />);
    });
    expect(screen.getByText('halaman')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
