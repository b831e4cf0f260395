import { subject } from '@casl/ability';
import { Role } from '../../../platform/auth/role';
import { abilityOfRole } from '../../../testing/policy';
import { evaluationPolicy } from '../evaluation.permissions';

type Case = [string, Role, 'read' | 'aggregate', string, number, string, string, boolean];

// [case, role, action, type, the owner's anonymity set size, evaluation status, field, allowed]
const CASES: Case[] = [
  [
    'a final evaluation in a set of five',
    Role.ANALYST,
    'read',
    'Evaluation',
    5,
    'FINAL',
    'predicate',
    true,
  ],
  ['an acknowledged one', Role.ANALYST, 'read', 'Evaluation', 5, 'ACKNOWLEDGED', 'predicate', true],
  ['a draft in a large set', Role.ANALYST, 'read', 'Evaluation', 40, 'DRAFT', 'predicate', false],
  [
    'a final evaluation of a unit head alone in the set',
    Role.ANALYST,
    'read',
    'Evaluation',
    1,
    'FINAL',
    'predicate',
    false,
  ],
  [
    'the organisation predicate of a head',
    Role.ANALYST,
    'read',
    'Evaluation',
    40,
    'FINAL',
    'organizationPredicate',
    false,
  ],
  ['the evaluator', Role.ANALYST, 'read', 'Evaluation', 40, 'FINAL', 'evaluator', false],
  ['feedback text', Role.ANALYST, 'read', 'EvaluationFeedback', 40, 'FINAL', 'text', false],
  [
    'counting a final evaluation of someone alone',
    Role.ANALYST,
    'aggregate',
    'Evaluation',
    1,
    'FINAL',
    'predicate',
    true,
  ],
  ['counting a draft', Role.ANALYST, 'aggregate', 'Evaluation', 40, 'DRAFT', 'predicate', false],
  [
    'HR reads a draft of someone alone',
    Role.HR_ADMIN,
    'read',
    'Evaluation',
    1,
    'DRAFT',
    'predicate',
    true,
  ],
  [
    'HR counts what it reads',
    Role.HR_ADMIN,
    'aggregate',
    'Evaluation',
    1,
    'DRAFT',
    'predicate',
    true,
  ],
];

describe('evaluation policy: de-identified rules for analysts', () => {
  it.each(CASES)(
    '%s (%s %s %s)',
    (_case, role, action, type, setSize, evaluationStatus, field, allowed) => {
      const attributes = {
        ownerId: 7,
        ownerChainIds: [3],
        ownerAnonymitySetSize: setSize,
        evaluationStatus,
      };
      const ability = abilityOfRole([evaluationPolicy], role);
      expect(ability.can(action, subject(type, attributes) as never, field)).toBe(allowed);
    },
  );
});
