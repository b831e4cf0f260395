import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { memberTrendsQuery } from '../../modules/analytics/graphql/member-trends';
import { GET_ANALYTICS_PLACE, GET_TEAM_PAGE } from '../../modules/analytics/graphql/queries';
import { TeamDashboardPage } from '../TeamDashboardPage';
import {
  cyclesMock,
  networkError,
  renderAnalyticsPage,
  stubResizeObserver,
  settle,
  tableCells,
  user,
} from './analytics-fixtures';

beforeAll(stubResizeObserver);

const KASI = user({
  id: 'u-9',
  isSupervisor: true,
  employee: { __typename: 'Employee', id: '9', name: 'Budi Santoso' },
});

const placeMock = {
  request: { query: GET_ANALYTICS_PLACE },
  result: {
    data: {
      orgUnits: [
        { __typename: 'OrgUnit', id: '1', name: 'Kecamatan Gayungan', depth: 0 },
        { __typename: 'OrgUnit', id: '5', name: 'Seksi Pemerintahan', depth: 1 },
      ],
      me: {
        __typename: 'User',
        id: 'u-9',
        isSupervisor: true,
        roles: ['EMPLOYEE'],
        employee: { __typename: 'Employee', id: '9', unit: { __typename: 'OrgUnit', id: '5' } },
      },
    },
  },
  maxUsageCount: 5,
};

const member = (id: string, name: string, predicateLevels: number[]) => ({
  __typename: 'TeamMember',
  employeeId: id,
  employee: {
    __typename: 'Employee',
    id,
    name,
    nip: `19900101201501100${id}`,
    position: { __typename: 'Position', id: `p${id}`, title: 'Pengadministrasi Umum' },
    unit: { __typename: 'OrgUnit', id: '5', name: 'Seksi Pemerintahan' },
  },
  planStatus: 'APPROVED',
  latestPredicate: predicateLevels.length ? 'BAIK' : null,
  latestPeriod: predicateLevels.length ? 'TW1' : null,
  latestAchievement: predicateLevels.length ? 98 : null,
  overdueRealizations: 0,
  overdueEvaluations: 0,
  predicateLevels,
  jpDone: predicateLevels.length * 6,
  belowJpTarget: predicateLevels.length * 6 < 20,
});

// Latest levels: Ani 5, Bayu 3, Citra 4, Dedi 2, Eka 4, Fajar 4; Gita has no final evaluation.
const MEMBERS = [
  member('11', 'Ani Rahmawati', [4, 5]),
  member('12', 'Bayu Pratama', [4, 3]),
  member('13', 'Citra Lestari', [4]),
  member('14', 'Dedi Kurniawan', [3, 2]),
  member('15', 'Eka Putri', [4, 4]),
  member('16', 'Fajar Nugroho', [4]),
  member('17', 'Gita Anggraini', []),
];

const teamPoint = (
  cycleYear: number,
  period: string,
  level: number,
  achievement: number | null,
) => ({
  __typename: 'TeamTrendPoint',
  cycleYear,
  period,
  averagePredicateLevel: level,
  averageAchievement: achievement,
  evaluated: 6,
});

const team = (overrides: object = {}) => ({
  __typename: 'TeamDashboard',
  unitId: '5',
  cycleId: '4',
  memberUnits: [{ __typename: 'OrgUnit', id: '5', name: 'Seksi Pemerintahan' }],
  memberPage: {
    __typename: 'TeamMemberPage',
    totalCount: MEMBERS.length,
    offset: 0,
    members: MEMBERS,
  },
  predicateDistribution: [
    {
      __typename: 'PeriodDistribution',
      period: 'TW1',
      counts: [
        { __typename: 'PredicateCount', predicate: 'BAIK', count: 5 },
        { __typename: 'PredicateCount', predicate: 'SANGAT_BAIK', count: 1 },
      ],
    },
  ],
  averageTrend: [teamPoint(2025, 'ANNUAL', 3.8333, 96.25), teamPoint(2026, 'TW1', 3.6667, 99.5)],
  pendingActions: [],
  curveCheck: null,
  ...overrides,
});

