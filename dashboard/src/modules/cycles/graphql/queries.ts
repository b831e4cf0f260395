import { gql } from '@apollo/client';
import { CYCLE_SUMMARY_FIELDS } from './fragments';

export const GET_CYCLES = gql`
  query GetCycles {
    cycles {
      ...CycleSummaryFields
    }
  }
  ${CYCLE_SUMMARY_FIELDS}
`;
