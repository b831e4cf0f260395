import type { Role } from '../../../platform/auth/role';
import { CycleStatus, Period } from '../cycle.enums';
import type { CycleErrorReason } from '../cycle.errors';
import { CYCLE_TRANSITIONS, checkCycleTransition } from './cycle-transition.util';

/** What a status change opens or freezes (read off the services' status checks). */
export enum CycleTransitionEffect {
  REALIZATIONS_OPEN = 'REALIZATIONS_OPEN',
  FEEDBACK_OPEN = 'FEEDBACK_OPEN',
  EVALUATIONS_OPEN = 'EVALUATIONS_OPEN',
  DEADLINES_TRACKED = 'DEADLINES_TRACKED',
  PLANS_FROZEN = 'PLANS_FROZEN',
  REALIZATIONS_CLOSED = 'REALIZATIONS_CLOSED',
  FEEDBACK_CLOSED = 'FEEDBACK_CLOSED',
  CALIBRATION_OPEN = 'CALIBRATION_OPEN',
  EVALUATIONS_FROZEN = 'EVALUATIONS_FROZEN',
  DEVELOPMENT_PLANS_FROZEN = 'DEVELOPMENT_PLANS_FROZEN',
  SETTINGS_FROZEN = 'SETTINGS_FROZEN',
  IRREVERSIBLE = 'IRREVERSIBLE',
}

/** Work still outstanding that the change leaves behind or freezes. */
export enum CycleTransitionWarningKind {
  EMPLOYEES_WITHOUT_PLAN = 'EMPLOYEES_WITHOUT_PLAN',
  PLANS_NOT_APPROVED = 'PLANS_NOT_APPROVED',
  EVALUATIONS_MISSING = 'EVALUATIONS_MISSING',
  EVALUATIONS_NOT_FINAL = 'EVALUATIONS_NOT_FINAL',
  OPEN_OBJECTIONS = 'OPEN_OBJECTIONS',
  CURVE_RULES_FAILING = 'CURVE_RULES_FAILING',
}

const EFFECTS: Record<CycleStatus, CycleTransitionEffect[]> = {
  [CycleStatus.PLANNING]: [],
  [CycleStatus.ACTIVE]: [
    CycleTransitionEffect.REALIZATIONS_OPEN,
    CycleTransitionEffect.FEEDBACK_OPEN,
    CycleTransitionEffect.EVALUATIONS_OPEN,
    CycleTransitionEffect.DEADLINES_TRACKED,
    CycleTransitionEffect.IRREVERSIBLE,
  ],
  [CycleStatus.CALIBRATION]: [
    CycleTransitionEffect.PLANS_FROZEN,
    CycleTransitionEffect.REALIZATIONS_CLOSED,
    CycleTransitionEffect.FEEDBACK_CLOSED,
    CycleTransitionEffect.CALIBRATION_OPEN,
    CycleTransitionEffect.IRREVERSIBLE,
  ],
  [CycleStatus.CLOSED]: [
    CycleTransitionEffect.EVALUATIONS_FROZEN,
    CycleTransitionEffect.DEVELOPMENT_PLANS_FROZEN,
    CycleTransitionEffect.SETTINGS_FROZEN,
    CycleTransitionEffect.IRREVERSIBLE,
  ],
};

/** Which outstanding work matters for moving into each status. */
const RELEVANT: Record<CycleStatus, CycleTransitionWarningKind[]> = {
  [CycleStatus.PLANNING]: [],
  [CycleStatus.ACTIVE]: [
    CycleTransitionWarningKind.EMPLOYEES_WITHOUT_PLAN,
    CycleTransitionWarningKind.PLANS_NOT_APPROVED,
  ],
  [CycleStatus.CALIBRATION]: [
    CycleTransitionWarningKind.EMPLOYEES_WITHOUT_PLAN,
    CycleTransitionWarningKind.PLANS_NOT_APPROVED,
    CycleTransitionWarningKind.EVALUATIONS_MISSING,
    CycleTransitionWarningKind.EVALUATIONS_NOT_FINAL,
    CycleTransitionWarningKind.OPEN_OBJECTIONS,
  ],
  [CycleStatus.CLOSED]: [
    CycleTransitionWarningKind.EVALUATIONS_MISSING,
    CycleTransitionWarningKind.EVALUATIONS_NOT_FINAL,
    CycleTransitionWarningKind.OPEN_OBJECTIONS,
    CycleTransitionWarningKind.CURVE_RULES_FAILING,
  ],
};

