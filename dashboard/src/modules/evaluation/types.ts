import type {
  CoreValue,
  CycleStatus,
  IndicatorKind,
  Period,
  PersonRef,
  WorkTargetKind,
} from '../skp/types';

// Shapes of the evaluation data the dashboard reads. Fields the viewer may not read arrive as null.
export type Rating = 'DI_BAWAH_EKSPEKTASI' | 'SESUAI_EKSPEKTASI' | 'DI_ATAS_EKSPEKTASI';
export type Predicate = 'SANGAT_BAIK' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
export type OrganizationPredicateValue =
  'ISTIMEWA' | 'BAIK' | 'BUTUH_PERBAIKAN' | 'KURANG' | 'SANGAT_KURANG';
export type EvaluationStatus = 'DRAFT' | 'FINAL' | 'ACKNOWLEDGED';
export type ObjectionStatus = 'FILED' | 'UPHELD' | 'REJECTED';

/** Best first, as the selects list them. */
export const RATINGS: readonly Rating[] = [
  'DI_ATAS_EKSPEKTASI',
  'SESUAI_EKSPEKTASI',
  'DI_BAWAH_EKSPEKTASI',
];
export const PREDICATES: readonly Predicate[] = [
  'SANGAT_BAIK',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
];
export const ORGANIZATION_PREDICATES: readonly OrganizationPredicateValue[] = [
  'ISTIMEWA',
  'BAIK',
  'BUTUH_PERBAIKAN',
  'KURANG',
  'SANGAT_KURANG',
];

export interface EvaluationFeedbackItem {
  __typename?: 'EvaluationFeedback';
  id: string;
  workTarget: { __typename?: 'WorkTarget'; id: string; description: string | null } | null;
  coreValue: CoreValue | null;
  rating: Rating | null;
  text: string | null;
}

export interface IndicatorJudgementItem {
  __typename?: 'IndicatorJudgement';
  id: string;
  rating: Rating | null;
  indicator: { __typename?: 'Indicator'; id: string } | null;
}

export interface ObjectionDetail {
  __typename?: 'Objection';
  id: string;
  reason: string | null;
  status: ObjectionStatus | null;
  filedAt: string | null;
  decidedAt: string | null;
  decisionReason: string | null;
  decider: PersonRef | null;
  revisedEvaluation: { __typename?: 'Evaluation'; id: string } | null;
}

export interface EvaluationDetail {
  __typename?: 'Evaluation';
  id: string;
  period: Period | null;
  resultRating: Rating | null;
  behaviorRating: Rating | null;
  predicate: Predicate | null;
  predicateLevel: number | null;
  achievement: number | null;
  suggestedResultRating: Rating | null;
  differsFromSuggestion: boolean | null;
  /** When saved: numeric indicators without a report plus qualitative ones without a judgement. */
  unreportedIndicators?: number | null;
  /** The judgements of the KUALITATIF indicators for the period. */
  judgements?: IndicatorJudgementItem[] | null;
  summary: string | null;
  status: EvaluationStatus | null;
  version: number | null;
  revision: number | null;
  finalizedAt: string | null;
  acknowledgedAt: string | null;
  supersededAt: string | null;
  employee: PersonRef | null;
  evaluator: PersonRef | null;
  cycle: { __typename?: 'Cycle'; id: string; year: number; status: CycleStatus } | null;
  plan: { __typename?: 'PerformancePlan'; id: string } | null;
  feedback: EvaluationFeedbackItem[] | null;
  revisionOf: { __typename?: 'Evaluation'; id: string } | null;
  objection: ObjectionDetail | null;
  organizationPredicate: {
    __typename?: 'OrganizationPredicate';
    id: string;
    predicate: OrganizationPredicateValue;
    unit: { __typename?: 'OrgUnit'; id: string; name: string } | null;
  } | null;
}

export interface FormIndicator {
  __typename?: 'Indicator';
  id: string;
  /** KUALITATIF: judged by the evaluator from the narratives, never a percentage. */
  kind?: IndicatorKind | null;
  aspect: string | null;
  description: string | null;
  target: number | null;
  narrativeTarget?: string | null;
  /** The period's own target (a quarter's, or the annual one). */
  periodTarget?: number | null;
  unit: string | null;
  achievement: number | null;
  /** ANNUAL: the value derived from the quarters when no annual report corrects it. */
  result?: {
    __typename?: 'IndicatorPeriodResult';
    value: number | null;
    derivedValue: number | null;
    reported: boolean;
  } | null;
  realization: {
    __typename?: 'Realization';
    id: string;
    value: number | null;
    narrative?: string | null;
    evidenceUrl: string | null;
    note: string | null;
  } | null;
}

export interface FormWorkTarget {
  __typename?: 'WorkTarget';
  id: string;
  kind: WorkTargetKind | null;
  description: string | null;
  indicators: FormIndicator[] | null;
}

export interface FormPlan {
  __typename?: 'PerformancePlan';
  id: string;
  status: string | null;
  achievement: number | null;
  employee:
    | (PersonRef & {
        unit?: {
          __typename?: 'OrgUnit';
          id: string;
          name: string;
          head?: { __typename?: 'Employee'; id: string } | null;
        } | null;
      })
    | null;
  evaluator: { __typename?: 'Employee'; id: string; name: string | null } | null;
  cycle: {
    __typename?: 'Cycle';
    id: string;
    year: number;
    status: CycleStatus;
    meetsThreshold: number;
    exceedsThreshold: number;
    reportablePeriods: Period[] | null;
  } | null;
  workTargets: FormWorkTarget[] | null;
  behaviorExpectations:
    | {
        __typename?: 'BehaviorExpectation';
        id: string;
        coreValue: CoreValue | null;
        name: string | null;
        guides: string[] | null;
        specificExpectation: string | null;
      }[]
    | null;
}
