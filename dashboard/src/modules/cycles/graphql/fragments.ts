import { graphql } from '../../api/generated';

export const CYCLE_SUMMARY_FIELDS = graphql(`
  fragment CycleSummaryFields on Cycle {
    id
    year
    status
    currentPeriod
    reportablePeriods
  }
`);

/** What HR sees of a cycle on the cycles page: status, thresholds and the version edits take. */
export const CYCLE_ADMIN_FIELDS = graphql(`
  fragment CycleAdminFields on Cycle {
    id
    year
    status
    meetsThreshold
    exceedsThreshold
    version
    periods {
      period
      startsOn
      endsOn
    }
  }
`);
