import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GET_PREDICATE_DISTRIBUTION } from '../../modules/analytics/graphql/queries';
import { AnalyticsPage } from '../AnalyticsPage';
import {
  cycle,
  cyclesMock,
  renderAnalyticsPage,
  serverError,
  stubResizeObserver,
  settle,
  tableCells,
  user,
} from './analytics-fixtures';

beforeAll(stubResizeObserver);
// A cycle opened through a link stays the tab's choice (as on every page): each test starts afresh.
beforeEach(() => sessionStorage.clear());

const ANALYST = user({ roles: ['ANALYST'], employee: null });

const group = (name: string, counts: Record<string, number> | null) => ({
  __typename: 'DistributionGroup',
  group: name,
  suppressed: counts === null,
  total: counts === null ? null : Object.values(counts).reduce((sum, count) => sum + count, 0),
  counts:
    counts === null
      ? null
      : Object.entries(counts).map(([predicate, count]) => ({
          __typename: 'PredicateCount',
          predicate,
          count,
        })),
});

const distributionMock = (variables: object, result: object) => ({
  request: { query: GET_PREDICATE_DISTRIBUTION, variables },
  ...result,
});

// Only the request for the newest CLOSED cycle (2025, id 3), annual, by position level (the
// default grouping: few groups under five people) is answered.
const CLOSED_2025 = { cycleId: '3', period: 'ANNUAL', groupBy: 'POSITION_LEVEL' };

const renderAnalysis = (mocks: object[], path = '/analisis') =>
  renderAnalyticsPage(<AnalyticsPage />, { me: ANALYST, mocks, path });

