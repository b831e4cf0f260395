import { Role } from '../../../../platform/auth/role';
import { CycleStatus, Period } from '../../cycle.enums';
import {
  CycleTransitionWarningKind as W,
  evaluationCountsOf,
  shapeTransitionPreview,
} from '../cycle-preview.util';

const { PLANNING, ACTIVE, CALIBRATION, CLOSED } = CycleStatus;
const plans = { draft: 2, submitted: 1, returned: 1, approved: 10, withoutPlan: 3 };
const evaluations = evaluationCountsOf({
  evaluablePlans: 10,
  rows: [
    { period: 'TW1', draft: 0, final: 10 },
    { period: 'TW2', draft: 4, final: 5 },
  ],
});
const base = { plans, evaluations, openObjections: 2, failingCurveRules: ['Seksi A: rule'] };

describe('evaluationCountsOf', () => {
  it('lists every period in order, missing = evaluable SKP without an evaluation, never below 0', () => {
    expect(
      evaluationCountsOf({ evaluablePlans: 1, rows: [{ period: 'ANNUAL', draft: 1, final: 1 }] }),
    ).toEqual([
      { period: Period.TW1, draft: 0, final: 0, missing: 1 },
      { period: Period.TW2, draft: 0, final: 0, missing: 1 },
      { period: Period.TW3, draft: 0, final: 0, missing: 1 },
      { period: Period.TW4, draft: 0, final: 0, missing: 1 },
      { period: Period.ANNUAL, draft: 1, final: 1, missing: 0 },
    ]);
  });
});

describe('shapeTransitionPreview', () => {
  it.each([
    [
      'opening a planned year',
      PLANNING,
      ACTIVE,
      [Role.HR_ADMIN],
      [
        [W.EMPLOYEES_WITHOUT_PLAN, null, 3],
        [W.PLANS_NOT_APPROVED, null, 4],
      ],
    ],
    [
      'starting calibration',
      ACTIVE,
      CALIBRATION,
      [Role.LEADER],
      [
        [W.EMPLOYEES_WITHOUT_PLAN, null, 3],
        [W.PLANS_NOT_APPROVED, null, 4],
        [W.EVALUATIONS_MISSING, 'TW2', 1],
        [W.EVALUATIONS_NOT_FINAL, 'TW2', 4],
        [W.EVALUATIONS_MISSING, 'TW3', 10],
        [W.EVALUATIONS_MISSING, 'TW4', 10],
        [W.EVALUATIONS_MISSING, 'ANNUAL', 10],
        [W.OPEN_OBJECTIONS, null, 2],
      ],
    ],
    [
      'closing the year',
      CALIBRATION,
      CLOSED,
      [Role.LEADER],
      [
        [W.EVALUATIONS_MISSING, 'TW2', 1],
        [W.EVALUATIONS_NOT_FINAL, 'TW2', 4],
        [W.EVALUATIONS_MISSING, 'TW3', 10],
        [W.EVALUATIONS_MISSING, 'TW4', 10],
        [W.EVALUATIONS_MISSING, 'ANNUAL', 10],
        [W.OPEN_OBJECTIONS, null, 2],
        [W.CURVE_RULES_FAILING, null, 1],
      ],
    ],
  ])('warns only what matters for %s', (_case, from, to, roles, expected) => {
    const preview = shapeTransitionPreview({ from, to, roles, ...base });
    expect(preview.allowed).toBe(true);
    expect(preview.warnings.map((w) => [w.kind, w.period, w.count])).toEqual(expected);
    expect(preview.effects).toContain('IRREVERSIBLE');
  });

  it.each([
    ['HR closing', CALIBRATION, CLOSED, [Role.HR_ADMIN], 'CYCLE_TRANSITION_FORBIDDEN', ['LEADER']],
    [
      'the Camat opening',
      PLANNING,
      ACTIVE,
      [Role.LEADER],
      'CYCLE_TRANSITION_FORBIDDEN',
      ['HR_ADMIN'],
    ],
    ['skipping a step', ACTIVE, CLOSED, [Role.LEADER], 'CYCLE_TRANSITION_INVALID', []],
    ['reopening', CLOSED, ACTIVE, [Role.HR_ADMIN, Role.LEADER], 'CYCLE_TRANSITION_INVALID', []],
  ])('refuses %s with its reason', (_case, from, to, roles, reason, required) => {
    const preview = shapeTransitionPreview({ from, to, roles, ...base });
    expect(preview).toMatchObject({
      allowed: false,
      refusalReason: reason,
      requiredRoles: required,
    });
    if (required.length === 0) expect([preview.effects, preview.warnings]).toEqual([[], []]);
  });

  it('asks for a written reason only when closing with a failing curve rule', () => {
    const closing = { from: CALIBRATION, to: CLOSED, roles: [Role.LEADER] };
    expect(shapeTransitionPreview({ ...closing, ...base }).reasonRequired).toBe(true);
    expect(
      shapeTransitionPreview({ ...closing, ...base, failingCurveRules: [] }).reasonRequired,
    ).toBe(false);
    expect(
      shapeTransitionPreview({ from: ACTIVE, to: CALIBRATION, roles: [Role.LEADER], ...base })
        .reasonRequired,
    ).toBe(false);
  });
});
