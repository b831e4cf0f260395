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
 * the approved plans `planIds`; `finals` lists [period, planId, status] of their evaluations.
 */
export const evaluationDueMock = ({
  evaluatorId,
  employeeId = null,
  planIds,
  finals,
}: {
  evaluatorId: string;
  employeeId?: string | null;
  planIds: string[];
  finals: [string, string, string][];
}) => ({
  request: { query: GET_EVALUATION_DUE, variables: { cycleId: '4', evaluatorId, employeeId } },
  result: {
    data: {
      cycle: {
        __typename: 'Cycle',
        id: '4',
        deadlines: { __typename: 'CycleDeadlines', schedule: SCHEDULE },
      },
      performancePlans: {
        __typename: 'PerformancePlanConnection',
        edges: planIds.map((id) => ({
          __typename: 'PerformancePlanEdge',
          node: { __typename: 'PerformancePlan', id },
        })),
      },
      evaluations: {
        __typename: 'EvaluationConnection',
        edges: finals.map(([period, planId, status], index) => ({
          __typename: 'EvaluationEdge',
          node: {
            __typename: 'Evaluation',
            id: `e${planId}-${index}`,
            period,
            status,
            plan: { __typename: 'PerformancePlan', id: planId },
          },
        })),
      },
    },
  },
  maxUsageCount: 3,
});
