import { Field, ID, InputType, Int, ObjectType, Float, registerEnumType } from 'type-graphql';
import { Role } from '../../platform/auth/role';
import { CycleStatus, Period } from './cycle.enums';
import { FailingCurveRule } from '../evaluation/calibration.types';
import { CycleTransitionEffect, CycleTransitionWarningKind } from './utils/cycle-preview.util';

registerEnumType(CycleTransitionEffect, {
  name: 'CycleTransitionEffect',
  description: 'What a cycle status change opens or freezes',
  valuesConfig: {
    REALIZATIONS_OPEN: { description: 'Employees report realisations (ACTIVE only)' },
    FEEDBACK_OPEN: { description: 'Continuous feedback may be given (ACTIVE only)' },
    EVALUATIONS_OPEN: { description: 'Periodic and annual evaluations may be saved' },
    DEADLINES_TRACKED: { description: 'Late plans, reports and evaluations show as overdue' },
    PLANS_FROZEN: { description: 'No SKP may be created, changed, submitted or approved' },
    REALIZATIONS_CLOSED: { description: 'No more realisations are taken' },
    FEEDBACK_CLOSED: { description: 'No more continuous feedback is taken' },
    CALIBRATION_OPEN: {
      description: 'The annual predicates are checked against the distribution curve',
    },
    EVALUATIONS_FROZEN: { description: 'Evaluations can no longer be saved or finalised' },
    DEVELOPMENT_PLANS_FROZEN: { description: 'Development plans of the year are kept as they are' },
    SETTINGS_FROZEN: { description: 'Deadlines and thresholds can no longer change' },
    IRREVERSIBLE: { description: 'The cycle cannot go back to its previous status' },
  },
});

registerEnumType(CycleTransitionWarningKind, {
  name: 'CycleTransitionWarningKind',
  description: 'Work still outstanding when a cycle changes status',
  valuesConfig: {
    EMPLOYEES_WITHOUT_PLAN: { description: 'Active employees with no SKP in the cycle' },
    PLANS_NOT_APPROVED: { description: 'SKP in DRAFT, SUBMITTED or RETURNED' },
    EVALUATIONS_MISSING: {
      description: 'Approved SKP with no evaluation for the period (count per period)',
    },
    EVALUATIONS_NOT_FINAL: { description: 'Evaluations still in DRAFT (count per period)' },
    OPEN_OBJECTIONS: { description: 'Objections filed and not yet decided' },
    CURVE_RULES_FAILING: { description: 'Distribution-curve rules that fail in some unit' },
  },
});

@ObjectType({ description: 'The SKP of a cycle by status' })
export class CyclePlanCounts {
  @Field(() => Int, { description: 'SKP in DRAFT' })
  draft: number;

  @Field(() => Int, { description: 'SKP SUBMITTED and awaiting approval' })
  submitted: number;

  @Field(() => Int, { description: 'SKP RETURNED for changes' })
  returned: number;

  @Field(() => Int, { description: 'SKP APPROVED' })
  approved: number;

  @Field(() => Int, { description: 'Active employees with no SKP in the cycle' })
  withoutPlan: number;
}

@ObjectType({ description: 'The evaluations of one period of a cycle' })
export class CyclePeriodEvaluationCounts {
  @Field(() => Period, { description: 'The period' })
  period: Period;

  @Field(() => Int, { description: 'Approved SKP with an evaluator and no evaluation yet' })
  missing: number;

  @Field(() => Int, { description: 'Evaluations in force still in DRAFT' })
  draft: number;

  @Field(() => Int, { description: 'Evaluations in force FINAL or ACKNOWLEDGED' })
  final: number;
}

@ObjectType({ description: 'Outstanding work the status change leaves behind or freezes' })
export class CycleTransitionWarning {
  @Field(() => CycleTransitionWarningKind, { description: 'What is outstanding' })
  kind: CycleTransitionWarningKind;

  @Field(() => Period, { nullable: true, description: 'The period, for evaluation counts' })
  period: Period | null;

  @Field(() => Int, { description: 'How many' })
  count: number;
}

@ObjectType({
  description: 'What moving a cycle to a status would do, counted now, before it is done',
})
export class CycleTransitionPreview {
  @Field(() => ID, { description: 'The cycle' })
  cycleId: number;

  @Field(() => CycleStatus, { description: 'The cycle’s status now' })
  from: CycleStatus;

  @Field(() => CycleStatus, { description: 'The status asked about' })
  to: CycleStatus;

  @Field({ description: 'Whether the viewer may make this change now' })
  allowed: boolean;

  @Field(() => String, {
    nullable: true,
    description:
      'Why not (an error reason such as CYCLE_TRANSITION_FORBIDDEN or CYCLE_TRANSITION_INVALID); null when allowed',
  })
  refusalReason: string | null;

  @Field(() => [Role], { description: 'Roles that may make this change; empty if it is no step' })
  requiredRoles: Role[];

  @Field({ description: 'Closing with failing curve rules needs the Camat’s written reason' })
  reasonRequired: boolean;

  @Field(() => [CycleTransitionEffect], { description: 'What the change opens or freezes' })
  effects: CycleTransitionEffect[];

  @Field(() => [CycleTransitionWarning], {
    description: 'Outstanding work that matters for this change (only counts above zero)',
  })
  warnings: CycleTransitionWarning[];

  @Field(() => CyclePlanCounts, { description: 'The cycle’s SKP by status' })
  plans: CyclePlanCounts;

  @Field(() => [CyclePeriodEvaluationCounts], {
    description: 'Evaluations per period: TW1–TW4, then ANNUAL',
  })
  evaluations: CyclePeriodEvaluationCounts[];

  @Field(() => Int, { description: 'Objections filed and not yet decided' })
  openObjections: number;

  @Field(() => [String], {
    description:
      'Failing distribution-curve rules as English sentences, “unit: rule” (counted when closing only)',
    deprecationReason: 'Use failingCurveChecks: structured, for the client to word',
  })
  failingCurveRules: string[];

  @Field(() => [FailingCurveRule], {
    description: 'Failing distribution-curve rules per unit, as data (counted when closing only)',
  })
  failingCurveChecks: FailingCurveRule[];
}

@InputType({ description: 'The achievement thresholds of the suggested result rating' })
export class CycleThresholdsInput {
  @Field(() => Float, {
    description:
      'Achievement (%) from which the suggestion is SESUAI_EKSPEKTASI; 50 to 100 (default 90)',
  })
  meetsThreshold: number;

  @Field(() => Float, {
    description:
      'Achievement (%) above which the suggestion is DI_ATAS_EKSPEKTASI; 100 to 120 and above meetsThreshold (default 110)',
  })
  exceedsThreshold: number;
}
