import { gql } from '@apollo/client';

// What the shell needs about the viewer: identity, roles and the CASL rules.
export const SESSION_USER_FIELDS = gql`
  fragment SessionUserFields on User {
    id
    username
    roles
    isSupervisor
    abilityRules
    employee {
      id
      name
    }
  }
`;
