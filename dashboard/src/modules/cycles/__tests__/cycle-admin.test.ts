import type { GetCycleTransitionPreviewQuery } from '../../api/generated/graphql';
import {
  canConfirm,
  jakartaYear,
  nextCycleYear,
  nextStatusOf,
  parseDecimal,
  periodsOfYear,
  warningLines,
} from '../utils/cycle-admin';

type Preview = GetCycleTransitionPreviewQuery['cycleTransitionPreview'];

const preview = (overrides: Partial<Preview> = {}): Preview => ({
  __typename: 'CycleTransitionPreview',
  cycleId: '4',
  from: 'CALIBRATION',
  to: 'CLOSED',
  allowed: true,
  refusalReason: null,
  requiredRoles: ['LEADER'],
  reasonRequired: false,
  effects: ['EVALUATIONS_FROZEN', 'IRREVERSIBLE'],
  warnings: [],
  plans: {
    __typename: 'CyclePlanCounts',
    draft: 0,
    submitted: 0,
    returned: 0,
    approved: 3,
    withoutPlan: 0,
  },
  evaluations: [],
  openObjections: 0,
  failingCurveChecks: [],
  ...overrides,
});

describe('cycle administration helpers', () => {
  it.each([
    ['PLANNING', 'ACTIVE'],
    ['ACTIVE', 'CALIBRATION'],
    ['CALIBRATION', 'CLOSED'],
    ['CLOSED', null],
  ] as const)('the step after %s is %s', (from, to) => {
    expect(nextStatusOf(from)).toBe(to);
  });

  it.each([
    [[], '2026-12-31T16:59:00Z', 2026],
    [[], '2026-12-31T17:00:00Z', 2027],
    [[{ year: 2025 }, { year: 2026 }], '2026-06-01T00:00:00Z', 2027],
    [[{ year: 2030 }, { year: 2026 }], '2026-06-01T00:00:00Z', 2031],
  ])('opens after %j at %s: %i', (cycles, now, year) => {
    expect(nextCycleYear(cycles, new Date(now))).toBe(year);
  });

  it('knows the Jakarta year turns at 17:00 UTC', () => {
    expect(jakartaYear(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
  });

  it('lists the four triwulan and the whole year with their dates', () => {
    expect(periodsOfYear(2028)).toEqual([
      { period: 'TW1', startsOn: '2028-01-01', endsOn: '2028-03-31' },
      { period: 'TW2', startsOn: '2028-04-01', endsOn: '2028-06-30' },
      { period: 'TW3', startsOn: '2028-07-01', endsOn: '2028-09-30' },
      { period: 'TW4', startsOn: '2028-10-01', endsOn: '2028-12-31' },
      { period: 'ANNUAL', startsOn: '2028-01-01', endsOn: '2028-12-31' },
    ]);
  });

  it.each([
    ['90', 90],
    [' 92,5 ', 92.5],
    ['110.25', 110.25],
    ['', null],
    ['9O', null],
    ['1e2', null],
  ])('reads %j as %s', (text, value) => {
    expect(parseDecimal(text)).toBe(value);
  });

  it('turns warnings into lines, with the period where there is one', () => {
    expect(
      warningLines(
        preview({
          warnings: [
            {
              __typename: 'CycleTransitionWarning',
              kind: 'OPEN_OBJECTIONS',
              period: null,
              count: 2,
            },
            {
              __typename: 'CycleTransitionWarning',
              kind: 'EVALUATIONS_NOT_FINAL',
              period: 'TW2',
              count: 4,
            },
          ],
        }),
      ),
    ).toEqual([
      { key: 'cycleAdmin.warning.OPEN_OBJECTIONS', params: { count: 2 } },
      { key: 'cycleAdmin.warning.EVALUATIONS_NOT_FINAL', params: { count: 4, period: 'TW2' } },
    ]);
  });

  it.each([
    ['allowed, no reason needed', preview(), '', true],
    ['not allowed', preview({ allowed: false }), 'alasan', false],
    ['reason needed and missing', preview({ reasonRequired: true }), '   ', false],
    ['reason needed and given', preview({ reasonRequired: true }), 'Kurva tidak terpenuhi', true],
  ])('confirms when %s', (_case, value, reason, expected) => {
    expect(canConfirm(value, reason)).toBe(expected);
  });
});
