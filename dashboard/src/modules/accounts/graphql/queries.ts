import { graphql } from '../../api/generated';

export const GET_ACCOUNTS = graphql(`
  query GetAccounts($filter: AccountFilter, $first: Int, $after: String) {
    accounts(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...AccountFields
        }
      }
    }
  }
`);
