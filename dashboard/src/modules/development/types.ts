// Development values in UI order, and names for parts of the generated development results.
import type {
  CoreValue,
  DevelopmentActivityFieldsFragment,
  DevelopmentPlanQuery,
  IndicatorAspect,
  JpByUnitQuery,
  JpOverviewQuery,
  TrainingEffectsQuery,
  TrainingMode,
  TrainingProgramFieldsFragment,
  TrainingRecommendationsQuery,
} from '../api/generated/graphql';

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

export type Competencies = NonNullable<TrainingProgramFieldsFragment['competencies']>;
export type ActivityEffect = NonNullable<DevelopmentActivityFieldsFragment['effects']>[number];
export type DevelopmentPlan = NonNullable<DevelopmentPlanQuery['developmentPlan']>;

export type TrainingRecommendation = TrainingRecommendationsQuery['recommendTrainings'][number];
export type WeaknessReason = TrainingRecommendation['reasons'][number];

export type JpOverview = JpOverviewQuery['developmentHours'];
export type JpTotals = JpOverview['totals'];
export type EmployeeJp = JpOverview['memberPage']['members'][number];
export type JpGroup = JpByUnitQuery['developmentHoursByGroup'][number];

export type ProgramEffect = TrainingEffectsQuery['trainingEffects'][number];
