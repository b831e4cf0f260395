import { graphql } from '../../api/generated';

// What HR sees of an account: who, which roles, and whether it can log in.
export const ACCOUNT_FIELDS = graphql(`
  fragment AccountFields on User {
    id
    username
    roles
    active
    locked
    mustChangePassword
    passwordChangedAt
    employee {
      id
      name
    }
  }
`);
