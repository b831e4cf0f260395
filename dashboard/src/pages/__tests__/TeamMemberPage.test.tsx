import { screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { GET_MY_TREND, GET_TEAM_MEMBER } from '../../modules/analytics/graphql/queries';
import { evaluationDueMock } from '../../modules/evaluation/__tests__/evaluation-due-fixtures';
import { TeamMemberPage } from '../TeamMemberPage';
import {
  cycle,
  cyclesMock,
  renderAnalyticsPage,
  stubResizeObserver,
  user,
} from './analytics-fixtures';

beforeAll(stubResizeObserver);

// 3 December 2026: TW4 runs; TW1–TW3 have ended and are past their evaluation deadlines.
jest.mock('../../modules/ui/utils/dates', () => ({
  ...jest.requireActual<object>('../../modules/ui/utils/dates'),
  jakartaToday: () => '2026-12-03',
}));

const CYCLES = [cycle('4', 2026, 'ACTIVE', 'TW4')];

const KASI = user({
  id: 'u-9',
  isSupervisor: true,
  employee: { __typename: 'Employee', id: '9', name: 'Budi Santoso' },
});

const trendMock = (result: object) => ({
  request: { query: GET_MY_TREND, variables: { employeeId: '17' } },
  ...result,
  maxUsageCount: 3,
});

const memberMock = (status: string, evaluatorId = '9') => ({
  request: { query: GET_TEAM_MEMBER, variables: { id: '17', cycleId: '4' } },
  result: {
    data: {
      employee: {
        __typename: 'Employee',
        id: '17',
        name: 'Gita Anggraini',
        nip: '199001012015011017',
        position: { __typename: 'Position', id: 'p1', title: 'Pengadministrasi Umum' },
        unit: { __typename: 'OrgUnit', id: '5', name: 'Seksi Pemerintahan' },
      },
      performancePlans: {
        __typename: 'PerformancePlanConnection',
        edges: [
          {
            __typename: 'PerformancePlanEdge',
            node: {
              __typename: 'PerformancePlan',
              id: 'p17',
              status,
              evaluator: { __typename: 'Employee', id: evaluatorId },
            },
          },
        ],
      },
    },
  },
  maxUsageCount: 3,
});

/** Whether the member's SKP p17, evaluated by the kasi, lacks a final evaluation, per period. */
const dueMock = (pending: Record<string, number>) =>
  evaluationDueMock({ evaluatorId: '9', employeeId: '17', pending });

const renderMember = (mocks: object[], me = KASI) =>
  renderAnalyticsPage(<TeamMemberPage />, {
    me,
    mocks: [cyclesMock(CYCLES), ...mocks],
    path: '/tim/17',
    route: '/tim/:employeeId',
    abilityRules: [{ action: 'create', subject: 'DevelopmentActivity' }],
  });

describe('a team member’s page', () => {
  test('the evaluator gets the oldest overdue period, feedback and a training to add', async () => {
    // TW1 final, TW2 only a draft, TW3 not started: TW2 is the oldest overdue one.
    renderMember([
      trendMock({ result: { data: { performanceTrend: [] } } }),
      memberMock('APPROVED'),
      dueMock({ TW2: 1, TW3: 1, TW4: 1, ANNUAL: 1 }),
    ]);
    const actions = await screen.findByTestId('member-actions');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Gita Anggraini');
    expect((await within(actions).findByTestId('member-evaluate')).getAttribute('href')).toBe(
      '/penilaian/p17/TW2',
    );
    expect(within(actions).getByRole('link', { name: 'Nilai Triwulan II' })).toBeTruthy();
    expect(within(actions).queryByTestId('member-approve')).toBeNull();
    expect(within(actions).getByRole('button', { name: 'Beri umpan balik' })).toBeTruthy();
    expect(
      within(actions).getByRole('link', { name: 'Tambah pelatihan' }).getAttribute('href'),
    ).toBe('/tim/pengembangan/17?siklus=4');
    expect(screen.getByText('Belum ada penilaian final.', { selector: 'p' })).toBeTruthy();
  });

  test('with every ended period final, the latest ended one — never the running TW4', async () => {
    renderMember([
      trendMock({ result: { data: { performanceTrend: [] } } }),
      memberMock('APPROVED'),
      dueMock({ TW4: 1, ANNUAL: 1 }),
    ]);
    const actions = await screen.findByTestId('member-actions');
    expect((await within(actions).findByTestId('member-evaluate')).getAttribute('href')).toBe(
      '/penilaian/p17/TW3',
    );
  });

  test('a submitted SKP offers the approval, not an evaluation', async () => {
    renderMember([
      trendMock({ result: { data: { performanceTrend: [] } } }),
      memberMock('SUBMITTED'),
    ]);
    const actions = await screen.findByTestId('member-actions');
    expect(within(actions).getByTestId('member-approve').getAttribute('href')).toBe(
      '/persetujuan/p17',
    );
    expect(within(actions).queryByTestId('member-evaluate')).toBeNull();
  });

  test('a head higher up the chain (not the evaluator) neither evaluates nor approves', async () => {
    renderMember([
      trendMock({ result: { data: { performanceTrend: [] } } }),
      memberMock('APPROVED', '12'),
    ]);
    const actions = await screen.findByTestId('member-actions');
    expect(within(actions).queryByTestId('member-evaluate')).toBeNull();
    expect(within(actions).queryByTestId('member-approve')).toBeNull();
  });

  test('someone outside the viewer’s line: a clear state, nothing of the member', async () => {
    renderMember([
      trendMock({
        result: {
          errors: [new GraphQLError('Not yours', { extensions: { code: 'FORBIDDEN' } })],
        },
      }),
      memberMock('APPROVED'),
    ]);
    expect(await screen.findByText('Pegawai ini bukan anggota tim Anda')).toBeTruthy();
    expect(screen.queryByTestId('member-actions')).toBeNull();
    expect(screen.queryByText('199001012015011017', { exact: false })).toBeNull();
    expect(screen.getByRole('link', { name: 'Kembali ke Tim Saya' }).getAttribute('href')).toBe(
      '/tim',
    );
  });
});
