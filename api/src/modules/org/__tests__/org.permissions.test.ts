import { subject } from '@casl/ability';
import { Role } from '../../../platform/auth/role';
import { abilityOfRole } from '../../../testing/policy';
import { MIN_GROUP_SIZE } from '../../analytics/utils/suppression.util';
import { orgPolicy } from '../org.permissions';

type Case = [string, Role, string, Record<string, unknown>, string, boolean];

// [case, role, type, condition attributes, field, allowed]
const CASES: Case[] = [
  ['a person alone in their set', Role.ANALYST, 'Employee', { anonymitySetSize: 1 }, 'unit', false],
  [
    'a set one short',
    Role.ANALYST,
    'Employee',
    { anonymitySetSize: MIN_GROUP_SIZE - 1 },
    'unit',
    false,
  ],
  [
    'a set of exactly five',
    Role.ANALYST,
    'Employee',
    { anonymitySetSize: MIN_GROUP_SIZE },
    'unit',
    true,
  ],
  ['a large set', Role.ANALYST, 'Employee', { anonymitySetSize: 40 }, 'rank', true],
  [
    'a name, even in a large set',
    Role.ANALYST,
    'Employee',
    { anonymitySetSize: 40 },
    'name',
    false,
  ],
  [
    'the supervisor, even in a large set',
    Role.ANALYST,
    'Employee',
    { anonymitySetSize: 40 },
    'supervisor',
    false,
  ],
  ['a unit’s head', Role.ANALYST, 'OrgUnit', {}, 'head', false],
  ['a unit’s name', Role.ANALYST, 'OrgUnit', {}, 'name', true],
  ['a unit’s head, as an employee', Role.EMPLOYEE, 'OrgUnit', {}, 'head', true],
  ['a unit’s head, as the Camat', Role.LEADER, 'OrgUnit', {}, 'head', true],
  ['a unit’s head, as HR', Role.HR_ADMIN, 'OrgUnit', {}, 'head', true],
];

describe('org policy: de-identified rules for analysts', () => {
  it.each(CASES)('%s (%s reads %s)', (_case, role, type, attributes, field, allowed) => {
    const ability = abilityOfRole([orgPolicy], role);
    expect(ability.can('read', subject(type, { ...attributes }) as never, field)).toBe(allowed);
  });
});
