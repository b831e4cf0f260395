import type { Predicate, Rating } from '../evaluation/types';
import type { CycleSummary } from '../skp/types';

export type CoreValue =
  | 'BERORIENTASI_PELAYANAN'
  | 'AKUNTABEL'
  | 'KOMPETEN'
  | 'HARMONIS'
  | 'LOYAL'
  | 'ADAPTIF'
  | 'KOLABORATIF';
export type IndicatorAspect = 'KUANTITAS' | 'KUALITAS' | 'WAKTU' | 'BIAYA';
export type Period = 'TW1' | 'TW2' | 'TW3' | 'TW4' | 'ANNUAL';
export type TrainingMode = 'CLASSROOM' | 'E_LEARNING' | 'COACHING' | 'MENTORING';
export type ActivityKind = 'TRAINING' | 'COACHING' | 'MENTORING';
export type ActivityStatus = 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'CANCELLED';
export type WeaknessKind = 'CORE_VALUE' | 'INDICATOR' | 'PREDICATE';
export type EffectMeasure = 'CORE_VALUE' | 'RESULT';
export type EffectChange = 'IMPROVED' | 'UNCHANGED' | 'DECLINED' | 'NO_DATA';

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
export const TRAINING_MODES: readonly TrainingMode[] = [
  'CLASSROOM',
  'E_LEARNING',
  'COACHING',
  'MENTORING',
];
export const ACTIVITY_STATUSES: readonly ActivityStatus[] = [
  'PLANNED',
  'IN_PROGRESS',
  'DONE',
  'CANCELLED',
];

export interface Competencies {
  coreValues: CoreValue[];
  aspects: IndicatorAspect[];
}

export interface TrainingProgram {
  __typename?: 'TrainingProgram';
  id: string;
  code: string | null;
  title: string | null;
  description?: string | null;
  competencies?: Competencies | null;
  hours: number | null;
  provider?: string | null;
  mode: TrainingMode | null;
  retiredAt?: string | null;
  version?: number | null;
}

export interface JpProgress {
  __typename?: 'JpProgress';
  year: number;
  planned: number;
  done: number;
  target: number | null;
  progress: number | null;
  belowTarget: boolean;
  flagged: boolean;
}

export interface ActivityEffect {
  measure: EffectMeasure;
  coreValue: CoreValue | null;
  beforeRating: Rating | null;
  afterRating: Rating | null;
  change: EffectChange;
  beforeCycleYear: number | null;
  beforePeriod: Period | null;
  afterCycleYear: number | null;
  afterPeriod: Period | null;
}

export interface DevelopmentActivity {
  __typename?: 'DevelopmentActivity';
  id: string;
  kind: ActivityKind | null;
  title: string | null;
  reason: string | null;
  reasonCoreValue: CoreValue | null;
  reasonAspect: IndicatorAspect | null;
  reasonEvaluation: {
    id: string;
    period: Period | null;
    cycle: { id: string; year: number } | null;
  } | null;
  reasonIndicator: { id: string; description: string | null } | null;
  jp: number | null;
  status: ActivityStatus | null;
  dueDate: string | null;
  completedOn: string | null;
  outcome: string | null;
  evidenceUrl: string | null;
  required: boolean | null;
  cancelReason: string | null;
  version: number | null;
  program: TrainingProgram | null;
  createdBy: { id: string; name: string | null } | null;
  effects: ActivityEffect[] | null;
}

export interface DevelopmentPlan {
  __typename?: 'DevelopmentPlan';
  id: string;
  activities: DevelopmentActivity[] | null;
  jp: JpProgress | null;
}

export interface PlanQueryData {
  developmentPlan: DevelopmentPlan | null;
  jpProgress: JpProgress | null;
}

export interface WeaknessReason {
  kind: WeaknessKind;
  evaluationId: string;
  cycleYear: number;
  period: Period;
  coreValue: CoreValue | null;
  ratedBelowExpectation: boolean;
  improvementFeedbackCount: number;
  indicatorId: string | null;
  indicatorDescription: string | null;
  aspect: IndicatorAspect | null;
  achievement: number | null;
  predicate: Predicate | null;
  weight: number;
}

export interface TrainingRecommendation {
  program: TrainingProgram;
  score: number;
  reasons: WeaknessReason[];
}

export interface EmployeeJp {
  employeeId: string;
  employmentType: 'PNS' | 'PPPK';
  employee: {
    id: string;
    name: string | null;
    nip?: string | null;
    unit: { id: string; name: string } | null;
  } | null;
  jp: JpProgress;
}

export interface JpTotals {
  employees: number;
  pns: number;
  jpDone: number;
  jpPlanned: number;
  pnsBelowTarget: number;
}

export interface JpOverview {
  year: number;
  yearRunningOut: boolean;
  totals: JpTotals;
  members: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { cursor: string; node: EmployeeJp }[];
  };
}

export interface JpGroup {
  group: string;
  employees: number | null;
  jpDone: number | null;
  jpPlanned: number | null;
  pnsBelowTarget: number | null;
  suppressed: boolean;
}

export interface ProgramEffect {
  program: { id: string; code: string | null; title: string | null };
  measure: EffectMeasure;
  coreValue: CoreValue | null;
  completions: number;
  measured: number;
  improved: number;
  unchanged: number;
  declined: number;
  belowBefore: number;
  belowToMeets: number;
  enoughData: boolean;
}

export type { CycleSummary };
