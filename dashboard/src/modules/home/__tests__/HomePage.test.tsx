import { act, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { GET_ANALYTICS_PLACE, GET_MY_TREND } from '../../analytics/graphql/queries';
import { GET_DISTRIBUTION_CHECK } from '../../calibration/graphql/queries';
import { GET_MY_SUMMARY } from '../../employees/graphql/queries';
import { GET_UNREAD_NOTIFICATIONS } from '../../notifications/graphql/queries';
import { HomePage } from '../../../pages/HomePage';
import { greetingKey } from '../utils/greeting';
import {
  cycle,
  CYCLES,
  cyclesMock,
  networkError,
  renderAnalyticsPage,
  settle,
  user,
} from '../../../pages/__tests__/analytics-fixtures';
import {
  GET_COMPLETION_COUNTS,
  GET_HOME_TEAM,
  GET_JP_TOTALS,
  GET_MY_JP,
  GET_MY_PENDING,
  GET_PLANNING_SKP,
} from '../graphql/queries';

const OWN = [
  { action: 'read', subject: 'Employee' },
  { action: 'read', subject: 'PerformancePlan', conditions: { ownerId: 7 } },
  { action: 'read', subject: 'Evaluation', conditions: { ownerId: 7 } },
  { action: 'read', subject: 'DevelopmentPlan', conditions: { employeeId: 7 } },
  { action: 'create', subject: 'Feedback' },
];
const LEADER = [
  ...OWN,
  { action: 'read', subject: 'TeamDashboard' },
  { action: 'read', subject: 'Calibration' },
  { action: 'read', subject: 'TrainingEffect' },
];
const ANALYST = [
  { action: 'read', subject: 'Employee', fields: ['id', 'unit'] },
  { action: 'read', subject: 'Evaluation' },
];

const summaryMock = (employee: object | null) => ({
  request: { query: GET_MY_SUMMARY },
  result: { data: { me: { __typename: 'User', id: 'u-7', employee } } },
});
const unreadMock = (count = 0) => ({
  request: { query: GET_UNREAD_NOTIFICATIONS },
  result: {
    data: { inbox: { __typename: 'NotificationInbox', unreadCount: count } },
  },
  maxUsageCount: 5,
});
const trendPoint = (period: string, level: number, predicate: string) => ({
  __typename: 'TrendPoint',
  cycleYear: 2025,
  period,
  predicate,
  predicateLevel: level,
  resultRating: 'SESUAI_EKSPEKTASI',
  behaviorRating: 'SESUAI_EKSPEKTASI',
  achievement: 104.5,
  productivity: null,
  qualityOfWork: null,
  professionalAttitude: 3,
  behaviorFeedback: [],
});
const trendMock = (result: object) => ({
  request: { query: GET_MY_TREND, variables: { employeeId: '7' } },
  ...result,
});
const jpMock = {
  request: { query: GET_MY_JP, variables: { employeeId: '7', cycleId: '4' } },
  result: {
    data: {
      jpProgress: {
        __typename: 'JpProgress',
        year: 2026,
        planned: 16,
        done: 12,
        target: 20,
        progress: 0.6,
        belowTarget: true,
        flagged: false,
      },
    },
  },
};
const pendingMock = (finals: number, feedback: number) => ({
  request: { query: GET_MY_PENDING, variables: { employeeId: '7' } },
  result: {
    data: {
      evaluations: {
        __typename: 'EvaluationConnection',
        edges: [
          ...Array.from({ length: finals }, (_, index) => ({ status: 'FINAL', id: `f${index}` })),
          { status: 'ACKNOWLEDGED', id: 'a1' },
        ].map((node) => ({
          __typename: 'EvaluationEdge',
          node: {
            __typename: 'Evaluation',
            ...node,
            period: 'TW1',
            cycle: { __typename: 'Cycle', id: '4', year: 2026 },
          },
        })),
      },
      unacknowledgedFeedback: { __typename: 'FeedbackConnection', totalCount: feedback },
    },
  },
  maxUsageCount: 3,
});

const STAFF_MOCKS = (trend: object, finals = 1, feedback = 2, unread = 3) => [
  summaryMock(null),
  cyclesMock(),
  trendMock(trend),
  jpMock,
  pendingMock(finals, feedback),
  unreadMock(unread),
];

const cardIds = () =>
  Array.from(screen.getByTestId('home-landing').querySelectorAll('section.home-card')).map((card) =>
    card.getAttribute('data-testid'),
  );

describe('Beranda for an employee', () => {
  test('own trend, JP toward 20 and what waits, with links; no team or kecamatan numbers', async () => {
    renderAnalyticsPage(<HomePage />, {
      abilityRules: OWN,
      mocks: STAFF_MOCKS({
        result: {
          data: {
            performanceTrend: [
              trendPoint('TW1', 3, 'BUTUH_PERBAIKAN'),
              trendPoint('TW2', 4, 'BAIK'),
            ],
          },
        },
      }),
    });
    expect(cardIds()).toEqual(['home-performance', 'home-jp', 'home-pending']);
    expect(screen.getByTestId('home-performance-loading')).toBeTruthy();

    const performance = await screen.findByTestId('home-performance-data');
    expect(within(performance).getByTestId('home-performance-predicate').textContent).toBe('Baik');
    expect(performance.textContent).toContain('TW II 2025');
    expect(performance.textContent).toContain('Capaian 104,5 %');
    expect(performance.textContent).toContain('naik dari sebelumnya');
    expect(within(performance).getByRole('img').getAttribute('aria-label')).toContain('3, 4');
    expect(
      within(screen.getByTestId('home-performance')).getByRole('link').getAttribute('href'),
    ).toBe('/kinerja-saya');

    expect((await screen.findByTestId('home-jp-done')).textContent).toContain('12');
    expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe('12');
    expect(screen.getByTestId('home-jp').textContent).toContain('Kurang 8 JP');

    const pending = await screen.findByTestId('home-pending-data');
    expect(
      Array.from(pending.querySelectorAll('li')).map((item) => [
        item.getAttribute('data-pending'),
        item.querySelector('.home-list__count')?.textContent,
        item.querySelector('a')?.getAttribute('href'),
      ]),
    ).toEqual([
      ['evaluations', '1', '/penilaian-saya?evaluasi=f0'],
      ['feedback', '2', '/umpan-balik'],
      ['inbox', '3', '/penilaian-saya'],
    ]);
    expect(screen.queryByTestId('home-team')).toBeNull();
    expect(screen.queryByTestId('home-curve')).toBeNull();
  });

  describe('the SKP of a cycle HR has opened for planning', () => {
    const PLANNING = [cycle('5', 2027, 'PLANNING'), ...CYCLES];
    const planMock = (
      status: string | null,
      {
        withApprovals = false,
        submitted = 0,
      }: { withApprovals?: boolean; submitted?: number } = {},
    ) => ({
      request: {
        query: GET_PLANNING_SKP,
        variables: { cycleId: '5', employeeId: '7', withOwn: true, withApprovals },
      },
      result: {
        data: {
          own: {
            __typename: 'PerformancePlanConnection',
            edges:
              status === null
                ? []
                : [
                    {
                      __typename: 'PerformancePlanEdge',
                      node: { __typename: 'PerformancePlan', id: '90', status },
                    },
                  ],
          },
          ...(withApprovals && {
            toApprove: { __typename: 'PerformancePlanConnection', totalCount: submitted },
          }),
        },
      },
      maxUsageCount: 3,
    });
    const renderWith = (
      status: string | null,
      {
        me,
        rules = OWN,
        submitted,
        plan = planMock(status, { withApprovals: submitted !== undefined, submitted }),
      }: {
        me?: ReturnType<typeof user>;
        rules?: object[];
        submitted?: number;
        /** The planning cycle's read, when not the one `status` and `submitted` describe. */
        plan?: object;
      } = {},
    ) =>
      renderAnalyticsPage(<HomePage />, {
        ...(me && { me }),
        abilityRules: rules,
        mocks: [
          summaryMock(null),
          cyclesMock(PLANNING),
          trendMock({ result: { data: { performanceTrend: [] } } }),
          jpMock,
          pendingMock(0, 0),
          unreadMock(0),
          plan,
        ],
      });
    const pendingItems = async () =>
      Array.from((await screen.findByTestId('home-pending-data')).querySelectorAll('li')).map(
        (item) => [
          item.getAttribute('data-pending'),
          item.textContent,
          item.querySelector('a')?.getAttribute('href'),
        ],
      );

    test.each([
      ['none written yet', null, 'SKP 2027 belum Anda ajukan'],
      ['a draft', 'DRAFT', 'SKP 2027 belum Anda ajukan'],
      ['returned by the atasan', 'RETURNED', 'SKP 2027 dikembalikan atasan'],
    ])(
      '%s: waits for the viewer, linked to SKP Saya on that cycle',
      async (_case, status, text) => {
        renderWith(status);
        const [item, ...others] = await pendingItems();
        expect(others).toEqual([]);
        expect(item[0]).toBe('plan');
        expect(item[1]).toContain(text);
        expect(item[2]).toBe('/skp?siklus=5');
      },
    );

    test.each([['SUBMITTED'], ['APPROVED']])('%s: nothing waits', async (status) => {
      renderWith(status);
      expect((await screen.findByTestId('home-pending-empty')).textContent).toContain(
        'Tidak ada yang menunggu',
      );
    });

    test('a refused list of the own SKP says nothing about it', async () => {
      renderWith(null, {
        plan: {
          request: {
            query: GET_PLANNING_SKP,
            variables: { cycleId: '5', employeeId: '7', withOwn: true, withApprovals: false },
          },
          result: {
            data: { own: null },
            errors: [
              new GraphQLError('Forbidden', {
                path: ['own'],
                extensions: { code: 'FORBIDDEN' },
              }),
            ],
          },
          maxUsageCount: 3,
        },
      });
      expect((await screen.findByTestId('home-pending-empty')).textContent).toContain(
        'Tidak ada yang menunggu',
      );
    });

    test('an atasan also sees the SKP submitted to them, linked to Persetujuan SKP on that cycle', async () => {
      renderWith('SUBMITTED', {
        me: user({ isSupervisor: true }),
        rules: [...OWN, { action: 'approve', subject: 'PerformancePlan' }],
        submitted: 3,
      });
      const items = await pendingItems();
      expect(items).toEqual([
        [
          'approvals',
          expect.stringContaining('SKP 2027 menunggu persetujuan Anda'),
          '/persetujuan?siklus=5',
        ],
      ]);
      expect(items[0][1]).toMatch(/^3/);
    });

    test('an atasan with nothing submitted: nothing waits', async () => {
      renderWith('APPROVED', {
        me: user({ isSupervisor: true }),
        rules: [...OWN, { action: 'approve', subject: 'PerformancePlan' }],
        submitted: 0,
      });
      expect((await screen.findByTestId('home-pending-empty')).textContent).toContain(
        'Tidak ada yang menunggu',
      );
    });
  });

  test('empty: no final evaluation yet, nothing waiting', async () => {
    renderAnalyticsPage(<HomePage />, {
      abilityRules: OWN,
      mocks: STAFF_MOCKS({ result: { data: { performanceTrend: [] } } }, 0, 0, 0),
    });
    expect((await screen.findByTestId('home-performance-empty')).textContent).toContain(
      'Belum ada penilaian final',
    );
    expect((await screen.findByTestId('home-pending-empty')).textContent).toContain(
      'Tidak ada yang menunggu',
    );
  });

  test('an error stays inside its card, with a retry; the other cards still answer', async () => {
    renderAnalyticsPage(<HomePage />, {
      abilityRules: OWN,
      mocks: STAFF_MOCKS({ error: networkError() }),
    });
    const error = await screen.findByTestId('home-performance-error');
    expect(within(error).getByRole('button', { name: 'Coba lagi' })).toBeTruthy();
    expect(await screen.findByTestId('home-jp-data')).toBeTruthy();
  });
});

const CAMAT = user({
  isSupervisor: true,
  roles: ['EMPLOYEE', 'LEADER'],
  employee: { __typename: 'Employee', id: '7', name: 'Imam Wibowo' },
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
        id: 'u-7',
        isSupervisor: true,
        roles: ['EMPLOYEE', 'LEADER'],
        employee: { __typename: 'Employee', id: '7', unit: { __typename: 'OrgUnit', id: '1' } },
      },
    },
  },
  maxUsageCount: 5,
};
const member = (id: string, name: string, overdue: number, predicate: string) => ({
  __typename: 'TeamMember',
  employeeId: id,
  employee: { __typename: 'Employee', id, name },
  latestPredicate: predicate,
  overdueRealizations: overdue,
  overdueEvaluations: 0,
});
const teamMock = {
  request: { query: GET_HOME_TEAM, variables: { unitId: '1', cycleId: '4' } },
  result: {
    data: {
      teamDashboard: {
        __typename: 'TeamDashboard',
        unitId: '1',
        cycleId: '4',
        members: [
          member('11', 'Ani Rahmawati', 0, 'BAIK'),
          member('12', 'Bayu Pratama', 2, 'BAIK'),
          member('13', 'Citra Lestari', 0, 'KURANG'),
        ],
        pendingActions: [
          {
            __typename: 'PendingAction',
            kind: 'APPROVE_PLAN',
            employeeId: '12',
            employee: { __typename: 'Employee', id: '12', name: 'Bayu Pratama' },
            period: null,
            planId: '40',
            objectionId: null,
          },
        ],
      },
    },
  },
};
const distributionMock = (passed: boolean) => ({
  request: { query: GET_DISTRIBUTION_CHECK, variables: { unitId: '1', cycleId: '3' } },
  result: {
    data: {
      distributionCheck: {
        __typename: 'DistributionCheck',
        unitId: '1',
        cycleId: '3',
        organizationPredicate: 'BAIK',
        total: 75,
        passed,
        counts: [],
        percentages: [],
        rules: [
          {
            __typename: 'CurveRuleCheck',
            rule: 'SANGAT_BAIK_AT_MOST_PERCENT_20',
            predicates: ['SANGAT_BAIK'],
            bound: 'AT_MOST_PERCENT',
            percent: 20,
            passed,
            count: 20,
            actualPercent: 26.7,
          },
        ],
      },
    },
  },
});
const summaryUnit = (id: string, members: number, approved: number, done: number, due: number) => ({
  __typename: 'UnitSummary',
  unitId: id,
  members,
  approvedPlans: approved,
  evaluationsDone: done,
  evaluationsExpected: due,
});
const kecamatanMock = {
  request: { query: GET_COMPLETION_COUNTS, variables: { cycleId: '4' } },
  result: {
    data: { kecamatanSummary: [summaryUnit('5', 10, 9, 8, 10), summaryUnit('6', 10, 5, 2, 10)] },
  },
};
const jpTotalsMock = {
  request: { query: GET_JP_TOTALS, variables: { cycleId: '4' } },
  result: {
    data: {
      developmentHours: {
        __typename: 'JpOverview',
        year: 2026,
        yearRunningOut: false,
        totals: { __typename: 'JpTotals', employees: 20, pns: 18, jpDone: 200, pnsBelowTarget: 7 },
      },
    },
  },
};