const PAGE_DEFAULTS = { filter: {}, sort: 'NAME', descending: false, offset: 0, limit: 25 };
const teamMock = (result: object, variables: object = {}) => ({
  request: {
    query: GET_TEAM_PAGE,
    variables: { unitId: '5', cycleId: '4', ...PAGE_DEFAULTS, ...variables },
  },
  ...result,
});
const pageOf = (members: typeof MEMBERS, totalCount = members.length, offset = 0) =>
  team({ memberPage: { __typename: 'TeamMemberPage', totalCount, offset, members } });

const trendOf = (points: [number, string, number][]) =>
  points.map(([cycleYear, period, predicateLevel]) => ({
    __typename: 'TrendPoint',
    cycleYear,
    period,
    predicateLevel,
  }));

/** One request for the chosen members, in the order they were chosen. */
const memberTrendsMock = (ids: string[], trends: ReturnType<typeof trendOf>[]) => ({
  request: {
    query: memberTrendsQuery(ids.length),
    variables: Object.fromEntries(ids.map((id, index) => [`member${index}`, id])),
  },
  result: {
    data: Object.fromEntries(trends.map((trend, index) => [`member${index}`, trend])),
  },
});

/** The legend sits in the chart, which is hidden from assistive technology (the table is not). */
const legendItems = (trend: HTMLElement) =>
  [...within(trend).getByTestId('team-trend-legend').querySelectorAll('li')].map(
    (item) => item.textContent,
  );

const renderTeam = (mocks: object[], me = KASI, language: 'id' | 'en' = 'id', path = '/tim') =>
  renderAnalyticsPage(<TeamDashboardPage />, { me, mocks, language, path });

