import { screen } from '@testing-library/react';
import AnalyticsPlaygroundPage from '../AnalyticsPlaygroundPage';
import { cycle, cyclesMock, renderAnalyticsPage, user } from './analytics-fixtures';

// GraphiQL and the bundled examples are Vite-only; the stand-in shows what the page hands them.
jest.mock('../../modules/analytics/playground/Playground', () => ({
  Playground: ({ cycleId, emptyHint }: { cycleId: string | null; emptyHint?: string }) => (
    <div data-testid="graphql-playground" data-cycle-id={cycleId ?? ''} title={emptyHint} />
  ),
}));

const ANALYST = user({ roles: ['ANALYST'], employee: null });

const renderPlayground = (mocks: object[]) =>
  renderAnalyticsPage(<AnalyticsPlaygroundPage />, {
    me: ANALYST,
    mocks,
    path: '/analisis/playground',
  });

describe('GraphQL playground page', () => {
  test('the examples run on the newest closed cycle, and the note names the cycles with data', async () => {
    renderPlayground([cyclesMock()]);
    const playground = await screen.findByTestId('graphql-playground');
    // The ACTIVE 2026 cycle (id 4) holds no predicates yet: the examples get 2025 (id 3).
    expect(playground.getAttribute('data-cycle-id')).toBe('3');
    expect(screen.getByTestId('playground-cycle-note').textContent).toBe(
      'Contoh kueri memakai $cycleId = "3" (2025 · Ditutup). ' +
        'Hasil kosong? Isi $cycleId di panel Variables dengan siklus yang sudah ditutup: 2025 = 3, 2024 = 2.',
    );
    expect(playground.getAttribute('title')).toBe(
      'Hasil kosong: siklus ini belum berisi data. Isi $cycleId di panel Variables dengan siklus yang sudah ditutup (lihat catatan di atas editor).',
    );
  });

  test('without a closed cycle the active one is used and no closed cycles are listed', async () => {
    renderPlayground([cyclesMock([cycle('4', 2026, 'ACTIVE', 'TW2')])]);
    const playground = await screen.findByTestId('graphql-playground');
    expect(playground.getAttribute('data-cycle-id')).toBe('4');
    expect(screen.getByTestId('playground-cycle-note').textContent).toBe(
      'Contoh kueri memakai $cycleId = "4" (2026 · Aktif). ',
    );
  });

  test('without any cycle the note says the examples cannot run', async () => {
    renderPlayground([cyclesMock([])]);
    const playground = await screen.findByTestId('graphql-playground');
    expect(playground.getAttribute('data-cycle-id')).toBe('');
    expect(screen.getByTestId('playground-cycle-note').textContent).toBe(
      'Belum ada siklus kinerja: contoh kueri dengan $cycleId belum bisa dijalankan. ',
    );
  });
});
