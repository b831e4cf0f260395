import { screen, within } from '@testing-library/react';
import type { CycleSummaryFieldsFragment } from '../../api/generated/graphql';
import { renderPage } from '../../../test-support/render';
import { DeadlinesCard } from '../components/DeadlinesCard';
import { GET_CYCLE_DEADLINES, GET_OVERDUE_ITEMS } from '../graphql/queries';
import { jakartaToday } from '../utils/deadlines';

/** The Jakarta day `days` after today, as the card counts them. */
const inDays = (days: number) => {
  const day = new Date(`${jakartaToday()}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + days);
  return day.toISOString().slice(0, 10);
};

const cycle: CycleSummaryFieldsFragment = {
  __typename: 'Cycle',
  id: '4',
  year: 2026,
  status: 'ACTIVE',
  currentPeriod: null,
  reportablePeriods: [],
};

const period = (name: 'TW4' | 'ANNUAL', due: number) => ({
  __typename: 'PeriodDeadline' as const,
  period: name,
  startsOn: inDays(-60),
  endsOn: inDays(due - 20),
  reportingOpensOn: inDays(due - 25),
  reportingClosesOn: inDays(due - 5),
  realizationsDueOn: name === 'ANNUAL' ? null : inDays(due - 5),
  evaluationDueOn: inDays(due),
  finalizableFrom: inDays(due - 20),
});

const mocks = [
  {
    request: { query: GET_CYCLE_DEADLINES, variables: { id: '4' } },
    result: {
      data: {
        cycle: {
          __typename: 'Cycle',
          id: '4',
          year: 2026,
          status: 'ACTIVE',
          version: 1,
          deadlines: {
            __typename: 'CycleDeadlines',
            skpDueOn: inDays(-300),
            annualEvaluationDueOn: inDays(56),
            realizationDueDays: 10,
            evaluationDueDays: 15,
            reportingWindowDays: 20,
            schedule: [period('TW4', 40), period('ANNUAL', 56)],
          },
        },
      },
    },
  },
  {
    request: { query: GET_OVERDUE_ITEMS, variables: { cycleId: '4', unitId: null, first: 3 } },
    result: {
      data: {
        overdueItems: {
          __typename: 'OverdueList',
          totalCount: 0,
          employeeCount: 0,
          counts: [],
          items: [],
        },
      },
    },
  },
];

describe('the deadlines card on Beranda', () => {
  it('puts each next deadline’s date and days left under its name, with no separator first', async () => {
    renderPage(
      <DeadlinesCard
        cycle={cycle}
        cycleLoading={false}
        cycleError={undefined}
        onRetryCycles={() => {}}
        scope="own"
      />,
      { mocks },
    );
    const upcoming = await screen.findByTestId('home-deadlines-upcoming');
    const entries = within(upcoming).getAllByRole('listitem');
    expect(entries.map((entry) => entry.firstElementChild?.textContent)).toEqual([
      'Realisasi TW IV',
      'Penilaian TW IV',
      'Penilaian tahunan',
    ]);
    const when = entries.map((entry) => entry.querySelector('.home-list__when')?.textContent);
    expect(when[1]).toMatch(/^\d{1,2} \w{3} \d{4} · 40 hari lagi$/);
    for (const line of when) expect(line).not.toMatch(/^\s*·/);
  });
});
