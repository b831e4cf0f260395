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
  valuesConfig: {
    CLASSROOM: { description: 'Klasikal: classroom training' },
    E_LEARNING: { description: 'E-learning: online, self-paced' },
    COACHING: { description: 'Coaching: guided one-to-one sessions' },
    MENTORING: { description: 'Mentoring: guidance by a more experienced colleague' },
  },
});
registerEnumType(ActivityKind, {
  name: 'ActivityKind',
  description: 'A catalogue programme, or free-form coaching (pembinaan) or mentoring',
  valuesConfig: {
    TRAINING: { description: 'A programme from the training catalogue; its JP by default' },
    COACHING: {
      description: 'Coaching (pembinaan) by the supervisor; required after a low annual predicate',
    },
    MENTORING: { description: 'Mentoring by a more experienced colleague' },
  },
});
registerEnumType(ActivityStatus, {
  name: 'ActivityStatus',
  description: 'PLANNED → IN_PROGRESS → DONE, or CANCELLED',
  valuesConfig: {
    PLANNED: { description: 'Planned, not started; its JP count as planned' },
    IN_PROGRESS: { description: 'Under way; its JP count as planned' },
    DONE: { description: 'Completed: its JP count as done and its effect is measured; final' },
    CANCELLED: { description: 'Cancelled; its JP no longer count; final' },
  },
});
registerEnumType(WeaknessKind, {
  name: 'WeaknessKind',
  description: 'What a recommendation or an activity answers',
  valuesConfig: {
    CORE_VALUE: {
      description: 'A BerAKHLAK value rated below expectation or given improvement feedback',
    },
    INDICATOR: { description: 'An IKI whose achievement fell below 100 %' },
    PREDICATE: {
      description: 'A predicate of BUTUH_PERBAIKAN or lower: answered by coaching or mentoring',
    },
  },
});
registerEnumType(EffectChange, {
  name: 'EffectChange',
  description: 'How a rating moved between the evaluations before and after a completed activity',
  valuesConfig: {
    IMPROVED: { description: 'Rated higher after than before' },
    UNCHANGED: { description: 'Rated the same before and after' },
    DECLINED: { description: 'Rated lower after than before' },
    NO_DATA: { description: 'No rating before or no rating after: not measured' },
  },
});
registerEnumType(EffectMeasure, {
  name: 'EffectMeasure',
  description: 'What an effect compares',
  valuesConfig: {
    CORE_VALUE: { description: 'The rating of one BerAKHLAK value in the evaluation feedback' },
    RESULT: {
      description:
        'The result rating: for programmes that strengthen IKI aspects, and activities not tied to a value',
    },
  },
});
