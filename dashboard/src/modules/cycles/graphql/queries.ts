import { graphql } from '../../api/generated';

export const GET_CYCLES = graphql(`
  query GetCycles {
    cycles {
      ...CycleSummaryFields
    }
  }
`);
