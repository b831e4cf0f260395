import { graphql } from '../../api/generated';

export const CYCLE_DEADLINE_FIELDS = graphql(`
  fragment CycleDeadlineFields on Cycle {
    id
    year
    status
    version
    deadlines {
      skpDueOn
      annualEvaluationDueOn
      realizationDueDays
      evaluationDueDays
      reportingWindowDays
      schedule {
        period
        startsOn
        endsOn
        reportingOpensOn
        reportingClosesOn
        realizationsDueOn
        evaluationDueOn
        finalizableFrom
      }
    }
  }
`);

/** A cycle's deadlines in force (defaults filled in) and each period's schedule. */
export const GET_CYCLE_DEADLINES = graphql(`
  query GetCycleDeadlines($id: ID!) {
    cycle(id: $id) {
      ...CycleDeadlineFields
    }
  }
`);

/** What is overdue in the viewer's scope (own, their line, or the kecamatan), most days late first. */
export const GET_OVERDUE_ITEMS = graphql(`
  query GetOverdueItems($cycleId: ID!, $unitId: ID, $first: Int) {
    overdueItems(cycleId: $cycleId, unitId: $unitId) {
      totalCount
      employeeCount
      counts {
        kind
        count
      }
      items(first: $first) {
        kind
        period
        dueOn
        daysLate
        employee {
          id
          name
        }
        responsible {
          id
          name
        }
      }
    }
  }
`);

export const UPDATE_CYCLE_DEADLINES = graphql(`
  mutation UpdateCycleDeadlines($id: ID!, $input: CycleDeadlinesInput!, $version: Int!) {
    updateCycleDeadlines(id: $id, input: $input, version: $version) {
      ...CycleDeadlineFields
    }
  }
`);