export interface PlanCounts {
  draft: number;
  submitted: number;
  returned: number;
  approved: number;
  /** Active employees with no SKP in the cycle. */
  withoutPlan: number;
}

export interface PeriodEvaluationCounts {
  period: Period;
  /** Approved SKP with an evaluator but no evaluation in force for the period. */
  missing: number;
  draft: number;
  final: number;
}

export interface TransitionWarning {
  kind: CycleTransitionWarningKind;
  /** The period, for evaluation counts. */
  period: Period | null;
  count: number;
}

export interface TransitionPreview {
  from: CycleStatus;
  to: CycleStatus;
  allowed: boolean;
  /** Why the viewer may not make this change; null when allowed. */
  refusalReason: CycleErrorReason | null;
  /** Who may make this change; empty when the change is not a step of the cycle. */
  requiredRoles: Role[];
  /** Closing with failing curve rules needs the Camat's written reason. */
  reasonRequired: boolean;
  effects: CycleTransitionEffect[];
  warnings: TransitionWarning[];
  plans: PlanCounts;
  evaluations: PeriodEvaluationCounts[];
  openObjections: number;
  failingCurveRules: string[];
}

export const PREVIEW_PERIODS = [Period.TW1, Period.TW2, Period.TW3, Period.TW4, Period.ANNUAL];

/** Per period: evaluations in force by status, and approved (evaluable) SKP without one. */
export function evaluationCountsOf({
  evaluablePlans,
  rows,
}: {
  evaluablePlans: number;
  rows: { period: string; draft: number; final: number }[];
}): PeriodEvaluationCounts[] {
  return PREVIEW_PERIODS.map((period) => {
    const row = rows.find((candidate) => candidate.period === String(period));
    const draft = row?.draft ?? 0;
    const final = row?.final ?? 0;
    return { period, draft, final, missing: Math.max(0, evaluablePlans - draft - final) };
  });
}

/** What moving a cycle from `from` to `to` would do, for the viewer's roles, from counted facts. */
export function shapeTransitionPreview({
  from,
  to,
  roles,
  plans,
  evaluations,
  openObjections,
  failingCurveRules,
}: {
  from: CycleStatus;
  to: CycleStatus;
  roles: Role[];
  plans: PlanCounts;
  evaluations: PeriodEvaluationCounts[];
  openObjections: number;
  failingCurveRules: string[];
}): TransitionPreview {
  const check = checkCycleTransition({ from, to, roles });
  const step = CYCLE_TRANSITIONS.find((t) => t.from === from && t.to === to);
  const relevant = new Set(step ? RELEVANT[to] : []);
  const candidates: TransitionWarning[] = [
    {
      kind: CycleTransitionWarningKind.EMPLOYEES_WITHOUT_PLAN,
      period: null,
      count: plans.withoutPlan,
    },
    {
      kind: CycleTransitionWarningKind.PLANS_NOT_APPROVED,
      period: null,
      count: plans.draft + plans.submitted + plans.returned,
    },
    ...evaluations.flatMap((row) => [
      {
        kind: CycleTransitionWarningKind.EVALUATIONS_MISSING,
        period: row.period,
        count: row.missing,
      },
      {
        kind: CycleTransitionWarningKind.EVALUATIONS_NOT_FINAL,
        period: row.period,
        count: row.draft,
      },
    ]),
    { kind: CycleTransitionWarningKind.OPEN_OBJECTIONS, period: null, count: openObjections },
    {
      kind: CycleTransitionWarningKind.CURVE_RULES_FAILING,
      period: null,
      count: failingCurveRules.length,
    },
  ];
  return {
    from,
    to,
    allowed: check.ok,
    refusalReason: check.ok ? null : check.reason,
    requiredRoles: step ? [...step.roles] : [],
    reasonRequired: to === CycleStatus.CLOSED && failingCurveRules.length > 0,
    effects: step ? EFFECTS[to] : [],
    warnings: candidates.filter((warning) => relevant.has(warning.kind) && warning.count > 0),
    plans,
    evaluations,
    openObjections,
    failingCurveRules,
  };
}
