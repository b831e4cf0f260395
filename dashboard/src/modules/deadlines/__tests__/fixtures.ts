/** A 2026 cycle's deadlines as the API fills them in by default, without the schedule. */
export const DEFAULT_DEADLINES = {
  __typename: 'CycleDeadlines' as const,
  skpDueOn: '2026-01-31',
  annualEvaluationDueOn: '2027-01-31',
  realizationDueDays: 10,
  evaluationDueDays: 15,
  reportingWindowDays: 30,
};
