import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GET_MY_CURRENT_TARGETS, GET_MY_TREND } from '../../modules/analytics/graphql/queries';
import type { TrendPoint } from '../../modules/analytics/types';
import { downloadCsv } from '../../modules/analytics/utils/csv';
import { MyPerformancePage } from '../MyPerformancePage';
import {
  cyclesMock,
  networkError,
  renderAnalyticsPage,
  stubResizeObserver,
  tableCells,
  user,
} from './analytics-fixtures';

jest.mock('../../modules/analytics/utils/csv', () => ({
  ...jest.requireActual<object>('../../modules/analytics/utils/csv'),
  downloadCsv: jest.fn(),
}));
const downloads = jest.mocked(downloadCsv);

beforeAll(stubResizeObserver);
beforeEach(() => downloads.mockClear());

const VALUES = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
] as const;

const feedback = (ratings: Partial<Record<(typeof VALUES)[number], string>>) =>
  VALUES.filter((value) => ratings[value]).map((coreValue) => ({
    __typename: 'ValueFeedbackCount',
    coreValue,
    rating: ratings[coreValue],
    count: 1,
  }));

const point = (
  cycleYear: number,
  period: TrendPoint['period'],
  predicate: TrendPoint['predicate'],
  predicateLevel: number,
  behaviorFeedback: ReturnType<typeof feedback>,
) => ({
  __typename: 'TrendPoint',
  cycleYear,
  period,
  predicate,
  predicateLevel,
  resultRating: 'SESUAI_EKSPEKTASI',
  behaviorRating: 'SESUAI_EKSPEKTASI',
  achievement: 96.5,
  productivity: 97,
  qualityOfWork: 95,
  professionalAttitude: 2,
  behaviorFeedback,
});

const ALL_MEET = Object.fromEntries(VALUES.map((value) => [value, 'SESUAI_EKSPEKTASI']));
const TREND = [
  point(2025, 'ANNUAL', 'BAIK', 4, feedback(ALL_MEET)),
  point(
    2026,
    'TW1',
    'SANGAT_BAIK',
    5,
    feedback({ ...ALL_MEET, AKUNTABEL: 'DI_ATAS_EKSPEKTASI', LOYAL: 'DI_BAWAH_EKSPEKTASI' }),
  ),
  // A later evaluation without value feedback does not replace the profile.
  point(2026, 'TW2', 'BAIK', 4, []),
];

const trendMock = (result: object) => ({
  request: { query: GET_MY_TREND, variables: { employeeId: '7' } },
  ...result,
});

const PLAN = {
  __typename: 'PerformancePlan',
  id: '31',
  status: 'APPROVED',
  achievement: 52.5,
  workTargets: [
    {
      __typename: 'WorkTarget',
      id: '101',
      kind: 'UTAMA',
      description: 'Terlaksananya pelayanan administrasi kependudukan',
      sortOrder: 1,
      indicators: [
        {
          __typename: 'Indicator',
          id: '201',
          kind: 'KUANTITATIF',
          aspect: 'KUANTITAS',
          description: 'Jumlah dokumen kependudukan yang diproses',
          // 480 in the year, 120 in this triwulan: 126 of 120 is the 105 % beside it.
          target: 480,
          narrativeTarget: null,
          periodTarget: 120,
          unit: 'dokumen',
          direction: 'HIGHER_IS_BETTER',
          achievement: 105,
          realization: {
            __typename: 'Realization',
            id: '301',
            value: 126,
            narrative: null,
            submittedAt: '2026-06-20T03:00:00.000Z',
          },
        },
        {
          __typename: 'Indicator',
          id: '202',
          kind: 'KUANTITATIF',
          aspect: 'WAKTU',
          description: 'Rata-rata waktu penyelesaian',
          target: 2,
          narrativeTarget: null,
          periodTarget: 2,
          unit: 'hari',
          direction: 'LOWER_IS_BETTER',
          achievement: 0,
          realization: null,
        },
        {
          __typename: 'Indicator',
          id: '203',
          kind: 'KUALITATIF',
          aspect: 'KUALITAS',
          description: 'Kualitas layanan warga',
          target: null,
          narrativeTarget: 'Layanan tanpa keluhan berulang',
          periodTarget: null,
          unit: '-',
          direction: 'HIGHER_IS_BETTER',
          achievement: null,
          realization: {
            __typename: 'Realization',
            id: '302',
            value: null,
            narrative: 'Tidak ada keluhan berulang pada triwulan ini',
            submittedAt: '2026-06-21T03:00:00.000Z',
          },
        },
      ],
    },
  ],
};

