import { createAppAbility } from '../../authz';
import {
  canDownloadKecamatanRecaps,
  canDownloadNamedDocuments,
  canDownloadOrganizationPredicate,
  canDownloadSkp,
} from '../utils/access';

// The rules as me.abilityRules sends them (the modules' *.permissions.ts in the API), trimmed to
// the subjects the documents need. The kasi is employee 5 under the Camat (1); staff 12 and 13 are
// under the kasi; 20 is in another seksi.
const PLAN_FIELDS = ['id', 'employee', 'status', 'workTargets', 'approach', 'behaviorExpectations'];
const CASCADE_FIELDS = ['id', 'employee', 'status', 'workTargets'];
const employeeRules = (id: number, above: number[]) => [
  { action: 'read', subject: 'Employee', fields: ['id', 'name'] },
  { action: 'read', subject: 'Employee', fields: ['nip', 'email'], conditions: { id } },
  { action: 'read', subject: 'Employee', fields: ['nip'], conditions: { supervisorChainIds: id } },
  { action: 'read', subject: 'PerformancePlan', fields: PLAN_FIELDS, conditions: { ownerId: id } },
  {
    action: 'read',
    subject: 'PerformancePlan',
    fields: PLAN_FIELDS,
    conditions: { ownerChainIds: id },
  },
  {
    action: 'read',
    subject: 'PerformancePlan',
    fields: CASCADE_FIELDS,
    conditions: { ownerId: { $in: above } },
  },
];
const ROLES = {
  staff: employeeRules(12, [5, 1]),
  kasi: employeeRules(5, [1]),
  camat: [
    ...employeeRules(1, []),
    { action: 'read', subject: 'Employee', fields: ['id', 'name', 'nip'] },
    { action: 'read', subject: 'Calibration' },
    { action: 'read', subject: 'PerformancePlan', fields: PLAN_FIELDS },
  ],
  hr: [
    { action: 'read', subject: 'Employee', fields: ['id', 'name', 'nip', 'email'] },
    { action: 'read', subject: 'Calibration' },
    { action: 'read', subject: 'PerformancePlan', fields: PLAN_FIELDS },
  ],
  analyst: [
    {
      action: 'read',
      subject: 'Employee',
      fields: ['id', 'unit', 'rank'],
      conditions: { anonymitySetSize: { $gte: 5 } },
    },
    {
      action: 'read',
      subject: 'PerformancePlan',
      fields: PLAN_FIELDS,
      conditions: { ownerAnonymitySetSize: { $gte: 5 } },
    },
  ],
  none: [],
};
type Role = keyof typeof ROLES;
const ability = (role: Role) => createAppAbility(ROLES[role]);

describe('who may download which document', () => {
  // The SKP of staff 12, whose evaluator is the kasi (5): the page knows the evaluator.
  test.each<[Role, string, boolean]>([
    ['staff', '12', true],
    ['staff', '13', false],
    ['kasi', '12', true],
    ['kasi', '20', false],
    ['camat', '12', true],
    ['hr', '12', true],
    ['analyst', '12', false],
    ['none', '12', false],
  ])('SKP: %s, owner %s → %s', (role, ownerId, expected) => {
    const chainIds = ownerId === '20' ? ['7'] : ['5'];
    expect(canDownloadSkp(ability(role), { ownerId, chainIds })).toBe(expected);
  });

  test('SKP: nobody is offered it for an owner outside their known line', () => {
    expect(canDownloadSkp(ability('kasi'), { ownerId: '30', chainIds: ['8', null] })).toBe(false);
  });

  test('SKP: staff see their supervisor’s RHK in the cascade, not the supervisor’s SKP', () => {
    expect(canDownloadSkp(ability('staff'), { ownerId: '5', chainIds: ['1'] })).toBe(false);
  });

  test.each<[Role, boolean, boolean, boolean]>([
    ['staff', true, false, false],
    ['kasi', true, false, false],
    ['camat', true, true, true],
    ['hr', true, true, true],
    ['analyst', false, false, false],
    ['none', false, false, false],
  ])(
    '%s: named documents %s, organisation predicate %s, kecamatan recaps %s',
    (role, named, organization, kecamatan) => {
      expect(canDownloadNamedDocuments(ability(role))).toBe(named);
      expect(canDownloadOrganizationPredicate(ability(role))).toBe(organization);
      expect(canDownloadKecamatanRecaps(ability(role))).toBe(kecamatan);
    },
  );
});