describe('Analisis', () => {
  test('loading: a skeleton first', async () => {
    renderAnalysis([
      cyclesMock(),
      distributionMock(CLOSED_2025, { result: { data: { predicateDistribution: [] } } }),
    ]);
    expect(screen.getByTestId('analysis-loading')).toBeTruthy();
    expect(await screen.findByText('Belum ada predikat pada periode ini.')).toBeTruthy();
  });

  test('data: opens on the newest closed cycle’s annual predicates by position level; none hidden', async () => {
    renderAnalysis([
      cyclesMock(),
      distributionMock(CLOSED_2025, {
        result: {
          data: {
            predicateDistribution: [
              group('PELAKSANA', { BAIK: 30, SANGAT_BAIK: 5 }),
              group('PENGAWAS', { BAIK: 6 }),
            ],
          },
        },
      }),
    ]);
    await screen.findByTestId('analysis');
    expect(
      screen.getByLabelText<HTMLSelectElement>('Siklus kinerja').selectedOptions[0].textContent,
    ).toBe('2025 · Ditutup');
    expect(screen.getByLabelText<HTMLSelectElement>('Periode').value).toBe('ANNUAL');
    expect(screen.getByLabelText<HTMLSelectElement>('Kelompokkan menurut').value).toBe(
      'POSITION_LEVEL',
    );
    expect(screen.queryByTestId('suppressed-groups')).toBeNull();
  });

  test('hidden groups: says how many and offers a coarser grouping', async () => {
    renderAnalysis(
      [
        cyclesMock(),
        distributionMock(
          { cycleId: '3', period: 'ANNUAL', groupBy: 'UNIT' },
          {
            result: {
              data: {
                predicateDistribution: [
                  group('Kelurahan Gayungan', { BAIK: 9, SANGAT_BAIK: 2, BUTUH_PERBAIKAN: 1 }),
                  group('Seksi Trantib', null),
                  group('Seksi Ekbang', null),
                ],
              },
            },
          },
        ),
        distributionMock(CLOSED_2025, {
          result: { data: { predicateDistribution: [group('PELAKSANA', { BAIK: 30 })] } },
        }),
      ],
      '/analisis?kelompok=UNIT',
    );
    const panel = await screen.findByTestId('analysis');
    const note = screen.getByTestId('suppressed-groups');
    expect(note.textContent).toBe(
      '2 dari 3 kelompok disembunyikan (< 5 orang): Seksi Trantib, Seksi Ekbang. ' +
        'Pengelompokan yang lebih kasar menyembunyikan lebih sedikit. ' +
        'Kelompokkan menurut Jenis jabatan',
    );
    fireEvent.click(within(panel).getByRole('button', { name: 'Tabel' }));
    const cells = tableCells(within(panel).getByTestId('analysis-table'));
    expect(cells.slice(1)).toEqual([
      ['Kelurahan Gayungan', '2', '9', '1', '0', '0', '12'],
      ['Seksi Trantib', 'disembunyikan (< 5 orang)'],
      ['Seksi Ekbang', 'disembunyikan (< 5 orang)'],
    ]);
    fireEvent.click(
      within(note).getByRole('button', { name: 'Kelompokkan menurut Jenis jabatan' }),
    );
    await waitFor(() =>
      expect(screen.getByLabelText<HTMLSelectElement>('Kelompokkan menurut').value).toBe(
        'POSITION_LEVEL',
      ),
    );
    await waitFor(() => expect(screen.queryByTestId('suppressed-groups')).toBeNull());
  });

  test('hidden groups under the coarsest grouping: the count, no further grouping offered', async () => {
    renderAnalysis(
      [
        cyclesMock(),
        distributionMock(
          { cycleId: '3', period: 'ANNUAL', groupBy: 'GENDER' },
          {
            result: {
              data: {
                predicateDistribution: [group('L', { BAIK: 9 }), group('P', null)],
              },
            },
          },
        ),
      ],
      '/analisis?kelompok=GENDER',
    );
    const note = await screen.findByTestId('suppressed-groups');
    expect(note.textContent).toBe('1 dari 2 kelompok disembunyikan (< 5 orang): P. ');
    expect(within(note).queryByRole('button')).toBeNull();
  });

  test('without a closed cycle it falls back to the active cycle’s current quarter', async () => {
    renderAnalysis([
      cyclesMock([cycle('4', 2026, 'ACTIVE', 'TW2')]),
      distributionMock(
        { cycleId: '4', period: 'TW2', groupBy: 'POSITION_LEVEL' },
        { result: { data: { predicateDistribution: [group('Kelurahan Gayungan', { BAIK: 6 })] } } },
      ),
    ]);
    expect(await screen.findByTestId('analysis')).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Periode').value).toBe('TW2');
  });

  test('a cycle in the URL wins over the default', async () => {
    renderAnalysis(
      [
        cyclesMock(),
        distributionMock(
          { cycleId: '2', period: 'ANNUAL', groupBy: 'RANK' },
          { result: { data: { predicateDistribution: [group('III/a', { BAIK: 7 })] } } },
        ),
      ],
      '/analisis?siklus=2&kelompok=RANK',
    );
    expect(await screen.findByTestId('analysis')).toBeTruthy();
    expect(
      screen.getByLabelText<HTMLSelectElement>('Siklus kinerja').selectedOptions[0].textContent,
    ).toBe('2024 · Ditutup');
  });

  test('empty: no predicates in the period, and what to pick instead', async () => {
    renderAnalysis([
      cyclesMock(),
      distributionMock(CLOSED_2025, { result: { data: { predicateDistribution: [] } } }),
    ]);
    expect(await screen.findByText('Belum ada predikat pada periode ini.')).toBeTruthy();
    expect(
      screen.getByText('Pilih siklus yang sudah ditutup (mis. tahun lalu) atau periode Tahunan.'),
    ).toBeTruthy();
  });

  test('error: a server error is shown with a retry', async () => {
    renderAnalysis([
      cyclesMock(),
      distributionMock(CLOSED_2025, {
        result: { errors: [serverError('predicateDistribution')] },
      }),
    ]);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeTruthy();
  });

  test('employees are turned away', async () => {
    renderAnalyticsPage(<AnalyticsPage />, { me: user(), mocks: [cyclesMock()] });
    await settle();
    expect(
      screen.getByText('Analisis hanya untuk analis dan Subbagian Umum dan Kepegawaian.'),
    ).toBeTruthy();
  });
});
