import { fireEvent, screen, within } from '@testing-library/react';
import { useLocation } from 'react-router-dom';
import { GET_KECAMATAN_SUMMARY } from '../../modules/analytics/graphql/queries';
import { downloadCsv } from '../../modules/analytics/utils/csv';
import { KecamatanSummaryPage } from '../KecamatanSummaryPage';
import {
  cyclesMock,
  networkError,
  renderAnalyticsPage,
  stubResizeObserver,
  settle,
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

const CAMAT = user({ roles: ['EMPLOYEE', 'LEADER'], isSupervisor: true });
const CALIBRATES = [{ action: 'read', subject: 'Calibration' }];

const unit = (id: string, name: string, overrides: object = {}) => ({
  __typename: 'UnitSummary',
  unitId: id,
  unit: { __typename: 'OrgUnit', id, name },
  members: 8,
  approvedPlans: 7,
  planCompletion: 87.5,
  evaluationsDone: 20,
  evaluationsExpected: 24,
  evaluationCompletion: 83.33333,
  averageAchievement: 101.25,
  predicateCounts: [{ __typename: 'PredicateCount', predicate: 'BAIK', count: 20 }],
  ...overrides,
});

const summaryMock = (result: object) => ({
  request: { query: GET_KECAMATAN_SUMMARY, variables: { cycleId: '4' } },
  ...result,
});

/** Shows the URL the page keeps its state in. */
function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

const renderSummary = (
  mocks: object[],
  abilityRules: unknown = CALIBRATES,
  path = '/ringkasan',
  me = CAMAT,
) =>
  renderAnalyticsPage(
    <>
      <KecamatanSummaryPage />
      <Location />
    </>,
    { me, mocks, abilityRules, path },
  );

const THREE_UNITS = [
  unit('2', 'Sekretariat Kecamatan'),
  unit('8', 'Kelurahan Ketintang', { members: 12, planCompletion: 100, averageAchievement: null }),
  unit('5', 'Seksi Trantib', { members: 3, planCompletion: 40, averageAchievement: 95 }),
];
const threeUnits = () => summaryMock({ result: { data: { kecamatanSummary: THREE_UNITS } } });
const unitNames = () =>
  tableCells(screen.getByTestId('summary-table'))
    .slice(1)
    .map((row) => row[0]);
const showTable = async () => {
  const panel = await screen.findByTestId('summary');
  fireEvent.click(within(panel).getByRole('button', { name: 'Tabel' }));
  return panel;
};

describe('Ringkasan Kecamatan', () => {
  test('loading: a skeleton while the cycles and the summary load', async () => {
    renderSummary([cyclesMock(), summaryMock({ result: { data: { kecamatanSummary: [] } } })]);
    expect(screen.getByTestId('summary-loading')).toBeTruthy();
    expect(await screen.findByText('Belum ada unit untuk dibandingkan.')).toBeTruthy();
  });

  test('data: units side by side; the table and its CSV agree', async () => {
    renderSummary([
      cyclesMock(),
      summaryMock({
        result: {
          data: {
            kecamatanSummary: [
              unit('2', 'Sekretariat Kecamatan'),
              unit('8', 'Kelurahan Ketintang', {
                members: 12,
                approvedPlans: 12,
                planCompletion: 100,
                evaluationsDone: 30,
                evaluationsExpected: 36,
                evaluationCompletion: 83.33333,
                averageAchievement: null,
              }),
            ],
          },
        },
      }),
    ]);
    const panel = await screen.findByTestId('summary');
    expect(within(panel).getByTestId('summary-chart')).toBeTruthy();
    fireEvent.click(within(panel).getByRole('button', { name: 'Tabel' }));
    const cells = tableCells(within(panel).getByTestId('summary-table'));
    expect(cells).toEqual([
      // Every header sorts (the arrow is hidden from screen readers).
      [
        'Unit kerja ↕',
        'Pegawai ↕',
        'SKP disetujui ↕',
        'Kelengkapan SKP (%) ↕',
        'Penilaian selesai ↕',
        'Kelengkapan penilaian (%) ↕',
        'Capaian rata-rata (%) ↕',
      ],
      ['Sekretariat Kecamatan', '8', '7', '87,5 %', '20 / 24', '83,3 %', '101,3 %'],
      ['Kelurahan Ketintang', '12', '12', '100 %', '30 / 36', '83,3 %', '–'],
    ]);
    fireEvent.click(within(panel).getByRole('button', { name: 'Unduh CSV' }));
    const [fileName, csv] = downloads.mock.calls[0];
    expect(fileName).toBe('ringkasan-kecamatan-2026.csv');
    const lines = csv.trimEnd().split('\r\n');
    // One record per table row; done and due evaluations in separate columns.
    expect(lines).toHaveLength(cells.length);
    expect(lines[0]).toBe(
      'Unit kerja,Pegawai,SKP disetujui,Kelengkapan SKP (%),Penilaian selesai,Penilaian seharusnya,Kelengkapan penilaian (%),Capaian rata-rata (%)',
    );
    expect(lines[2]).toBe('Kelurahan Ketintang,12,12,100,30,36,83.3,');
  });

  test('empty: no units to compare', async () => {
    renderSummary([cyclesMock(), summaryMock({ result: { data: { kecamatanSummary: [] } } })]);
    expect(await screen.findByText('Belum ada unit untuk dibandingkan.')).toBeTruthy();
    expect(screen.queryByTestId('summary')).toBeNull();
  });

  test('no cycle at all: says so', async () => {
    renderSummary([cyclesMock([])]);
    expect(await screen.findByText('Belum ada siklus kinerja')).toBeTruthy();
  });

  test('error: the failed summary with a retry', async () => {
    renderSummary([cyclesMock(), summaryMock({ error: networkError() })]);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeTruthy();
  });

  test('viewers who do not calibrate are turned away without a summary request', async () => {
    renderSummary([cyclesMock()], []);
    await settle();
    expect(
      screen.getByText('Ringkasan hanya untuk Camat dan Subbagian Umum dan Kepegawaian.'),
    ).toBeTruthy();
  });

  test('sorting: a header click orders the units and lands in the URL; a second click reverses', async () => {
    renderSummary([cyclesMock(), threeUnits()]);
    const panel = await showTable();
    // The kecamatan's own order until a column is chosen.
    expect(unitNames()).toEqual(['Sekretariat Kecamatan', 'Kelurahan Ketintang', 'Seksi Trantib']);
    expect(panel.querySelector('th[aria-sort]')).toBeNull();
    fireEvent.click(screen.getByTestId('summary-sort-planCompletion'));
    // The units that lag first.
    expect(unitNames()).toEqual(['Seksi Trantib', 'Sekretariat Kecamatan', 'Kelurahan Ketintang']);
    expect(panel.querySelector('th[aria-sort="ascending"]')?.textContent).toContain(
      'Kelengkapan SKP',
    );
    expect(screen.getByTestId('location').textContent).toBe('/ringkasan?urut=planCompletion');
    fireEvent.click(screen.getByTestId('summary-sort-planCompletion'));
    expect(unitNames()).toEqual(['Kelurahan Ketintang', 'Sekretariat Kecamatan', 'Seksi Trantib']);
    expect(panel.querySelector('th[aria-sort="descending"]')).toBeTruthy();
    expect(screen.getByTestId('location').textContent).toBe(
      '/ringkasan?urut=planCompletion&turun=1',
    );
    // A unit without an average sorts lowest.
    fireEvent.click(screen.getByTestId('summary-sort-averageAchievement'));
    expect(unitNames()).toEqual(['Kelurahan Ketintang', 'Seksi Trantib', 'Sekretariat Kecamatan']);
    fireEvent.click(screen.getByTestId('summary-sort-unit'));
    expect(unitNames()).toEqual(['Kelurahan Ketintang', 'Sekretariat Kecamatan', 'Seksi Trantib']);
  });

  test('the order comes from the URL', async () => {
    renderSummary([cyclesMock(), threeUnits()], CALIBRATES, '/ringkasan?urut=members&turun=1');
    const panel = await showTable();
    expect(unitNames()).toEqual(['Kelurahan Ketintang', 'Sekretariat Kecamatan', 'Seksi Trantib']);
    expect(panel.querySelector('th[aria-sort="descending"]')?.textContent).toContain('Pegawai');
  });

  test('unknown columns in the URL are ignored', async () => {
    renderSummary([cyclesMock(), threeUnits()], CALIBRATES, '/ringkasan?urut=salary&turun=1');
    const panel = await showTable();
    expect(unitNames()).toEqual(['Sekretariat Kecamatan', 'Kelurahan Ketintang', 'Seksi Trantib']);
    expect(panel.querySelector('th[aria-sort]')).toBeNull();
  });

  test('each unit opens Tim Saya narrowed to it, the most late reports first', async () => {
    renderSummary([cyclesMock(), threeUnits()]);
    await showTable();
    const link = screen.getByRole('link', { name: 'Buka Tim Saya untuk Seksi Trantib' });
    expect(link.getAttribute('href')).toBe('/tim?bagian=5&urut=OVERDUE_REALIZATIONS&turun=1');
  });

  test('viewers whose Tim Saya does not cover the kecamatan get names without links', async () => {
    renderSummary(
      [cyclesMock(), threeUnits()],
      CALIBRATES,
      '/ringkasan',
      user({ roles: ['EMPLOYEE'], isSupervisor: true }),
    );
    await showTable();
    expect(unitNames()).toHaveLength(3);
    expect(screen.queryByRole('link', { name: /Buka Tim Saya/ })).toBeNull();
  });
});
