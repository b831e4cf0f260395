import { graphql } from '../../api/generated';

export const LOGIN = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      user {
        ...SessionUserFields
      }
    }
  }
`);
