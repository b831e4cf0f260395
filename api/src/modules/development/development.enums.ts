import { registerEnumType } from 'type-graphql';

/** How a programme is delivered. */
export enum TrainingMode {
  CLASSROOM = 'CLASSROOM',
  E_LEARNING = 'E_LEARNING',
  COACHING = 'COACHING',
  MENTORING = 'MENTORING',
}

/** A plan item: a programme from the catalogue, or free-form coaching or mentoring. */
export enum ActivityKind {
  TRAINING = 'TRAINING',
  COACHING = 'COACHING',
  MENTORING = 'MENTORING',
}

export enum ActivityStatus {
  PLANNED = 'PLANNED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}

/** What a recommendation or an activity answers: a core value, an indicator, or the predicate. */
export enum WeaknessKind {
  CORE_VALUE = 'CORE_VALUE',
  INDICATOR = 'INDICATOR',
  PREDICATE = 'PREDICATE',
}

/** How a rating moved between the evaluations before and after a completed training. */
export enum EffectChange {
  IMPROVED = 'IMPROVED',
  UNCHANGED = 'UNCHANGED',
  DECLINED = 'DECLINED',
  NO_DATA = 'NO_DATA',
}

/** What an effect compares: a BerAKHLAK value's rating, or the result rating (for indicator aspects). */
export enum EffectMeasure {
  CORE_VALUE = 'CORE_VALUE',
  RESULT = 'RESULT',
}

registerEnumType(TrainingMode, {
  name: 'TrainingMode',
  description: 'Klasikal, e-learning, coaching or mentoring',
});
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'A catalogue programme, or free-form coaching (pembinaan) or mentoring',
});
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'PLANNED → IN_PROGRESS → DONE, or CANCELLED',
});
registerEnumType(WeaknessKind, { name: 'WeaknessKind' });
registerEnumType(EffectChange, { name: 'EffectChange' });
registerEnumType(EffectMeasure, { name: 'EffectMeasure' });
