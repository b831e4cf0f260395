import { gql } from '@apollo/client';

export const CYCLE_SUMMARY_FIELDS = gql`
  fragment CycleSummaryFields on Cycle {
    id
    year
    status
    currentPeriod
    reportablePeriods
  }
`;
