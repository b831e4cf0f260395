import { Role } from '../platform/auth/role';
import { type AppAbility, defineAbilityFor } from '../platform/authz/abilities';
import { type Policy, registerPolicies } from '../platform/authz/policy';

/** The ability one role gets from these policies alone (EMPLOYEE and LEADER with an employee record). */
export function abilityOfRole(policies: readonly Policy[], role: Role): AppAbility {
  registerPolicies(policies);
  return defineAbilityFor({
    accountId: 1,
    username: 'probe',
    employeeId: role === Role.EMPLOYEE || role === Role.LEADER ? 1 : null,
    supervisorChainIds: [],
    roles: [role],
  });
}
