import { subject } from '@casl/ability';
import { Role } from '../../../platform/auth/role';
import { abilityOfRole } from '../../../testing/policy';
import { planPolicy } from '../plan.permissions';

type Case = [string, Role, string, number, string, boolean];

// [case, role, type, the owner's anonymity set size, field, allowed]
const CASES: Case[] = [
  ['a plan in a set of five', Role.ANALYST, 'PerformancePlan', 5, 'status', true],
  ['a plan in a set of four', Role.ANALYST, 'PerformancePlan', 4, 'status', false],
  ['the plan’s evaluator', Role.ANALYST, 'PerformancePlan', 40, 'evaluator', false],
  ['an RHK in a large set', Role.ANALYST, 'WorkTarget', 40, 'description', true],
  ['the supervisor’s RHK it intervenes', Role.ANALYST, 'WorkTarget', 40, 'parentTarget', false],
  ['a report in a small set', Role.ANALYST, 'Realization', 2, 'value', false],
  ['the Camat reads a plan of someone alone', Role.LEADER, 'PerformancePlan', 1, 'evaluator', true],
];

describe('plan policy: de-identified rules for analysts', () => {
  it.each(CASES)('%s (%s reads %s)', (_case, role, type, setSize, field, allowed) => {
    const attributes = { ownerId: 7, ownerChainIds: [3], ownerAnonymitySetSize: setSize };
    const ability = abilityOfRole([planPolicy], role);
    expect(ability.can('read', subject(type, attributes) as never, field)).toBe(allowed);
  });
});
