import { subject } from '@casl/ability';
import { Role } from '../../../platform/auth/role';
import { abilityOfRole } from '../../../testing/policy';
import { orgPolicy } from '../../org/org.permissions';
import { accountPolicy } from '../account.permissions';

// [case, role, action, account id (the probe is account 1), field, allowed]
type Case = [string, Role, 'read' | 'update', number, string, boolean];

const CASES: Case[] = [
  ['own account', Role.EMPLOYEE, 'read', 1, 'mustChangePassword', true],
  ['another account', Role.EMPLOYEE, 'read', 2, 'username', false],
  ['own roles', Role.EMPLOYEE, 'update', 1, 'roles', false],
  ['another account', Role.LEADER, 'read', 2, 'roles', false],
  ['another account', Role.ANALYST, 'read', 2, 'username', false],
  ['another account', Role.HR_ADMIN, 'read', 2, 'locked', true],
  ['another account’s CASL rules', Role.HR_ADMIN, 'read', 2, 'abilityRules', false],
  ['own CASL rules', Role.HR_ADMIN, 'read', 1, 'abilityRules', true],
  ['another account’s roles', Role.HR_ADMIN, 'update', 2, 'roles', true],
  ['a lock', Role.HR_ADMIN, 'update', 2, 'locked', true],
  ['a forced change', Role.ANALYST, 'update', 2, 'mustChangePassword', false],
];

describe('account policy (DESIGN §3: accounts are HR read/write, own password)', () => {
  it.each(CASES)('%s: %s %s', (_case, role, action, id, field, allowed) => {
    const ability = abilityOfRole([accountPolicy], role);
    expect(ability.can(action, subject('User', { id }) as never, field)).toBe(allowed);
  });

  it.each([
    [Role.HR_ADMIN, true],
    [Role.LEADER, false],
    [Role.EMPLOYEE, false],
    [Role.ANALYST, false],
  ])(
    'an employee’s account, separation and one-time password: %s reads them %s',
    (role, allowed) => {
      const ability = abilityOfRole([orgPolicy], role);
      for (const field of ['account', 'separation', 'oneTimePassword'])
        expect(
          ability.can(
            'read',
            subject('Employee', { id: 2, supervisorChainIds: [1] }) as never,
            field,
          ),
        ).toBe(allowed);
    },
  );
});
