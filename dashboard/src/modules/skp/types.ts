// Shapes of the SKP (plan) data the dashboard reads. Fields the viewer may not read arrive as null.
export type PlanStatus = 'DRAFT' | 'SUBMITTED' | 'RETURNED' | 'APPROVED';
export type PlanApproach = 'KUANTITATIF' | 'KUALITATIF';
export type CycleStatus = 'PLANNING' | 'ACTIVE' | 'CALIBRATION' | 'CLOSED';
export type Period = 'TW1' | 'TW2' | 'TW3' | 'TW4' | 'ANNUAL';
export type WorkTargetKind = 'UTAMA' | 'TAMBAHAN';
export type IndicatorAspect = 'KUANTITAS' | 'KUALITAS' | 'WAKTU' | 'BIAYA';
export type IndicatorDirection = 'HIGHER_IS_BETTER' | 'LOWER_IS_BETTER';
/** KUALITATIF: a narrative target and realisations, judged by the supervisor per period. */
export type IndicatorKind = 'KUANTITATIF' | 'KUALITATIF';
export type CoreValue =
  | 'BERORIENTASI_PELAYANAN'
  | 'AKUNTABEL'
  | 'KOMPETEN'
  | 'HARMONIS'
  | 'LOYAL'
  | 'ADAPTIF'
  | 'KOLABORATIF';

export const PERIODS: readonly Period[] = ['TW1', 'TW2', 'TW3', 'TW4', 'ANNUAL'];
export const CORE_VALUES: readonly CoreValue[] = [
  'BERORIENTASI_PELAYANAN',
  'AKUNTABEL',
  'KOMPETEN',
  'HARMONIS',
  'LOYAL',
  'ADAPTIF',
  'KOLABORATIF',
];
export const ASPECTS: readonly IndicatorAspect[] = ['KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA'];

export interface CycleSummary {
  __typename?: 'Cycle';
  id: string;
  year: number;
  status: CycleStatus;
  currentPeriod: Period | null;
  reportablePeriods: Period[] | null;
}

export interface PersonRef {
  __typename?: 'Employee';
  id: string;
  name: string | null;
  position?: { __typename?: 'Position'; id: string; title: string } | null;
  unit?: { __typename?: 'OrgUnit'; id: string; name: string } | null;
}

export interface IndicatorDetail {
  __typename?: 'Indicator';
  id: string;
  kind?: IndicatorKind | null;
  aspect: IndicatorAspect | null;
  description: string | null;
  /** Null for a KUALITATIF indicator (see narrativeTarget). */
  target: number | null;
  narrativeTarget?: string | null;
  unit: string | null;
  direction: IndicatorDirection | null;
  aggregation?: 'SUM' | 'LAST' | 'AVERAGE' | null;
  periodTargets?: PeriodTargetDetail[] | null;
}

export interface PeriodTargetDetail {
  __typename?: 'PeriodTarget';
  period: Period;
  /** Null for a KUALITATIF indicator: it has only the rencana aksi. */
  target: number | null;
  actionPlan: string | null;
}

export interface WorkTargetDetail {
  __typename?: 'WorkTarget';
  id: string;
  kind: WorkTargetKind | null;
  description: string | null;
  sortOrder: number | null;
  parentTarget: { __typename?: 'WorkTarget'; id: string; description: string | null } | null;
  indicators: IndicatorDetail[] | null;
}

export interface BehaviorExpectationDetail {
  __typename?: 'BehaviorExpectation';
  id: string;
  coreValue: CoreValue | null;
  name: string | null;
  guides: string[] | null;
  specificExpectation: string | null;
}

export interface PlanDetail {
  __typename?: 'PerformancePlan';
  id: string;
  status: PlanStatus | null;
  approach: PlanApproach | null;
  returnReason: string | null;
  submittedAt: string | null;
  approvedAt: string | null;
  version: number | null;
  /** The lampiran SKP (null: not written, or not readable). */
  resourceSupport?: string | null;
  accountabilityScheme?: string | null;
  consequences?: string | null;
  employee: PersonRef | null;
  evaluator: PersonRef | null;
  cycle: { __typename?: 'Cycle'; id: string; year: number; status: CycleStatus } | null;
  workTargets: WorkTargetDetail[] | null;
  behaviorExpectations: BehaviorExpectationDetail[] | null;
}

export interface RealizationDetail {
  __typename?: 'Realization';
  id: string;
  value: number | null;
  /** KUALITATIF: the realisation in words. */
  narrative?: string | null;
  evidenceUrl: string | null;
  note: string | null;
  submittedAt: string | null;
  replacedAt?: string | null;
  achievement: number | null;
}

export interface ReportIndicator extends IndicatorDetail {
  /** The period's own target (a quarter's, or the annual one). */
  periodTarget?: number | null;
  achievement: number | null;
  /** ANNUAL: the value derived from the quarters when no annual report corrects it. */
  result?: {
    __typename?: 'IndicatorPeriodResult';
    value: number | null;
    derivedValue: number | null;
    reported: boolean;
  } | null;
  realization: RealizationDetail | null;
  realizationHistory: RealizationDetail[] | null;
}

export interface ReportWorkTarget {
  __typename?: 'WorkTarget';
  id: string;
  kind: WorkTargetKind | null;
  description: string | null;
  indicators: ReportIndicator[] | null;
}

export interface ReportPlan {
  __typename?: 'PerformancePlan';
  id: string;
  status: PlanStatus | null;
  achievement: number | null;
  workTargets: ReportWorkTarget[] | null;
}

export interface CascadePlan {
  __typename?: 'PerformancePlan';
  id: string;
  status: PlanStatus | null;
  employee: PersonRef | null;
  workTargets:
    | {
        __typename?: 'WorkTarget';
        id: string;
        kind: WorkTargetKind | null;
        description: string | null;
        parentTarget: { __typename?: 'WorkTarget'; id: string } | null;
      }[]
    | null;
}

export interface Connection<T> {
  totalCount?: number;
  edges: { node: T }[];
}
