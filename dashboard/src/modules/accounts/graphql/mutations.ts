import { graphql } from '../../api/generated';

export const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      token
      user {
        ...SessionUserFields
      }
    }
  }
`);

export const RESET_PASSWORD = graphql(`
  mutation ResetPassword($id: ID!) {
    resetPassword(id: $id) {
      oneTimePassword
      user {
        id
        ...AccountFields
      }
    }
  }
`);

export const LOCK_ACCOUNT = graphql(`
  mutation LockAccount($id: ID!, $reason: String) {
    lockAccount(id: $id, reason: $reason) {
      id
      ...AccountFields
    }
  }
`);

export const UNLOCK_ACCOUNT = graphql(`
  mutation UnlockAccount($id: ID!) {
    unlockAccount(id: $id) {
      id
      ...AccountFields
    }
  }
`);

export const GRANT_ROLE = graphql(`
  mutation GrantRole($id: ID!, $role: Role!) {
    grantRole(id: $id, role: $role) {
      id
      ...AccountFields
    }
  }
`);

export const REMOVE_ROLE = graphql(`
  mutation RemoveRole($id: ID!, $role: Role!) {
    removeRole(id: $id, role: $role) {
      id
      ...AccountFields
    }
  }
`);