const targetsMock = (result: object) => ({
  request: {
    query: GET_MY_CURRENT_TARGETS,
    variables: { cycleId: '4', employeeId: '7', period: 'TW2' },
  },
  ...result,
});
const plans = (nodes: object[]) => ({
  data: {
    performancePlans: {
      __typename: 'PerformancePlanConnection',
      edges: nodes.map((node) => ({ __typename: 'PerformancePlanEdge', node })),
    },
  },
});

const renderMine = (mocks: object[], language: 'id' | 'en' = 'id') =>
  renderAnalyticsPage(<MyPerformancePage />, { mocks, language, path: '/kinerja-saya' });

describe('Kinerja Saya', () => {
  test('loading: skeletons for the trend and the targets', () => {
    renderMine([
      trendMock({ result: { data: { performanceTrend: TREND } }, delay: 10_000 }),
      cyclesMock(),
    ]);
    expect(screen.getByTestId('my-performance-loading')).toBeTruthy();
    expect(screen.getByTestId('targets-loading')).toBeTruthy();
    expect(screen.queryByTestId('my-trend')).toBeNull();
  });

  test('data: the trend, the BerAKHLAK profile of the latest rated evaluation and this period’s targets', async () => {
    renderMine([
      trendMock({ result: { data: { performanceTrend: TREND } } }),
      cyclesMock(),
      targetsMock({ result: plans([PLAN]) }),
    ]);
    expect(await screen.findByTestId('trend-chart')).toBeTruthy();

    const profile = screen.getByTestId('behavior-profile');
    expect(profile.textContent).toContain('Profil BerAKHLAK');
    expect(profile.textContent).toContain('(2026 TW1), dibanding 2025 Tahunan');
    expect(within(profile).getByTestId('behavior-chart')).toBeTruthy();
    fireEvent.click(within(profile).getByRole('button', { name: 'Tabel' }));
    const cells = tableCells(within(profile).getByTestId('behavior-table'));
    expect(cells).toEqual([
      ['Nilai dasar', '2026 TW1', '2025 Tahunan'],
      ['Berorientasi Pelayanan', 'Sesuai ekspektasi', 'Sesuai ekspektasi'],
      ['Akuntabel', 'Di atas ekspektasi', 'Sesuai ekspektasi'],
      ['Kompeten', 'Sesuai ekspektasi', 'Sesuai ekspektasi'],
      ['Harmonis', 'Sesuai ekspektasi', 'Sesuai ekspektasi'],
      ['Loyal', 'Di bawah ekspektasi', 'Sesuai ekspektasi'],
      ['Adaptif', 'Sesuai ekspektasi', 'Sesuai ekspektasi'],
      ['Kolaboratif', 'Sesuai ekspektasi', 'Sesuai ekspektasi'],
    ]);

    // The CSV holds exactly what the table shows.
    fireEvent.click(within(profile).getByRole('button', { name: 'Unduh CSV' }));
    expect(downloads).toHaveBeenCalledTimes(1);
    const [fileName, csv] = downloads.mock.calls[0];
    expect(fileName).toBe('berakhlak-sri-wahyuni.csv');
    expect(csv.trimEnd().split('\r\n')).toEqual(cells.map((row) => row.join(',')));

    const targets = await screen.findByTestId('current-targets');
    expect(
      within(targets).getByRole('heading', { name: 'Target dan realisasi TW II 2026' }),
    ).toBeTruthy();
    // The block is there while its plans still load: wait for the rows, not just the block.
    const realizations = await within(targets).findAllByTestId('current-realization');
    expect(targets.textContent).toContain('Terlaksananya pelayanan administrasi kependudukan');
    expect(realizations.map((cell) => cell.textContent?.trim())).toEqual([
      '126 dokumen',
      'Belum dilaporkan',
      'Tidak ada keluhan berulang pada triwulan ini',
    ]);
    // Each target is the period's (the achievement is measured against it), a narrative one as written.
    expect(
      within(targets)
        .getAllByTestId('current-target-value')
        .map((cell) => cell.textContent?.trim()),
    ).toEqual(['120 dokumen', '2 hari', 'Layanan tanpa keluhan berulang']);
    expect(within(targets).getByText('Dinilai atasan')).toBeTruthy();
    expect(targets.textContent).toContain('2 dari 3 indikator sudah dilaporkan');
    expect(within(targets).getByTestId('targets-plan-achievement-value').textContent).toMatch(
      /52,5/,
    );
    expect(
      within(targets).getByRole('link', { name: 'Laporkan realisasi' }).getAttribute('href'),
    ).toBe('/laporan?siklus=4&periode=TW2');
  });

  test('English: labels translated, the core values keep their official names', async () => {
    renderMine(
      [
        trendMock({ result: { data: { performanceTrend: TREND } } }),
        cyclesMock(),
        targetsMock({ result: plans([PLAN]) }),
      ],
      'en',
    );
    const profile = await screen.findByTestId('behavior-profile');
    expect(profile.textContent).toContain('BerAKHLAK profile');
    fireEvent.click(within(profile).getByRole('button', { name: 'Table' }));
    const [header, first] = tableCells(within(profile).getByTestId('behavior-table'));
    // Period points read as in the trend chart (“2026 TW1”) in both languages.
    expect(header).toEqual(['Core value', '2026 TW1', '2025 Annual']);
    expect(first[0]).toBe('Berorientasi PelayananService-oriented');
    expect(first[1]).toBe('Meets expectation');
    expect(
      await screen.findByRole('heading', { name: 'Targets and realisations, Q2 2026' }),
    ).toBeTruthy();
  });

  test('empty: no final evaluation and no SKP yet', async () => {
    renderMine([
      trendMock({ result: { data: { performanceTrend: [] } } }),
      cyclesMock(),
      targetsMock({ result: plans([]) }),
    ]);
    expect(await screen.findByText('Belum ada penilaian final')).toBeTruthy();
    expect(screen.queryByTestId('behavior-profile')).toBeNull();
    expect(await screen.findByText('Belum ada SKP untuk siklus 2026')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Buka SKP Saya' }).getAttribute('href')).toBe('/skp');
  });

  test('empty profile: evaluations without value feedback say so', async () => {
    renderMine([
      trendMock({ result: { data: { performanceTrend: [TREND[2]] } } }),
      cyclesMock(),
      targetsMock({ result: plans([PLAN]) }),
    ]);
    const profile = await screen.findByTestId('behavior-profile');
    expect(profile.textContent).toContain(
      'Belum ada penilaian perilaku BerAKHLAK pada penilaian final Anda.',
    );
    expect(within(profile).queryByRole('button', { name: 'Unduh CSV' })).toBeNull();
  });

  test('no running cycle: the targets block says so', async () => {
    renderMine([
      trendMock({ result: { data: { performanceTrend: TREND } } }),
      cyclesMock([
        {
          __typename: 'Cycle',
          id: '3',
          year: 2025,
          status: 'CLOSED',
          currentPeriod: null,
          reportablePeriods: [],
        },
      ]),
    ]);
    expect(await screen.findByText('Tidak ada siklus kinerja yang berjalan')).toBeTruthy();
  });

  test('error: each block shows its own error with a retry', async () => {
    renderMine([
      trendMock({ error: networkError() }),
      cyclesMock(),
      targetsMock({ error: networkError() }),
    ]);
    const alerts = await screen.findAllByRole('alert');
    expect(alerts.length).toBeGreaterThanOrEqual(1);
    await waitFor(() => expect(screen.getAllByText('Data tidak dapat dimuat')).toHaveLength(2));
    expect(screen.getAllByRole('button', { name: 'Coba lagi' })).toHaveLength(2);
    expect(screen.queryByTestId('trend-chart')).toBeNull();
  });

  test('an account without an employee record sees neither trend nor targets', () => {
    renderAnalyticsPage(<MyPerformancePage />, { me: user({ employee: null }), mocks: [] });
    expect(screen.getByText('Akun ini tidak terhubung dengan data pegawai.')).toBeTruthy();
    expect(screen.queryByTestId('current-targets')).toBeNull();
  });
});