/** Every card of the Camat's Beranda answered, the curve not passed. */
const CAMAT_MOCKS = () => [
  summaryMock(null),
  cyclesMock(),
  placeMock,
  teamMock,
  distributionMock(false),
  kecamatanMock,
  jpTotalsMock,
  trendMock({ result: { data: { performanceTrend: [] } } }),
  jpMock,
  pendingMock(0, 0),
  unreadMock(0),
];

describe('Beranda for the Camat', () => {
  test('kecamatan first (curve, completion, JP below target), then the team, then their own', async () => {
    renderAnalyticsPage(<HomePage />, {
      me: CAMAT,
      abilityRules: LEADER,
      mocks: CAMAT_MOCKS(),
    });
    expect(cardIds()).toEqual([
      'home-curve',
      'home-completion',
      'home-jp-totals',
      'home-team',
      'home-performance',
      'home-jp',
      'home-pending',
    ]);
    const curve = await screen.findByTestId('home-curve-data');
    expect(curve.getAttribute('data-passed')).toBe('false');
    expect(curve.textContent).toContain('siklus 2025');
    // Worded by the dashboard from the rule's data, not the API's English detail.
    expect(curve.textContent).toContain(
      'Sangat Baik paling banyak 20 %: Saat ini 20 dari 75 pegawai (26,7 %).',
    );

    const completion = await screen.findByTestId('home-completion-data');
    expect(within(completion).getByTestId('home-completion-plans').textContent).toContain('70 %');
    expect(within(completion).getByTestId('home-completion-evaluations').textContent).toContain(
      '50 %',
    );
    expect((await screen.findByTestId('home-jp-totals-below')).textContent).toContain('7');

    const team = await screen.findByTestId('home-team-data');
    expect(within(team).getByTestId('home-team-pending').textContent).toContain('1');
    expect(within(team).getByTestId('home-team-attention').textContent).toContain('2');
    expect(within(team).getByRole('link', { name: 'Setujui SKP' }).getAttribute('href')).toBe(
      '/persetujuan/40',
    );
    expect(within(team).getByTestId('home-team-people').textContent).toContain('Bayu Pratama');
    expect(within(team).getByTestId('home-team-people').textContent).toContain('Citra Lestari');
    await settle();
  });

  test('on a long page only the first two cards mount at once; the rest hold their place until the reader nears them', async () => {
    // Each place in page order, with the observer watching it.
    const observed: [Element, IntersectionObserverCallback][] = [];
    const original = globalThis.IntersectionObserver;
    Object.assign(globalThis, {
      IntersectionObserver: class {
        constructor(private readonly callback: IntersectionObserverCallback) {}
        observe(element: Element) {
          observed.push([element, this.callback]);
        }
        disconnect() {}
      },
    });
    try {
      renderAnalyticsPage(<HomePage />, {
        me: CAMAT,
        abilityRules: LEADER,
        mocks: CAMAT_MOCKS(),
      });
      await screen.findByTestId('home-curve-data');
      await screen.findByTestId('home-completion-data');
      expect(cardIds()).toEqual(['home-curve', 'home-completion']);
      const waiting = screen.getByTestId('home-landing').querySelectorAll('[data-mount-when-near]');
      expect(waiting).toHaveLength(5);
      expect(Array.from(waiting).every((place) => place.querySelector('[aria-busy="true"]'))).toBe(
        true,
      );
      // The team card's place comes near the viewport: it mounts and asks for its data.
      const [teamPlace, report] = observed[1];
      act(() =>
        report(
          [{ target: teamPlace, isIntersecting: true } as IntersectionObserverEntry],
          {} as IntersectionObserver,
        ),
      );
      await screen.findByTestId('home-team-data');
      expect(cardIds()).toEqual(['home-curve', 'home-completion', 'home-team']);
    } finally {
      Object.assign(globalThis, { IntersectionObserver: original });
    }
    await settle();
  });

  test('without a settled cycle the curve card says so', async () => {
    renderAnalyticsPage(<HomePage />, {
      me: CAMAT,
      abilityRules: LEADER,
      mocks: [
        summaryMock(null),
        cyclesMock([
          {
            __typename: 'Cycle',
            id: '4',
            year: 2026,
            status: 'ACTIVE',
            currentPeriod: 'TW2',
            reportablePeriods: ['TW1', 'TW2'],
          },
        ]),
        placeMock,
        teamMock,
        kecamatanMock,
        jpTotalsMock,
        trendMock({ result: { data: { performanceTrend: [] } } }),
        jpMock,
        pendingMock(0, 0),
        unreadMock(0),
      ],
    });
    expect((await screen.findByTestId('home-curve-empty')).textContent).toContain(
      'Belum ada siklus',
    );
    await settle();
  });
});

