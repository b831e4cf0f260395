import { graphql } from '../../api/generated';

export const GET_SESSION = graphql(`
  query GetSession {
    me {
      ...SessionUserFields
    }
  }
`);
