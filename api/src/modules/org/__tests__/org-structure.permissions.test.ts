import { Role } from '../../../platform/auth/role';
import { abilityOfRole } from '../../../testing/policy';
import { orgPolicy } from '../org.permissions';

const ROLES = [Role.EMPLOYEE, Role.LEADER, Role.HR_ADMIN, Role.ANALYST];

describe('org policy: only HR keeps the structure', () => {
  const cases = ROLES.flatMap((role) =>
    (['create', 'update'] as const).map((action): [Role, 'create' | 'update'] => [role, action]),
  );
  it.each(cases)('%s may %s units and positions only when HR', (role, action) => {
    const ability = abilityOfRole([orgPolicy], role);
    for (const type of ['OrgUnit', 'Position'])
      expect(ability.can(action, type as never)).toBe(role === Role.HR_ADMIN);
  });

  it.each([
    [Role.ANALYST, 'OrgUnit', 'memberCount', false],
    [Role.ANALYST, 'OrgUnit', 'totalMemberCount', false],
    [Role.ANALYST, 'Position', 'holderCount', false],
    [Role.ANALYST, 'Position', 'isHead', true],
    [Role.EMPLOYEE, 'OrgUnit', 'memberCount', true],
    [Role.EMPLOYEE, 'Position', 'holderCount', false],
    [Role.HR_ADMIN, 'Position', 'holderCount', true],
    [Role.HR_ADMIN, 'OrgUnit', 'closedAt', true],
  ] as const)('%s reads %s.%s: %s', (role, type, field, allowed) => {
    const ability = abilityOfRole([orgPolicy], role);
    expect(ability.can('read', type as never, field)).toBe(allowed);
  });
});
