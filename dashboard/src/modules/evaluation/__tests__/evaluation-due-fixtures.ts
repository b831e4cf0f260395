import { GET_EVALUATION_DUE } from '../graphql/queries';

/** Cycle 2026's schedule: [period, finalizableFrom, evaluationDueOn]. */
const SCHEDULE = [
  ['TW1', '2026-04-01', '2026-04-15'],
  ['TW2', '2026-07-01', '2026-07-15'],
  ['TW3', '2026-10-01', '2026-10-15'],
  ['TW4', '2027-01-01', '2027-01-15'],
  ['ANNUAL', '2027-01-01', '2027-01-31'],
].map(([period, finalizableFrom, evaluationDueOn]) => ({
  __typename: 'PeriodDeadline',
  period,
  finalizableFrom,
  evaluationDueOn,
}));

/**
 * `GET_EVALUATION_DUE` for cycle 4 (2026) and evaluator `evaluatorId` (narrowed to `employeeId`):
 * `pending` gives, per period, the SKP without a final evaluation (0 when left out).
 */
export const evaluationDueMock = ({
  evaluatorId,
  employeeId = null,
  pending,
}: {
  evaluatorId: string;
  employeeId?: string | null;
  pending: Partial<Record<string, number>>;
}) => ({
  request: { query: GET_EVALUATION_DUE, variables: { cycleId: '4', evaluatorId, employeeId } },
  result: {
    data: {
      cycle: {
        __typename: 'Cycle',
        id: '4',
        deadlines: { __typename: 'CycleDeadlines', schedule: SCHEDULE },
        evaluationBacklog: SCHEDULE.map(({ period }) => ({
          __typename: 'PeriodEvaluationBacklog',
          period,
          pending: pending[period] ?? 0,
        })),
      },
    },
  },
  maxUsageCount: 3,
});