describe('Tim Saya', () => {
  test('loading: a skeleton until the cycle, unit and team arrive', async () => {
    renderTeam([
      cyclesMock(),
      placeMock,
      teamMock({ result: { data: { teamDashboard: team() } } }),
    ]);
    expect(screen.getByTestId('team-loading')).toBeTruthy();
    expect(screen.queryByTestId('team-members')).toBeNull();
    expect(await screen.findByTestId('team-members')).toBeTruthy();
  });

  test.each([
    ['id', 'Baik paling banyak 70 %', 'Saat ini 8 dari 10 pegawai'],
    ['en', 'Good at most 70 %', 'Now 8 of 10 employees'],
  ] as const)(
    'the curve check is worded from each rule’s data, in %s, never the API’s English detail',
    async (language, bound, actual) => {
      const curveCheck = {
        __typename: 'DistributionCheck',
        unitId: '5',
        cycleId: '4',
        passed: false,
        total: 10,
        organizationPredicate: 'BAIK',
        rules: [
          {
            __typename: 'CurveRuleCheck',
            rule: 'BAIK_AT_MOST_70',
            passed: false,
            predicates: ['BAIK'],
            bound: 'AT_MOST_PERCENT',
            percent: 70,
            count: 8,
            actualPercent: 80,
          },
        ],
      };
      renderTeam(
        [
          cyclesMock(),
          placeMock,
          teamMock({ result: { data: { teamDashboard: team({ curveCheck }) } } }),
        ],
        KASI,
        language,
      );
      const curve = await screen.findByTestId('team-curve');
      const rule = within(curve).getByRole('listitem');
      expect(rule.textContent).toContain(bound);
      expect(rule.textContent).toContain(actual);
      expect(rule.textContent).not.toMatch(/allows at most|of 10 \(/);
    },
  );

  test('data: members, distribution and the average trend; the overlay draws the lowest-level members', async () => {
    renderTeam([
      cyclesMock(),
      placeMock,
      teamMock({ result: { data: { teamDashboard: team() } } }),
      // Default overlay: the three lowest latest levels (Dedi 2, Bayu 3, then Citra 4 by table order).
      memberTrendsMock(
        ['14', '12', '13'],
        [
          trendOf([
            [2025, 'ANNUAL', 3],
            [2026, 'TW1', 2],
          ]),
          trendOf([
            [2025, 'ANNUAL', 4],
            [2026, 'TW1', 3],
          ]),
          trendOf([[2026, 'TW1', 4]]),
        ],
      ),
    ]);
    const members = await screen.findByTestId('team-members');
    expect(within(members).getAllByTestId('team-member')).toHaveLength(7);

    const trend = screen.getByTestId('team-trend');
    expect(legendItems(trend)).toEqual(['Rata-rata level predikat', 'Rata-rata capaian (%)']);

    fireEvent.click(within(trend).getByLabelText('Tampilkan garis anggota'));
    // Members without a final evaluation cannot be drawn.
    expect(within(trend).queryByLabelText('Gita Anggraini')).toBeNull();
    const checked = within(trend)
      .getAllByRole('checkbox')
      .filter((box) => (box as HTMLInputElement).checked)
      .map((box) => box.closest('label')?.textContent);
    expect(checked).toEqual([
      'Tampilkan garis anggota',
      'Bayu Pratama',
      'Citra Lestari',
      'Dedi Kurniawan',
    ]);
    await waitFor(() =>
      expect(legendItems(trend)).toEqual([
        'Rata-rata level predikat',
        'Rata-rata capaian (%)',
        'Dedi Kurniawan',
        'Bayu Pratama',
        'Citra Lestari',
      ]),
    );

    // The table shows each drawn member's level per period, '–' where they were not evaluated.
    fireEvent.click(within(trend).getByRole('button', { name: 'Tabel' }));
    expect(tableCells(within(trend).getByTestId('team-trend-table'))).toEqual([
      [
        'Periode',
        'Rata-rata level predikat',
        'Rata-rata capaian (%)',
        'Dinilai',
        'Level predikat · Dedi Kurniawan',
        'Level predikat · Bayu Pratama',
        'Level predikat · Citra Lestari',
      ],
      ['2025 Tahunan', '3,83', '96,3 %', '6', '3', '4', '–'],
      ['2026 TW1', '3,67', '99,5 %', '6', '2', '3', '4'],
    ]);
  });

  test('the overlay is bounded: at most five members, the rest cannot be ticked', async () => {
    const flat = trendOf([[2026, 'TW1', 4]]);
    renderTeam([
      cyclesMock(),
      placeMock,
      teamMock({ result: { data: { teamDashboard: team() } } }),
      memberTrendsMock(['14', '12', '13'], [flat, flat, flat]),
      memberTrendsMock(['14', '12', '13', '11'], [flat, flat, flat, flat]),
      memberTrendsMock(['14', '12', '13', '11', '15'], [flat, flat, flat, flat, flat]),
    ]);
    const trend = await screen.findByTestId('team-trend');
    fireEvent.click(within(trend).getByLabelText('Tampilkan garis anggota'));
    expect(within(trend).getByText('Anggota pada grafik (maks. 5)')).toBeTruthy();
    fireEvent.click(within(trend).getByLabelText('Ani Rahmawati'));
    fireEvent.click(within(trend).getByLabelText('Eka Putri'));
    const fajar = within(trend).getByLabelText<HTMLInputElement>('Fajar Nugroho');
    expect(fajar.disabled).toBe(true);
    expect(fajar.checked).toBe(false);
    await waitFor(() => expect(legendItems(trend)).toHaveLength(7));
    // Unticking one frees a place.
    fireEvent.click(within(trend).getByLabelText('Eka Putri'));
    expect(within(trend).getByLabelText<HTMLInputElement>('Fajar Nugroho').disabled).toBe(false);
  });

  test('English legend and overlay labels', async () => {
    renderTeam(
      [cyclesMock(), placeMock, teamMock({ result: { data: { teamDashboard: team() } } })],
      KASI,
      'en',
    );
    const trend = await screen.findByTestId('team-trend');
    expect(legendItems(trend)).toEqual(['Mean predicate level', 'Mean achievement (%)']);
    expect(within(trend).getByLabelText('Show member lines')).toBeTruthy();
  });

  test('empty: a team without members or trend says so', async () => {
    renderTeam([
      cyclesMock(),
      placeMock,
      teamMock({
        result: {
          data: {
            teamDashboard: team({
              memberPage: { __typename: 'TeamMemberPage', totalCount: 0, offset: 0, members: [] },
              predicateDistribution: [],
              averageTrend: [],
            }),
          },
        },
      }),
    ]);
    expect(await screen.findByText('Belum ada anggota tim di unit ini.')).toBeTruthy();
    expect(screen.getByText('Belum ada data tren.')).toBeTruthy();
    expect(screen.getByText('Belum ada penilaian final pada siklus ini.')).toBeTruthy();
    expect(screen.queryByLabelText('Tampilkan garis anggota')).toBeNull();
  });

  test('no team in the chosen unit: FORBIDDEN reads as an empty state, not an error', async () => {
    renderTeam([
      cyclesMock(),
      placeMock,
      teamMock({
        result: {
          errors: [new GraphQLError('Not your team', { extensions: { code: 'FORBIDDEN' } })],
        },
      }),
    ]);
    expect(await screen.findByText('Anda tidak memiliki tim di unit ini')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  test('error: a failed request shows the error with a retry', async () => {
    renderTeam([cyclesMock(), placeMock, teamMock({ error: networkError() })]);
    expect(await screen.findByRole('alert')).toBeTruthy();
    expect(screen.getByText('Data tidak dapat dimuat')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeTruthy();
  });

  test('a staff member without a team is told the page is not for them', async () => {
    renderTeam([cyclesMock(), placeMock], user());
    await settle();
    expect(
      screen.getByText('Halaman ini untuk atasan, Camat, dan Subbagian Umum dan Kepegawaian.'),
    ).toBeTruthy();
  });

  test('sorting: a header click asks the server for that order, a second click reverses it', async () => {
    const byLate = [MEMBERS[3], MEMBERS[1], MEMBERS[0]];
    renderTeam([
      cyclesMock(),
      placeMock,
      teamMock({ result: { data: { teamDashboard: team() } } }),
      teamMock(
        { result: { data: { teamDashboard: pageOf(byLate, 7) } } },
        { sort: 'OVERDUE_EVALUATIONS', descending: true },
      ),
      teamMock(
        { result: { data: { teamDashboard: pageOf([...byLate].reverse(), 7) } } },
        { sort: 'OVERDUE_EVALUATIONS', descending: false },
      ),
    ]);
    const table = await screen.findByTestId('team-members');
    expect(table.querySelector('th[aria-sort="ascending"]')?.textContent).toContain('Nama');
    fireEvent.click(screen.getByTestId('sort-OVERDUE_EVALUATIONS'));
    await waitFor(() =>
      expect(
        within(screen.getByTestId('team-members'))
          .getAllByTestId('team-member')
          .map((row) => row.querySelector('a')?.textContent),
      ).toEqual(['Dedi Kurniawan', 'Bayu Pratama', 'Ani Rahmawati']),
    );
    expect(
      screen.getByTestId('team-members').querySelector('th[aria-sort="descending"]')?.textContent,
    ).toContain('Penilaian terlambat');
    fireEvent.click(screen.getByTestId('sort-OVERDUE_EVALUATIONS'));
    await waitFor(() =>
      expect(
        within(screen.getByTestId('team-members'))
          .getAllByTestId('team-member')
          .map((row) => row.querySelector('a')?.textContent),
      ).toEqual(['Ani Rahmawati', 'Bayu Pratama', 'Dedi Kurniawan']),
    );
  });

  test('filters and the page come from the URL and go to the server; names open the member page', async () => {
    renderTeam(
      [
        cyclesMock(),
        placeMock,
        teamMock(
          { result: { data: { teamDashboard: pageOf([MEMBERS[6]], 27, 25) } } },
          {
            filter: { search: 'gita', withoutPlan: true, late: true, belowJpTarget: true },
            sort: 'ACHIEVEMENT',
            offset: 25,
          },
        ),
        teamMock(
          { result: { data: { teamDashboard: pageOf(MEMBERS.slice(0, 2), 27, 0) } } },
          {
            filter: { search: 'gita', withoutPlan: true, late: true, belowJpTarget: true },
            sort: 'ACHIEVEMENT',
          },
        ),
      ],
      KASI,
      'id',
      '/tim?cari=gita&skp=NONE&terlambat=late&kurangjp=1&urut=ACHIEVEMENT&hal=2',
    );
    const table = await screen.findByTestId('team-members');
    const row = within(table).getByTestId('team-member');
    expect(within(row).getByRole('link', { name: 'Gita Anggraini' }).getAttribute('href')).toBe(
      '/tim/17',
    );
    expect(screen.getByLabelText<HTMLInputElement>('Cari nama atau NIP').value).toBe('gita');
    expect(screen.getByLabelText<HTMLSelectElement>('Status SKP').value).toBe('NONE');
    expect(screen.getByLabelText<HTMLSelectElement>('Keterlambatan').value).toBe('late');
    expect(screen.getByLabelText<HTMLInputElement>('Hanya PNS di bawah 20 JP').checked).toBe(true);
    expect(screen.getByTestId('team-pager').textContent).toContain('26–27 dari 27');
    fireEvent.click(screen.getByRole('button', { name: 'Sebelumnya' }));
    await waitFor(() =>
      expect(within(screen.getByTestId('team-members')).getAllByTestId('team-member')).toHaveLength(
        2,
      ),
    );
    expect(screen.getByTestId('team-pager').textContent).toContain('1–25 dari 27');
  });

  test('a filter that matches nobody says so and offers to clear it', async () => {
    renderTeam(
      [
        cyclesMock(),
        placeMock,
        teamMock(
          { result: { data: { teamDashboard: pageOf([], 0) } } },
          { filter: { predicate: 'SANGAT_KURANG' } },
        ),
        teamMock({ result: { data: { teamDashboard: team() } } }),
      ],
      KASI,
      'id',
      '/tim?predikat=SANGAT_KURANG',
    );
    expect(
      await screen.findByText('Tidak ada anggota yang cocok dengan saringan ini.'),
    ).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hapus saringan' }));
    expect(await screen.findByTestId('team-members')).toBeTruthy();
    expect(screen.getByLabelText<HTMLSelectElement>('Predikat terakhir').value).toBe('');
  });

  test('the unit filter lists the units of the team, keeps its choice in the URL and sends it', async () => {
    const CAMAT = user({ roles: ['EMPLOYEE', 'LEADER'], isSupervisor: true });
    const camatPlace = {
      ...placeMock,
      result: {
        data: {
          ...placeMock.result.data,
          orgUnits: [
            ...placeMock.result.data.orgUnits,
            { __typename: 'OrgUnit', id: '6', name: 'Seksi Trantib', depth: 1 },
          ],
          me: { ...placeMock.result.data.me, roles: ['EMPLOYEE', 'LEADER'] },
        },
      },
    };
    const whole = team({
      unitId: '1',
      memberUnits: [
        { __typename: 'OrgUnit', id: '5', name: 'Seksi Pemerintahan' },
        { __typename: 'OrgUnit', id: '1', name: 'Kecamatan Gayungan' },
      ],
    });
    const teamOfRoot = (result: object, variables: object = {}) => ({
      ...teamMock(result, variables),
      request: {
        ...teamMock(result, variables).request,
        variables: {
          unitId: '1',
          cycleId: '4',
          ...PAGE_DEFAULTS,
          ...variables,
        },
      },
    });
    renderTeam(
      [
        cyclesMock(),
        camatPlace,
        teamOfRoot(
          {
            result: {
              data: {
                teamDashboard: { ...whole, memberPage: pageOf(MEMBERS.slice(0, 2)).memberPage },
              },
            },
          },
          { filter: { unitId: '5' } },
        ),
        teamOfRoot({ result: { data: { teamDashboard: whole } } }),
      ],
      CAMAT,
      'id',
      '/tim?bagian=5',
    );
    const select = await screen.findByLabelText<HTMLSelectElement>('Anggota di unit');
    // The team's units in the tree's order, the one without members left out.
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'Semua',
      'Kecamatan Gayungan',
      '\u00a0\u00a0Seksi Pemerintahan',
    ]);
    expect(select.value).toBe('5');
    await waitFor(() =>
      expect(within(screen.getByTestId('team-members')).getAllByTestId('team-member')).toHaveLength(
        2,
      ),
    );
    fireEvent.change(select, { target: { value: '' } });
    await waitFor(() =>
      expect(within(screen.getByTestId('team-members')).getAllByTestId('team-member')).toHaveLength(
        MEMBERS.length,
      ),
    );
    expect(screen.getByLabelText<HTMLSelectElement>('Anggota di unit').value).toBe('');
  });

  test('a team in one unit has no unit filter', async () => {
    renderTeam([
      cyclesMock(),
      placeMock,
      teamMock({ result: { data: { teamDashboard: team() } } }),
    ]);
    expect(await screen.findByTestId('team-members')).toBeTruthy();
    expect(screen.queryByLabelText('Anggota di unit')).toBeNull();
  });
});
