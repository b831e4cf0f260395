import { screen, waitFor, within } from '@testing-library/react';
import { SUPERVISOR, supervisorPlaceMock } from '../../modules/employees/__tests__/place-fixtures';
import { cyclesMock, renderWithSession } from '../../modules/development/__tests__/fixtures';
import { evaluationDueMock } from '../../modules/evaluation/__tests__/evaluation-due-fixtures';
import { GET_TEAM_EVALUATIONS } from '../../modules/evaluation/graphql/queries';
import { EvaluationTeamPage } from '../EvaluationTeamPage';

// 3 December 2026: TW4 runs; TW1–TW3 have ended and are past their evaluation deadlines.
jest.mock('../../modules/ui/utils/dates', () => ({
  ...jest.requireActual<object>('../../modules/ui/utils/dates'),
  jakartaToday: () => '2026-12-03',
}));

/** Plans 71 and 72; `pending`: per period, how many of them have no final evaluation. */
const dueMock = (pending: Record<string, number>) =>
  evaluationDueMock({ evaluatorId: '5', pending });

/** `finalFor`: a plan whose evaluation of the period is final. */
const teamMock = (period: string, { finalFor }: { finalFor?: string } = {}) => ({
  request: {
    query: GET_TEAM_EVALUATIONS,
    variables: { cycleId: '4', evaluatorId: '5', period },
  },
  result: {
    data: {
      // The same plans as the due query (Apollo keeps one list for both).
      performancePlans: {
        __typename: 'PerformancePlanConnection',
        totalCount: 2,
        edges: [
          ['71', '7', 'Sri Wahyuni'],
          ['72', '8', 'Budi Santoso'],
        ].map(([id, employeeId, name]) => ({
          __typename: 'PerformancePlanEdge',
          node: {
            __typename: 'PerformancePlan',
            id,
            achievement: 95,
            employee: {
              __typename: 'Employee',
              id: employeeId,
              name,
              position: { __typename: 'Position', id: '40', title: 'Pengadministrasi Umum' },
            },
          },
        })),
      },
      evaluations: {
        __typename: 'EvaluationConnection',
        edges: finalFor
          ? [
              {
                __typename: 'EvaluationEdge',
                node: {
                  __typename: 'Evaluation',
                  id: '900',
                  period,
                  status: 'FINAL',
                  predicate: 'BAIK',
                  version: 3,
                  plan: { __typename: 'PerformancePlan', id: finalFor },
                  employee: { __typename: 'Employee', id: '7' },
                },
              },
            ]
          : [],
      },
    },
  },
});

const renderPage = (mocks: object[], path = '/penilaian') =>
  renderWithSession(<EvaluationTeamPage />, {
    me: SUPERVISOR,
    mocks: [cyclesMock(), supervisorPlaceMock, ...mocks],
    path,
  });

const selectedTab = async () => {
  await waitFor(() => expect(screen.getByRole('tab', { selected: true })).toBeTruthy());
  return screen.getByRole('tab', { selected: true }).textContent;
};

describe('Penilaian opens on the period that is due or overdue', () => {
  test('the oldest overdue period with someone not yet final wins over later ones', async () => {
    // TW1 all final; TW2 only plan 71 final (72 a draft); TW3 nobody: TW2 and TW3 are overdue.
    renderPage([dueMock({ TW2: 1, TW3: 2, TW4: 2, ANNUAL: 2 }), teamMock('TW2')]);
    expect(await screen.findByText(/Triwulan II$/)).toBeTruthy();
    expect(await selectedTab()).toBe('TW II');
    expect(screen.getByText('Sri Wahyuni')).toBeTruthy();
  });

  test('with every ended period evaluated, the latest ended one — never the running TW4', async () => {
    renderPage([dueMock({ TW4: 2, ANNUAL: 2 }), teamMock('TW3')]);
    expect(await screen.findByText(/Triwulan III$/)).toBeTruthy();
    expect(await selectedTab()).toBe('TW III');
  });

  test('a period in the URL wins', async () => {
    renderPage([dueMock({}), teamMock('TW1')], '/penilaian?periode=TW1');
    expect(await screen.findByText(/Triwulan I$/)).toBeTruthy();
    expect(await selectedTab()).toBe('TW I');
  });
});

describe("a row's actions", () => {
  test('a final evaluation is opened, then its document downloaded; a row to do is started', async () => {
    renderPage([dueMock({ TW4: 2, ANNUAL: 2 }), teamMock('TW3', { finalFor: '71' })]);
    await screen.findByText('Sri Wahyuni');
    const [done, toDo] = screen.getAllByTestId('evaluation-row');
    // The row's own page first, then the document, named after whose it is.
    const actions = Array.from(done.querySelectorAll('a, button'));
    expect(actions.map((action) => action.textContent?.trim())).toEqual(['Lihat', 'Unduh PDF']);
    expect(actions[0].getAttribute('href')).toBe('/penilaian/71/TW3');
    expect(actions[1].getAttribute('aria-label')).toBe('Unduh PDF: dokumen evaluasi Sri Wahyuni');
    expect(within(toDo).queryByRole('button')).toBeNull();
    expect(within(toDo).getByRole('link').textContent).toBe('Nilai');
  });
});
