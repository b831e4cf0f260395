import { subject } from '@casl/ability';
import { Role } from '../../../modules/account/account.entity';
import { MIN_GROUP_SIZE } from '../../../modules/analytics/utils/suppression.util';
import { type Action, defineAbilityFor, type SubjectName } from '../abilities';

const viewerWith = (role: Role) =>
  defineAbilityFor({
    accountId: 1,
    username: 'probe',
    employeeId: role === Role.EMPLOYEE || role === Role.LEADER ? 1 : null,
    supervisorChainIds: [],
    roles: [role],
  });

type Case = [string, Role, Action, SubjectName, Record<string, unknown>, string, boolean];
const set = (size: number) => ({ ownerId: 7, ownerChainIds: [3], ownerAnonymitySetSize: size });
const FINAL = { evaluationStatus: 'FINAL' };

// [case, role, action, type, condition attributes, field, allowed]
const CASES: Case[] = [
  [
    'a person alone in their set',
    Role.ANALYST,
    'read',
    'Employee',
    { anonymitySetSize: 1 },
    'unit',
    false,
  ],
  [
    'a set one short',
    Role.ANALYST,
    'read',
    'Employee',
    { anonymitySetSize: MIN_GROUP_SIZE - 1 },
    'unit',
    false,
  ],
  [
    'a set of exactly five',
    Role.ANALYST,
    'read',
    'Employee',
    { anonymitySetSize: MIN_GROUP_SIZE },
    'unit',
    true,
  ],
  ['a large set', Role.ANALYST, 'read', 'Employee', { anonymitySetSize: 40 }, 'rank', true],
  [
    'a name, even in a large set',
    Role.ANALYST,
    'read',
    'Employee',
    { anonymitySetSize: 40 },
    'name',
    false,
  ],
  [
    'the supervisor, even in a large set',
    Role.ANALYST,
    'read',
    'Employee',
    { anonymitySetSize: 40 },
    'supervisor',
    false,
  ],
  [
    'a final evaluation in a set of five',
    Role.ANALYST,
    'read',
    'Evaluation',
    { ...set(5), ...FINAL },
    'predicate',
    true,
  ],
  [
    'an acknowledged one',
    Role.ANALYST,
    'read',
    'Evaluation',
    { ...set(5), evaluationStatus: 'ACKNOWLEDGED' },
    'predicate',
    true,
  ],
  [
    'a draft in a large set',
    Role.ANALYST,
    'read',
    'Evaluation',
    { ...set(40), evaluationStatus: 'DRAFT' },
    'predicate',
    false,
  ],
  [
    'a final evaluation of a unit head alone in the set',
    Role.ANALYST,
    'read',
    'Evaluation',
    { ...set(1), ...FINAL },
    'predicate',
    false,
  ],
  [
    'the organisation predicate of a head',
    Role.ANALYST,
    'read',
    'Evaluation',
    { ...set(40), ...FINAL },
    'organizationPredicate',
    false,
  ],
  [
    'the evaluator',
    Role.ANALYST,
    'read',
    'Evaluation',
    { ...set(40), ...FINAL },
    'evaluator',
    false,
  ],
  ['a plan in a set of five', Role.ANALYST, 'read', 'PerformancePlan', set(5), 'status', true],
  ['a plan in a set of four', Role.ANALYST, 'read', 'PerformancePlan', set(4), 'status', false],
  ['the plan’s evaluator', Role.ANALYST, 'read', 'PerformancePlan', set(40), 'evaluator', false],
  ['an RHK in a large set', Role.ANALYST, 'read', 'WorkTarget', set(40), 'description', true],
  [
    'the supervisor’s RHK it intervenes',
    Role.ANALYST,
    'read',
    'WorkTarget',
    set(40),
    'parentTarget',
    false,
  ],
  ['a report in a small set', Role.ANALYST, 'read', 'Realization', set(2), 'value', false],
  [
    'feedback text',
    Role.ANALYST,
    'read',
    'EvaluationFeedback',
    { ...set(40), ...FINAL },
    'text',
    false,
  ],
  [
    'counting a final evaluation of someone alone',
    Role.ANALYST,
    'aggregate',
    'Evaluation',
    { ...set(1), ...FINAL },
    'predicate',
    true,
  ],
  [
    'counting a draft',
    Role.ANALYST,
    'aggregate',
    'Evaluation',
    { ...set(40), evaluationStatus: 'DRAFT' },
    'predicate',
    false,
  ],
  ['a unit’s head', Role.ANALYST, 'read', 'OrgUnit', {}, 'head', false],
  ['a unit’s name', Role.ANALYST, 'read', 'OrgUnit', {}, 'name', true],
  ['a unit’s head, as an employee', Role.EMPLOYEE, 'read', 'OrgUnit', {}, 'head', true],
  ['a unit’s head, as the Camat', Role.LEADER, 'read', 'OrgUnit', {}, 'head', true],
  ['a unit’s head, as HR', Role.HR_ADMIN, 'read', 'OrgUnit', {}, 'head', true],
  [
    'HR reads a draft of someone alone',
    Role.HR_ADMIN,
    'read',
    'Evaluation',
    { ...set(1), evaluationStatus: 'DRAFT' },
    'predicate',
    true,
  ],
  [
    'HR counts what it reads',
    Role.HR_ADMIN,
    'aggregate',
    'Evaluation',
    { ...set(1), evaluationStatus: 'DRAFT' },
    'predicate',
    true,
  ],
  [
    'the Camat reads a plan of someone alone',
    Role.LEADER,
    'read',
    'PerformancePlan',
    set(1),
    'evaluator',
    true,
  ],
];

describe('de-identified rules for analysts', () => {
  it.each(CASES)('%s (%s %s %s)', (_case, role, action, type, attributes, field, allowed) => {
    expect(viewerWith(role).can(action, subject(type, { ...attributes }) as never, field)).toBe(
      allowed,
    );
  });
});
