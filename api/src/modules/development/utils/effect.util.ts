import { type Period } from '../../cycle/cycle.enums';
import { Rating } from '../../evaluation/evaluation.enums';
import type { CoreValue } from '../../plan/plan.enums';
import { EffectChange, EffectMeasure } from '../development.enums';

/** Fewer measured completions than this and an aggregate says "too little data". */
export const MIN_EFFECT_SAMPLE = 5;

const RATING_LEVEL: Record<Rating, number> = {
  [Rating.DI_BAWAH_EKSPEKTASI]: 1,
  [Rating.SESUAI_EKSPEKTASI]: 2,
  [Rating.DI_ATAS_EKSPEKTASI]: 3,
};

/** An evaluation in force, placed on the calendar by its period. */
export interface EvaluationPoint {
  evaluationId: number;
  cycleYear: number;
  period: Period;
  /** YYYY-MM-DD */
  startsOn: string;
  /** YYYY-MM-DD */
  endsOn: string;
  resultRating: Rating;
  coreValueRatings: Partial<Record<CoreValue, Rating>>;
}

export interface EffectTarget {
  measure: EffectMeasure;
  coreValue: CoreValue | null;
}

export interface MeasuredEffect extends EffectTarget {
  before: EvaluationPoint | null;
  after: EvaluationPoint | null;
  beforeRating: Rating | null;
  afterRating: Rating | null;
  change: EffectChange;
}

function ratingOf(point: EvaluationPoint, target: EffectTarget): Rating | null {
  return target.measure === EffectMeasure.RESULT
    ? point.resultRating
    : ((target.coreValue && point.coreValueRatings[target.coreValue]) ?? null);
}

/**
 * The rating of one value (or the result rating) in the nearest evaluation whose period ended on
 * or before the completion day, and in the nearest whose period began after it. A period the
 * training fell inside counts as neither; on equal dates a triwulan is preferred to the year.
 */
export function measureEffect({
  completedOn,
  target,
  evaluations,
}: {
  completedOn: string;
  target: EffectTarget;
  evaluations: readonly EvaluationPoint[];
}): MeasuredEffect {
  const rated = evaluations.filter((point) => ratingOf(point, target) !== null);
  const before =
    rated
      .filter((point) => point.endsOn <= completedOn)
      .sort(
        (a, b) =>
          b.endsOn.localeCompare(a.endsOn) ||
          b.startsOn.localeCompare(a.startsOn) ||
          b.evaluationId - a.evaluationId,
      )[0] ?? null;
  const after =
    rated
      .filter((point) => point.startsOn > completedOn)
      .sort(
        (a, b) =>
          a.startsOn.localeCompare(b.startsOn) ||
          a.endsOn.localeCompare(b.endsOn) ||
          a.evaluationId - b.evaluationId,
      )[0] ?? null;
  const beforeRating = before && ratingOf(before, target);
  const afterRating = after && ratingOf(after, target);
  let change = EffectChange.NO_DATA;
  if (beforeRating && afterRating) {
    const delta = RATING_LEVEL[afterRating] - RATING_LEVEL[beforeRating];
    change =
      delta > 0
        ? EffectChange.IMPROVED
        : delta < 0
          ? EffectChange.DECLINED
          : EffectChange.UNCHANGED;
  }
  return { ...target, before, after, beforeRating, afterRating, change };
}

export interface EffectSummary {
  completions: number;
  measured: number;
  improved: number;
  unchanged: number;
  declined: number;
  /** Below expectation before the training. */
  belowBefore: number;
  /** Of those, at or above expectation after it. */
  belowToMeets: number;
  /** At least MIN_EFFECT_SAMPLE measured completions: otherwise say there is too little data. */
  enoughData: boolean;
}

/** Counts over the measured effects of one programme on one value (or on the result rating). */
export function summarizeEffects(effects: readonly MeasuredEffect[]): EffectSummary {
  const measured = effects.filter((effect) => effect.change !== EffectChange.NO_DATA);
  const count = (change: EffectChange) => measured.filter((e) => e.change === change).length;
  const belowBefore = measured.filter(
    (effect) => effect.beforeRating === Rating.DI_BAWAH_EKSPEKTASI,
  );
  return {
    completions: effects.length,
    measured: measured.length,
    improved: count(EffectChange.IMPROVED),
    unchanged: count(EffectChange.UNCHANGED),
    declined: count(EffectChange.DECLINED),
    belowBefore: belowBefore.length,
    belowToMeets: belowBefore.filter((effect) => effect.afterRating !== Rating.DI_BAWAH_EKSPEKTASI)
      .length,
    enoughData: measured.length >= MIN_EFFECT_SAMPLE,
  };
}