describe('Beranda for the analyst', () => {
  test('only the way into Analisis and the playground; no personal or team card', async () => {
    renderAnalyticsPage(<HomePage />, {
      me: user({ roles: ['ANALYST'], employee: null }),
      abilityRules: ANALYST,
      mocks: [summaryMock(null), cyclesMock()],
    });
    expect(cardIds()).toEqual(['home-analysis']);
    const card = screen.getByTestId('home-analysis');
    expect(
      within(card)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/analisis', '/analisis/playground']);
    await settle();
  });
});

describe('Beranda cycle picker', () => {
  const renderWithCycles = (cycles?: Parameters<typeof cyclesMock>[0]) =>
    renderAnalyticsPage(<HomePage />, {
      me: user({ roles: ['ANALYST'], employee: null }),
      abilityRules: ANALYST,
      mocks: [summaryMock(null), cyclesMock(cycles)],
    });

  test('holds its place while the cycles load (nothing below moves), then picks among them', async () => {
    renderWithCycles();
    const waiting = screen.getByRole('combobox', { name: 'Siklus kinerja' });
    expect((waiting as HTMLSelectElement).disabled).toBe(true);
    expect(waiting.textContent).toBe('Memuat…');
    // Waits for the cycles to arrive (a fixed pause is too short on a loaded machine).
    await waitFor(() =>
      expect(
        screen.getByRole<HTMLSelectElement>('combobox', { name: 'Siklus kinerja' }).disabled,
      ).toBe(false),
    );
    const picker = screen.getByRole('combobox', { name: 'Siklus kinerja' });
    expect((picker as HTMLSelectElement).value).toBe('4');
    expect(within(picker).getAllByRole('option')).toHaveLength(3);
  });

  test('goes once there turns out to be one cycle only', async () => {
    renderWithCycles([CYCLES[0]]);
    expect(screen.getByRole('combobox', { name: 'Siklus kinerja' })).toBeTruthy();
    await waitFor(() =>
      expect(screen.queryByRole('combobox', { name: 'Siklus kinerja' })).toBeNull(),
    );
    await settle();
  });
});

describe('Beranda greeting', () => {
  test.each([
    ['2026-12-01T20:59:59Z', 'home.greeting.evening'],
    ['2026-12-01T21:00:00Z', 'home.greeting.morning'],
    ['2026-12-02T03:59:59Z', 'home.greeting.morning'],
    ['2026-12-02T04:00:00Z', 'home.greeting.midday'],
    ['2026-12-02T08:00:00Z', 'home.greeting.afternoon'],
    ['2026-12-02T11:00:00Z', 'home.greeting.evening'],
  ])('at %s it is %s in Surabaya', (instant, key) => {
    expect(greetingKey(new Date(instant))).toBe(key);
  });

  test('greets the viewer by name before any card has its data', async () => {
    renderAnalyticsPage(<HomePage />, {
      abilityRules: OWN,
      mocks: STAFF_MOCKS({ result: { data: { performanceTrend: [] } } }, 0, 0, 0),
    });
    expect(screen.getByTestId('greeting').textContent).toContain('Sri Wahyuni');
    expect(screen.getByTestId('home-performance-loading')).toBeTruthy();
    expect(await screen.findByTestId('home-performance-empty')).toBeTruthy();
  });
});
