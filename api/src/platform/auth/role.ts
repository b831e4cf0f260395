import { registerEnumType } from 'type-graphql';

/** Roles stored on an account; a supervisor is derived from the reporting line, never stored. */
export enum Role {
  EMPLOYEE = 'EMPLOYEE',
  LEADER = 'LEADER',
  HR_ADMIN = 'HR_ADMIN',
  ANALYST = 'ANALYST',
}
registerEnumType(Role, {
  name: 'Role',
  description: 'Stored roles; supervisor is derived from the reporting line',
});
