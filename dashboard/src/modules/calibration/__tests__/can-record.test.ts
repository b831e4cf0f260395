import { createAppAbility } from '../../authz';
import { canRecordOrganizationPredicate } from '../utils/can-record';

// The rules as me.abilityRules sends them (api/src/modules/evaluation/evaluation.permissions.ts).
const CAMAT = [
  { action: 'update', subject: 'OrganizationPredicate', conditions: { unitIsRoot: false } },
];
const HR = [
  { action: 'update', subject: 'OrganizationPredicate', conditions: { unitIsRoot: true } },
];

describe('canRecordOrganizationPredicate', () => {
  test.each([
    ['the Camat', CAMAT, false, true],
    ['the Camat', CAMAT, true, false],
    ['HR', HR, true, true],
    ['HR', HR, false, false],
    ['anyone else', [], true, false],
    ['anyone else', [], false, false],
  ])('%s, kecamatan %s → %s', (_who, rules, unitIsRoot, expected) => {
    expect(canRecordOrganizationPredicate(createAppAbility(rules), unitIsRoot)).toBe(expected);
  });
});
