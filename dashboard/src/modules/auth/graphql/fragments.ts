import { graphql } from '../../api/generated';

// What the shell needs about the viewer: identity, roles and the CASL rules.
export const SESSION_USER_FIELDS = graphql(`
  fragment SessionUserFields on User {
    id
    username
    roles
    isSupervisor
    abilityRules
    mustChangePassword
    employee {
      id
      name
    }
  }
`);
