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
